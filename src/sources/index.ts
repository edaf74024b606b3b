/**
 * The sources stage: find every mention of a person, organization, document,
 * group or anonymous source in the article, resolve the mentions into
 * sources, and set `sourceId` on the attributions of quotes and reports.
 */
import type {Report} from '../attribution/report.js'
import type {Doc} from '../parse/document.js'
import type {Mention, Quote, Relation, Source, SourceKind} from '../schema.js'
import {candidate, collapse, type Candidate} from './candidate.js'
import {invertedAfter, statementAfter, statementBefore} from './cues.js'
import {findDescriptions} from './descriptions.js'
import {headTable} from './heads.js'
import {
  alwaysAnonymous,
  anonymousHeads,
  capitalGroups,
  demonyms,
  documentHeads,
  groupHeads,
  orgHeads,
  places,
  pronouns
} from './lexicon.js'
import {findNames} from './names.js'
import {resolve, type Entity} from './resolve.js'
import {honorifics, roleOf, roles} from './titles.js'
import {tokenize} from './tokens.js'

/** An attribution whose mention names a source, and where its `sourceId` goes. */
interface Target {
  start: number
  end: number
  set(id: string): void
}

/** Candidate types that may hold other candidates (“Trump supporters” holds “Trump”). */
const containers = new Set<Candidate['type']>(['group', 'anonymous', 'document', 'organization', 'title'])

/**
 * Resolve the sources of a document.
 *
 * A source is made for every real-world entity that is, in this article:
 * - named by an attribution mention (a quote’s `attribution.mention`, a
 *   report’s `mention`), or the subject of a statement in the text (“the
 *   Pentagon did not immediately respond”, “according to the International
 *   Campaign to Ban Landmines”, “said Sarah Yager”, “criticism from human
 *   rights groups”);
 * - an anonymous source (“a source”, “people familiar with the matter”);
 * - the organization of such a source (“Sarah Yager, … of advocacy group
 *   Human Rights Watch”), or the signer or author of such a document (“the
 *   memo, signed by Defense Secretary Pete Hegseth”).
 * Other names (“reviewed by The Washington Post”, places, people only talked
 * about) are not sources, though they are still resolved (they are
 * antecedents for pronouns); the headline and headings only link to names
 * found in the body; the byline, dateline and credits are never read, and
 * nobody named in the credits (`doc.structure.contributors`) is a source.
 *
 * Each source lists every mention of it in the article (names, surnames,
 * pronouns, “the senator”, “the memo”), also inside quotations and the
 * headline, sorted and without duplicates. Runs in time linear in the
 * article’s length.
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found; their attributions get `sourceId`s in place (a quote whose
 *   attribution has no mention but `continues` another gets that quote’s).
 * @param reports
 *   Reports found (nested ones too); they get `sourceId`s in place.
 * @returns
 *   Sources in order of first mention, ids `src1`, `src2`, ….
 */
export function resolveSources(doc: Doc, quotes: Quote[], reports: Report[]): Source[] {
  const tokens = tokenize(doc, quotes, headTable)
  const candidates = withoutContained(merge(sorted(findNames(doc, tokens)), sorted(findDescriptions(doc, tokens))))

  const targets = collectTargets(quotes, reports)
  const targetCandidates = linkTargets(doc, candidates, targets)
  markSpeakers(doc, candidates)

  const {entities, entityOf} = resolve(doc, candidates, (hash) => tokens.inLowercase(hash))
  const contributors = new Set(
    doc.structure.contributors.map(([start, end]) => collapse(doc.input.slice(start, end)).toLowerCase())
  )

  // Which entities are sources: speakers, and what they belong to or sign.
  const chosen = new Set<Entity>()
  for (const entity of entities) {
    if (!entity.speaker || isContributor(entity)) continue
    chosen.add(entity)
  }

  for (const entity of [...chosen]) {
    if (entity.affiliation && !isContributor(entity.affiliation)) chosen.add(entity.affiliation)
    for (const relation of entity.relations) {
      if (!isContributor(relation.entity)) chosen.add(relation.entity)
    }
  }

  const ordered = [...chosen]
    .filter((entity) => entity.mentions.length > 0)
    .map((entity) => ({entity, first: firstMention(entity)}))
    .sort((a, b) => a.first - b.first)
  const ids = new Map<Entity, string>()
  for (const [index, item] of ordered.entries()) ids.set(item.entity, 'src' + (index + 1))

  const sources = ordered.map(({entity}) => toSource(doc, entity, ids))

  for (const [index, target] of targets.entries()) {
    const item = targetCandidates[index]
    const entity = item ? entityOf(item) : undefined
    const id = entity ? ids.get(entity) : undefined
    if (id) target.set(id)
  }

  // A quote that continues another takes its source.
  const byId = new Map(quotes.map((quote) => [quote.id, quote]))
  for (const quote of quotes) {
    if (!quote.attribution || quote.attribution.mention !== null || !quote.continues) continue
    const previous = byId.get(quote.continues)
    const id = previous?.attribution?.sourceId
    if (id) quote.attribution.sourceId = id
  }

  firstPersonSources(doc, quotes, targets, targetCandidates, sources)
  return sources

  function isContributor(entity: Entity): boolean {
    return contributors.size > 0 && entity.properNames.some((name) => contributors.has(name.toLowerCase()))
  }
}

function byPosition(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end
}

/** A finder’s list in order (they nearly always are: sort only when not). */
function sorted(list: Candidate[]): Candidate[] {
  for (let index = 1; index < list.length; index++) {
    if (byPosition(list[index - 1]!, list[index]!) > 0) return list.sort(byPosition)
  }

  return list
}

/** Merge two candidate lists, each in input order, by start (longest first). */
function merge(left: Candidate[], right: Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let a = 0
  let b = 0
  while (a < left.length || b < right.length) {
    const x = left[a]
    const y = right[b]
    if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end >= y.end)))) {
      result.push(x!)
      a++
    } else {
      result.push(y)
      b++
    }
  }

  return result
}

function firstMention(entity: Entity): number {
  let first = Number.POSITIVE_INFINITY
  for (const mention of entity.mentions) if (mention.start < first) first = mention.start
  return first
}

/**
 * “I” and “we” inside a quotation name its speaker: give such attribution
 * mentions the quotation’s source, and add them to its mentions.
 */
function firstPersonSources(
  doc: Doc,
  quotes: Quote[],
  targets: Target[],
  targetCandidates: Array<Candidate | undefined>,
  sources: Source[]
): void {
  for (const [index, target] of targets.entries()) {
    if (targetCandidates[index]) continue
    if (!firstPerson.has(doc.input.slice(target.start, target.end).trim().toLowerCase())) continue
    const quote = quotes.find(
      (item) =>
        item.attribution?.sourceId &&
        item.contentPosition.start.offset <= target.start &&
        item.contentPosition.end.offset >= target.end
    )
    const id = quote?.attribution?.sourceId
    const source = id ? sources.find((item) => item.id === id) : undefined
    if (!source) continue
    target.set(source.id)
    if (!source.mentions.some((mention) => mention.position.start.offset === target.start)) {
      source.mentions.push({
        text: doc.input.slice(target.start, target.end),
        position: doc.location.position(target.start, target.end),
        kind: 'pronoun'
      })
      source.mentions.sort((a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset)
    }
  }
}

/** Drop candidates inside a group, anonymous, document or organization mention. */
function withoutContained(sorted: Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let cover: Candidate | undefined
  for (const item of sorted) {
    if (cover && item.start >= cover.start && item.end <= cover.end && item.type !== 'pronoun') continue
    result.push(item)
    if (containers.has(item.type) && (!cover || item.end > cover.end)) cover = item
  }

  return result
}

/** Attribution mentions of quotes and (nested) reports. */
function collectTargets(quotes: Quote[], reports: Report[]): Target[] {
  const targets: Target[] = []
  for (const quote of quotes) {
    const attribution = quote.attribution
    const mention = attribution?.mention
    if (!attribution || !mention) continue
    targets.push({
      start: mention.position.start.offset,
      end: mention.position.end.offset,
      set(id) {
        attribution.sourceId = id
      }
    })
  }

  const stack = [...reports]
  while (stack.length > 0) {
    const report = stack.pop()!
    stack.push(...report.nested)
    if (!report.mention) continue
    targets.push({
      start: report.mention[0],
      end: report.mention[1],
      set(id) {
        report.sourceId = id
      }
    })
  }

  return targets
}

/**
 * The candidate each attribution mention names (inserting one when no
 * candidate covers it), marked as a speaker.
 */
function linkTargets(doc: Doc, candidates: Candidate[], targets: Target[]): Array<Candidate | undefined> {
  const result: Array<Candidate | undefined> = []
  const inserted: Candidate[] = []
  for (const target of targets) {
    let best: Candidate | undefined
    let index = firstAtOrAfter(candidates, target.start)
    // Candidates that start a little before the mention may overlap it.
    while (index > 0 && candidates[index - 1]!.end > target.start && target.start - candidates[index - 1]!.start < 200) index--
    for (; index < candidates.length && candidates[index]!.start < target.end; index++) {
      const item = candidates[index]!
      if (item.end <= target.start) continue
      if (item.start === target.start && item.end === target.end) {
        best = item
        break
      }

      if (!best || rank(item) < rank(best)) best = item
    }

    const text = best ? '' : doc.input.slice(target.start, target.end).trim().toLowerCase()
    if (!best && relativePronouns.has(text)) {
      // “Leahy, who wrote …”: the name right before.
      const before = candidates[firstAtOrAfter(candidates, target.start) - 1]
      if (before && target.start - before.end <= 3 && /^,?\s*$/.test(doc.view.slice(before.end, target.start))) best = before
    } else if (!best && !firstPerson.has(text)) {
      best = looseCandidate(doc, target.start, target.end)
      if (best) inserted.push(best)
    }

    if (best) {
      best.speaker = true
      best.linkOnly = false
    }

    result.push(best)
  }

  if (inserted.length > 0) {
    candidates.push(...inserted)
    candidates.sort(byPosition)
  }

  return result
}

/** “I”, “we”: inside a quotation, its speaker (see `firstPersonSources`); else the writer, no source. */
const firstPerson = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves'])

/** Relative pronouns: the name they follow (“Leahy, who wrote …”). */
const relativePronouns = new Set(['who', 'whom', 'whose', 'which', 'that'])

function rank(item: Candidate): number {
  switch (item.type) {
    case 'person':
    case 'organization':
    case 'anonymous':
    case 'document':
    case 'group':
      return 0
    case 'unknown':
    case 'title':
    case 'org-description':
      return 1
    case 'pronoun':
      return 2
    case 'place':
      return 3
  }
}

function firstAtOrAfter(candidates: readonly Candidate[], offset: number): number {
  let low = 0
  let high = candidates.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (candidates[middle]!.start < offset) low = middle + 1
    else high = middle
  }

  return low
}

/** Mark candidates that are the subject of a statement, and their conjuncts. */
function markSpeakers(doc: Doc, candidates: Candidate[]): void {
  const {view} = doc
  const cued: Array<'after' | 'before' | undefined> = []
  for (const item of candidates) {
    let how: 'after' | 'before' | undefined
    if (!item.quoted && item.type !== 'place') {
      const before = statementBefore(view, item.titleStart)
      if (
        before === 'phrase' ||
        (before === 'verb' && item.type !== 'document' && item.type !== 'pronoun' && invertedAfter(view, item.afterEnd))
      ) {
        how = 'before'
      } else if (statementAfter(view, item.afterEnd)) {
        how = 'after'
      }
    }

    if (how) item.speaker = true
    cued.push(how)
  }

  // “X and Y said”, “criticism from X and Y”.
  for (let index = candidates.length - 2; index >= 0; index--) {
    const next = candidates[index + 1]!
    if (cued[index + 1] === 'after' && conjoined(view, candidates[index]!, next)) {
      candidates[index]!.speaker = true
      cued[index] = 'after'
    }
  }

  for (let index = 1; index < candidates.length; index++) {
    if (cued[index - 1] === 'before' && conjoined(view, candidates[index - 1]!, candidates[index]!)) {
      candidates[index]!.speaker = true
      cued[index] = 'before'
    }
  }
}

function conjoined(view: string, left: Candidate, right: Candidate): boolean {
  if (right.titleStart - left.end > 8 || left.type === 'pronoun' || right.type === 'pronoun') return false
  return /^,?\s{1,2}(?:and|or)\s{1,2}$/.test(view.slice(left.end, right.titleStart))
}

/**
 * A candidate for an attribution mention that no finder produced: its kind
 * guessed from its words.
 */
function looseCandidate(doc: Doc, start: number, end: number): Candidate | undefined {
  const text = collapse(doc.input.slice(start, end))
  if (!text) return undefined
  const paragraph = paragraphOf(doc, start)
  const words = text.split(' ')
  const first = words[0]!.toLowerCase()
  const last = words[words.length - 1]!.toLowerCase().replace(/[’']s$/, '')
  const lower = text.toLowerCase()
  const pronoun = pronouns.get(lower)
  if (pronoun) {
    return candidate('pronoun', start, end, null, paragraph, 'pronoun', text, lower, {
      speaker: true,
      pronoun,
      plural: pronoun === 'they',
      gender: pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : pronoun === 'it' ? 'neuter' : null
    })
  }

  const definite = /^(?:the|this|that|these|those)$/.test(first)
  const documentClass = documentHeads.get(last)
  if (documentClass) {
    const name = definite || /^(?:a|an)$/.test(first) ? words.slice(1).join(' ') : text
    return candidate('document', start, end, null, paragraph, 'description', name, documentClass, {
      speaker: true,
      definite,
      gender: 'neuter'
    })
  }

  if (alwaysAnonymous.has(last) || words.some((word) => /^(?:anonymity|familiar)$/i.test(word))) {
    return candidate('anonymous', start, end, null, paragraph, 'anonymous', text, lower, {
      speaker: true,
      plural: /s$/.test(last) || last === 'people'
    })
  }

  if (groupHeads.has(last) || capitalGroups.has(last)) {
    return candidate('group', start, end, null, paragraph, 'description', text, lower, {speaker: true, plural: true})
  }

  if (anonymousHeads.has(last)) {
    return candidate('anonymous', start, end, null, paragraph, 'anonymous', text, lower, {speaker: true})
  }

  if (definite && roles.has(last)) {
    return candidate('title', start, end, null, paragraph, 'title', text, roleOf(last), {speaker: true})
  }

  // Lowercase descriptions: “a doctor” (a person), “the appeals court” (an
  // organization), “creditors” (a group).
  if (!/^\p{Lu}/u.test(words[definite || /^(?:a|an)$/.test(first) ? 1 : 0] ?? '')) {
    if (roles.has(last) || personNouns.has(last)) {
      return candidate('unknown', start, end, null, paragraph, 'description', text, lower, {speaker: true, type: 'person'})
    }

    if (orgHeads.has(last) || organizationNouns.has(last)) {
      return candidate('organization', start, end, null, paragraph, 'description', text, lower, {speaker: true, gender: 'neuter'})
    }

    if (/[^s]s$/.test(last) && words.length > 1) {
      return candidate('group', start, end, null, paragraph, 'description', text, lower, {speaker: true, plural: true})
    }
  }

  const bare = words.filter((word) => !honorifics.has(word.toLowerCase()) && !/^the$/i.test(word))
  if (bare.length > 0 && /^\p{Lu}/u.test(bare[0]!)) {
    const name = bare.join(' ')
    if (orgHeads.has(last) || places.has(lower)) {
      return candidate('organization', start, end, null, paragraph, 'name', name, name.toLowerCase(), {
        speaker: true,
        gender: 'neuter'
      })
    }

    if (bare.length > 0 && !demonyms.has(last)) {
      return candidate(bare.length > 1 ? 'person' : 'unknown', start, end, null, paragraph, 'name', text, name.toLowerCase(), {
        speaker: true,
        words: bare.map((word) => word.toLowerCase())
      })
    }
  }

  return candidate('unknown', start, end, null, paragraph, 'description', text, lower, {speaker: true})
}

/** Nouns naming a person (beyond roles). */
const personNouns = new Set(
  'man woman boy girl person mother father son daughter wife husband friend neighbor neighbour voter resident reader viewer questioner announcer caller'.split(
    ' '
  )
)

/** Nouns naming an organization (beyond organization head words). */
const organizationNouns = new Set(
  'government court panel family city state country nation county town village regime firm company'.split(' ')
)

function paragraphOf(doc: Doc, offset: number): number {
  let low = 0
  let high = doc.paragraphs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (doc.paragraphs[middle]!.start <= offset) low = middle
    else high = middle - 1
  }

  return low
}

function toSource(doc: Doc, entity: Entity, ids: Map<Entity, string>): Source {
  const kind: SourceKind =
    entity.type === 'place' ? 'organization' : entity.type
  const mentions: Mention[] = []
  const sorted = [...entity.mentions].sort((a, b) => a.start - b.start || a.end - b.end)
  let previous: {start: number; end: number} | undefined
  for (const mention of sorted) {
    if (previous && previous.start === mention.start && previous.end === mention.end) continue
    previous = mention
    mentions.push({
      text: doc.input.slice(mention.start, mention.end),
      position: doc.location.position(mention.start, mention.end),
      kind: mention.kind
    })
  }

  const relations: Relation[] = []
  if (entity.affiliation) {
    const id = ids.get(entity.affiliation)
    if (id) relations.push({type: entity.affiliationType, sourceId: id})
  }

  for (const relation of entity.relations) {
    const id = ids.get(relation.entity)
    if (id && !relations.some((item) => item.type === relation.type && item.sourceId === id)) {
      relations.push({type: relation.type, sourceId: id})
    }
  }

  return {
    id: ids.get(entity)!,
    kind,
    name: canonicalName(entity),
    titles: entity.titles,
    affiliation: entity.affiliation ? canonicalName(entity.affiliation) : entity.affiliationText,
    party: entity.party,
    state: entity.state,
    gender: kind === 'organization' || kind === 'document' ? 'neuter' : entity.gender,
    plural: entity.plural,
    relations,
    mentions
  }
}

/**
 * The longest proper name; for documents the most specific description; for
 * groups and anonymous sources the words as they stand mid-sentence.
 */
function canonicalName(entity: Entity): string {
  const best = entity.best
  if (!best) return ''
  let text = best.text
  if ((entity.type === 'group' || entity.type === 'anonymous') && best.initial) {
    const mid = entity.bestMidSentence
    if (mid && mid.score === best.score) text = mid.text
    else {
      const space = text.indexOf(' ')
      const first = space < 0 ? text : text.slice(0, space)
      if (/^\p{Lu}(?:\p{Ll}|$)/u.test(first) && !demonyms.has(first.toLowerCase()) && !capitalGroups.has(first.toLowerCase())) {
        text = first.charAt(0).toLowerCase() + text.slice(1)
      }
    }
  }

  return text
}
