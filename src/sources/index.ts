/**
 * The sources stage: find every mention of a person, organization, document,
 * group or anonymous source in the article, resolve the mentions into
 * sources, and set `sourceId` on the attributions of quotes and reports.
 */
import type {Report} from '../attribution/report.js'
import {relativeSubjects} from '../attribution/words.js'
import {numberWord} from '../claims/numbers.js'
import {inIntroduction, interviewAnswerParagraphs} from '../parse/interview.js'
import type {Doc} from '../parse/document.js'
import type {Mention, MentionKind, Quote, Relation, Source, SourceKind} from '../schema.js'
import {sortInPlace} from '../sort.js'
import {candidate, collapse, type Candidate} from './candidate.js'
import {agentAfter, invertedAfter, statementAfter, statementBefore} from './cues.js'
import {findDescriptions} from './descriptions.js'
import {wordHash} from './hash.js'
import {headTable} from './heads.js'
import {
  alwaysAnonymous,
  anonymousHeads,
  capitalGroups,
  demonyms,
  determiners,
  documentHeads,
  genericOrgDescriptions,
  groupHeads,
  headlineVerbs,
  orgDescriptions,
  orgHeads,
  orgNouns,
  places,
  possessivePronouns,
  pronouns,
  representatives
} from './lexicon.js'
import {findNames, placeNative, pluralShapedName} from './names.js'
import {resolve, type Entity} from './resolve.js'
import {honorifics, kin, roleGender, roleKey, roles} from './titles.js'
import {tokenize} from './tokens.js'

/** An attribution whose mention names a source, and what gets its `sourceId` (a quote’s attribution or a report). */
interface Target {
  start: number
  end: number
  holder: {sourceId: string | null}
}

/**
 * Whether candidates of a type may hold other candidates (“Trump supporters”
 * holds “Trump”). Asked of every candidate: comparisons of the interned type
 * strings, not a set lookup.
 */
function isContainer(type: Candidate['type']): boolean {
  return type === 'group' || type === 'organization' || type === 'anonymous' || type === 'document' || type === 'title'
}

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
  const names = sorted(findNames(doc, tokens))
  const descriptions = sorted(findDescriptions(doc, tokens))
  const candidates = mergeOutermost(names, descriptions)

  const targets = collectTargets(doc.view, quotes, reports)
  const described: Candidate[] = []
  const targetCandidates = linkTargets(doc, candidates, targets, described, (word) => tokens.inLowercase(wordHash(word)))
  markSpeakers(doc, candidates)
  // A description a name is in apposition with makes no source of its own.
  for (const item of described) {
    item.speaker = false
    item.linkOnly = true
  }

  // (Nor one no attribution names: “Jane Smith, a senior adviser, said”,
  // “said Tad Devine, an adviser to the campaign”, “the man, a former
  // employee who had been fired, walked in”.)
  let targeted: Set<Candidate | undefined> | undefined
  // (Nor, anywhere, one that does not speak: “Roberts said that an
  // individual may be disarmed”.)
  for (const item of candidates) {
    if (item.type !== 'anonymous' || item.plural || (item.speaker && !appositionGap(doc.view, item.start - 2, item.start))) continue
    // (Indefinite: “the former adviser” may be named again later, and is linked then.)
    if (!/^an? /i.test(doc.view.slice(item.start, item.start + 3))) continue
    targeted ??= new Set(targetCandidates)
    if (targeted.has(item)) continue
    item.speaker = false
    item.linkOnly = true
  }

  const {entities, entityOf} = resolve(doc, candidates)
  // An interview’s subject speaks in every answer (see `../parse/interview.ts`):
  // the first person the introduction names.
  let interviewee: Entity | undefined
  if (doc.interview.length > 0) {
    for (const item of candidates) {
      if (item.type !== 'person' || item.mentionKind !== 'name' || !inIntroduction(doc, doc.interview, item.start)) continue
      const entity = entityOf(item)
      if (entity && entity.type === 'person') {
        entity.speaker = true
        interviewee = entity
        break
      }
    }
  }

  const contributors = new Set(
    doc.structure.contributors.map(([start, end]) => collapse(doc.view.slice(start, end)).toLowerCase())
  )

  // Which entities are sources: speakers, and what they belong to or sign
  // (in that order: it breaks ties between sources first named together).
  const chosen: Entity[] = []
  for (const entity of entities) {
    if (!entity.speaker || isContributor(entity)) continue
    choose(entity)
  }

  const speakers = chosen.length
  for (let index = 0; index < speakers; index++) {
    const entity = chosen[index]!
    if (entity.affiliation && !isContributor(entity.affiliation)) choose(entity.affiliation)
    for (const relation of entity.relations) {
      if (!isContributor(relation.entity)) choose(relation.entity)
    }
  }

  nameByOwner(candidates, entityOf)
  const ordered = orderByFirstMention(chosen)
  for (const [index, entity] of ordered.entries()) entity.id = 'src' + (index + 1)

  const sources = ordered.map((entity) => toSource(doc, entity))

  for (let index = 0; index < targets.length; index++) {
    const item = targetCandidates[index]
    const id = item ? entityOf(item)?.id : undefined
    if (id) targets[index]!.holder.sourceId = id
  }

  // A quote that continues another takes its source.
  for (const quote of quotes) {
    if (!quote.attribution || quote.attribution.mention !== null || !quote.continues) continue
    const previous = quoteById(quotes, quote.continues)
    const id = previous?.attribution?.sourceId
    if (id) quote.attribution.sourceId = id
  }

  firstPersonSources(doc, quotes, targets, targetCandidates, sources, interviewee?.id)
  return sources

  function choose(entity: Entity): void {
    if (entity.chosen) return
    entity.chosen = true
    chosen.push(entity)
  }

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

/**
 * Merge two candidate lists, each in input order, by start (longest first),
 * dropping candidates inside a group, anonymous, document or organization
 * mention (one pass, one list).
 */
function mergeOutermost(left: Candidate[], right: Candidate[]): Candidate[] {
  const result: Candidate[] = []
  let cover: Candidate | undefined
  let a = 0
  let b = 0
  while (a < left.length || b < right.length) {
    const x = left[a]
    const y = right[b]
    let item: Candidate
    if (y === undefined || (x !== undefined && (x.start < y.start || (x.start === y.start && x.end >= y.end)))) {
      item = x!
      a++
    } else {
      item = y
      b++
    }

    if (cover && item.start >= cover.start && item.end <= cover.end && item.type !== 'pronoun') continue
    result.push(item)
    if (isContainer(item.type) && (!cover || item.end > cover.end)) cover = item
  }

  return result
}

/** Entities that have mentions, by first mention (a stable sort: ties keep their order). */
function orderByFirstMention(entities: Entity[]): Entity[] {
  const items: Array<{entity: Entity; first: number}> = []
  for (const entity of entities) {
    if (entity.mentions.length > 0) items.push({entity, first: firstMention(entity)})
  }

  items.sort((a, b) => a.first - b.first)
  return items.map((item) => item.entity)
}

/** The quote with an id (ids are `q1`, `q2`, … in order: looked up by number, checked). */
function quoteById(quotes: Quote[], id: string): Quote | undefined {
  let number = 0
  for (let index = 1; index < id.length && index < 10; index++) {
    const code = id.charCodeAt(index)
    if (code < 48 || code > 57) {
      number = 0
      break
    }

    number = number * 10 + code - 48
  }

  const guess = quotes[number - 1]
  if (guess && guess.id === id) return guess
  // Not numbered as `findQuotes` does: search.
  return quotes.find((quote) => quote.id === id)
}

function firstMention(entity: Entity): number {
  const {mentions} = entity
  let first = Number.POSITIVE_INFINITY
  for (let index = 0; index < mentions.length; index += 3) {
    const start = mentions[index] as number
    if (start < first) first = start
  }

  return first
}

/**
 * “I” and “we” inside a quotation name its speaker, and in an interview’s
 * answer the interviewee (`interviewee`, a source id): give such
 * attribution mentions that source, and add them to its mentions.
 */
function firstPersonSources(
  doc: Doc,
  quotes: Quote[],
  targets: Target[],
  targetCandidates: Array<Candidate | undefined>,
  sources: Source[],
  interviewee: string | undefined
): void {
  let within: QuotesWithin | undefined
  let answers: Set<number> | undefined
  const touched: Source[] = []
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index]!
    if (targetCandidates[index]) continue
    if (!firstPerson.has(personWord(doc.input.slice(target.start, target.end)))) continue
    within ??= quotesWithin(quotes)
    const quote = within(target.start, target.end)
    let id = quote?.attribution?.sourceId
    // (Or an interview’s answer: “I don’t want layoffs” is the interviewee’s.)
    if (!id && interviewee !== undefined) {
      answers ??= new Set(interviewAnswerParagraphs(doc, doc.interview))
      if (answers.has(paragraphOf(doc, target.start))) id = interviewee
    }

    const source = id ? sourceById(sources, id) : undefined
    if (!source) continue
    target.holder.sourceId = source.id
    if (!source.mentions.some((mention) => mention.position.start.offset === target.start)) {
      source.mentions.push({
        text: doc.input.slice(target.start, target.end),
        position: doc.location.position(target.start, target.end),
        kind: 'pronoun'
      })
      if (!touched.includes(source)) touched.push(source)
    }
  }

  // Sorted once at the end: starts are distinct, so the order is the same.
  for (const source of touched) {
    sortInPlace(source.mentions, (a, b) => a.position.start.offset - b.position.start.offset || a.position.end.offset - b.position.end.offset)
  }
}

/** Finds the first quote (in order) with a source whose content holds a range. */
type QuotesWithin = (start: number, end: number) => Quote | undefined

/**
 * Quotes in order never overlap, except a block quote and the quotes inside
 * it: spread over two lists whose quotes do not overlap, at most one quote
 * of each list holds a range, found by binary search (with a linear search
 * for quotes that do not fit that shape).
 */
function quotesWithin(quotes: Quote[]): QuotesWithin {
  const lists: [number[], number[]] = [[], []]
  let fits = true
  for (const [index, quote] of quotes.entries()) {
    const start = quote.contentPosition.start.offset
    const list = lists.find((item) => item.length === 0 || quotes[item[item.length - 1]!]!.contentPosition.end.offset <= start)
    if (!list) {
      fits = false
      break
    }

    list.push(index)
  }

  if (!fits) {
    return (start, end) =>
      quotes.find(
        (item) =>
          item.attribution?.sourceId &&
          item.contentPosition.start.offset <= start &&
          item.contentPosition.end.offset >= end
      )
  }

  return (start, end) => {
    const a = holding(lists[0], start, end)
    const b = holding(lists[1], start, end)
    return a === -1 ? (b === -1 ? undefined : quotes[b]) : b === -1 || a < b ? quotes[a] : quotes[b]
  }

  /** The quote of `list` (ordered, not overlapping) that holds the range and has a source, or -1. */
  function holding(list: number[], start: number, end: number): number {
    let low = 0
    let high = list.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (quotes[list[middle]!]!.contentPosition.start.offset <= start) low = middle + 1
      else high = middle
    }

    const index = list[low - 1]
    if (index === undefined) return -1
    const quote = quotes[index]!
    return quote.attribution?.sourceId && quote.contentPosition.end.offset >= end ? index : -1
  }
}

/** The source with an id (`src1`, `src2`, … in order). */
function sourceById(sources: Source[], id: string): Source | undefined {
  const guess = sources[Number(id.slice(3)) - 1]
  return guess && guess.id === id ? guess : sources.find((item) => item.id === id)
}

/** Attribution mentions of quotes and (nested) reports. */
function collectTargets(view: string, quotes: Quote[], reports: Report[]): Target[] {
  const targets: Target[] = []
  for (const quote of quotes) {
    const attribution = quote.attribution
    const mention = attribution?.mention
    if (!attribution || !mention) continue
    const start = mention.position.start.offset
    targets.push({start, end: beforeRelative(view, start, mention.position.end.offset), holder: attribution})
  }

  const stack = [...reports]
  while (stack.length > 0) {
    const report = stack.pop()!
    for (const nested of report.nested) stack.push(nested)
    if (!report.mention) continue
    targets.push({start: report.mention[0], end: beforeRelative(view, report.mention[0], report.mention[1]), holder: report})
  }

  return targets
}

/**
 * Heads of documents that an attribution names, besides the description
 * finder’s (“according to a brief filed by 20 states”): in running text
 * they are too often something else (“a brief moment”) to be found alone.
 */
const spokenDocuments = new Map([
  ['brief', 'filing'],
  ['briefs', 'filing']
])

/** The rest of a role’s office after the role (“ of state’s office”, “’s office”). */
const officeAfter = /^(?: \p{Ll}+){0,2}(?: of \p{L}+(?: \p{L}+)?)?[’']s (?:office|campaign|administration|staff|department)$/u

/** What follows a verb ending its clause: punctuation or “that”. */
const cueAfter = /^(?:\s{0,2}[.,;:!?"”]|\s{1,2}that\b)/
/** An indefinite article and its space (“*a* congressional report that”: a noun). */
const indefiniteArticle = /^an? /i

/** The share’s last word and its “of” before the group (“two-*thirds of*”, “*any of the*”). */
const shareOfBefore = /([\p{L}\d%-]{1,20})\s{1,2}of\s{1,2}(?:the\s{1,2})?$/iu

/**
 * Whether a word ends a share of a group (“67 *percent*”, “*two-thirds*”,
 * “*any*”, “eight”, “a *majority*”), not a whole of its own whose members
 * speak (“a member of the family”, “a slew of RNC leaders”).
 */
function shareWord(word: string): boolean {
  return shares.has(word) || pluralQuantifiers.has(word) || shareCounts.has(word) || fraction.test(word) || /^\d/.test(word) || word.endsWith('%') || numberWord(word) !== undefined
}

/** A count of a count right before a group (“*one in five* Americans”, “*three out of four* voters”). */
const shareInBefore = /(?:^|\s)([\p{L}\d]{1,12})\s{1,2}(?:in|out\s{1,2}of)\s{1,2}([\p{L}\d]{1,12})\s{1,2}$/iu

/** A preposition, which opens a phrase of its own before a share. */
const phraseBefore = /\b(?:of|from|in|on|at|for|with|by|about|to)\s/i

/** Whether a word is a count (“five”, “10”). */
function countWord(word: string): boolean {
  return /^\d/.test(word) || numberWord(word) !== undefined
}

/** Words of a count or a share before “of” beyond numbers (“*any* of the participants”, “a *number* of attendees”). */
const shareCounts = new Set(['any', 'none', 'number', 'lot', 'lots', 'handful', 'couple', 'plenty'])

/** Whether `view[start..end)` is a comma and one or two spaces (between a name and its appositive). */
function appositionGap(view: string, start: number, end: number): boolean {
  const length = end - start
  return length >= 2 && length <= 3 && view.charCodeAt(start) === 44 && view.slice(start + 1, end).trim() === ''
}

/**
 * The end of a mention’s head before a relative clause in it (“Two women
 * *who led the strike at St. Mary’s Hospital*”): names in the clause are not
 * who speaks.
 */
function beforeRelative(view: string, start: number, end: number): number {
  const at = view.slice(start, end).indexOf(' who ')
  return at > 0 ? start + at : end
}

/**
 * The candidate each attribution mention names (inserting one when no
 * candidate covers it), marked as a speaker; a description replaced by the
 * name in apposition with it goes into `described`.
 */
function linkTargets(
  doc: Doc,
  candidates: Candidate[],
  targets: Target[],
  described: Candidate[],
  lowercase: (word: string) => boolean
): Array<Candidate | undefined> {
  const result: Array<Candidate | undefined> = []
  const linked = new Set<Candidate | undefined>()
  const inserted: Candidate[] = []
  const replaced = new Set<Candidate>()
  // How many name candidates hold each word, counted on first need.
  let nameWords: Map<string, number> | undefined
  // A quotation and a report often name their speaker with the same words:
  // one candidate for them both (a second, inserted beside the first, would
  // split the speaker’s relations between the two).
  const bySpan = new Map<number, Candidate | undefined>()
  for (const target of targets) {
    // (Keyed by start and length; a mention 65,536 characters long is not
    // worth a key.)
    const span = target.end - target.start < 65_536 ? target.start * 65_536 + (target.end - target.start) : -1
    if (span !== -1 && bySpan.has(span)) {
      const again = bySpan.get(span)
      result.push(again)
      linked.add(again)
      continue
    }

    let best: Candidate | undefined
    // “Trump’s spokeswoman”, “his lawyer”: whom the speaker speaks for.
    let owner: Candidate | undefined
    let index = firstAtOrAfter(candidates, target.start)
    // Candidates that start a little before the mention may overlap it.
    while (index > 0 && candidates[index - 1]!.end > target.start && target.start - candidates[index - 1]!.start < 200) index--
    for (; index < candidates.length && candidates[index]!.start < target.end; index++) {
      const item = candidates[index]!
      if (item.end <= target.start) continue
      // (“…, the association estimates.”, “The NEA estimates that”: the cue
      // read as a document's head noun is not the speaker; “A Committee
      // report found” is.)
      if (item.type === 'document' && item.end > target.end && cueAfter.test(doc.view.slice(item.end, item.end + 6)) && !indefiniteArticle.test(doc.view.slice(target.start, target.start + 3))) continue
      if (item.start === target.start && item.end === target.end) {
        best = item
        break
      }

      // “Trump’s spokeswoman said”, “his office said”: the possessor is not the speaker.
      if (possessor(doc.view, item, target.end) || possessivePronoun(doc.view, item, target.end)) {
        owner ??= item
        continue
      }

      if (!best || rank(item) < rank(best) || titledPerson(best, item, doc.view)) best = item
    }

    // “Two-thirds of caucus voters said”, “Any of the participants said”,
    // “One in five Americans said”: the share speaks, not the whole group
    // found after its “of” or its count.
    if (best && best.type === 'group' && best.start > target.start && best.end === target.end && !linked.has(best)) {
      const before = doc.view.slice(Math.max(target.start, best.start - 32), best.start)
      const match = shareOfBefore.exec(before)
      const count = match ? undefined : shareInBefore.exec(before)
      const found = match && shareWord(match[1]!.toLowerCase()) ? match : count && countWord(count[1]!.toLowerCase()) && countWord(count[2]!.toLowerCase()) ? count : undefined
      // (Only a share with nothing but modifiers before it: not “the lack of
      // response from any of the Republicans”.)
      const share =
        found && best.start - target.start - (before.length - found.index) <= 24 && !phraseBefore.test(doc.view.slice(target.start, best.start - (before.length - found.index)))
          ? looseCandidate(doc, target.start, target.end)
          : undefined
      if (share && share.type === 'group') {
        // (Its first word is a quantifier, capitalized only to open the sentence.)
        share.name = share.name.charAt(0).toLowerCase() + share.name.slice(1)
        // (The group inside is no speaker of its own.)
        replaced.add(best)
        inserted.push(share)
        best = share
      }
    }

    // “Court filings show”, “Police records show”: a document named after
    // an organization is the source, not the organization.
    // (Or after a place: “Montgomery County jail records show”.)
    // (Or a lone name: “according to Dealogic data”.)
    if (
      best &&
      (best.type === 'organization' || best.type === 'place' || ((best.type === 'unknown' || best.type === 'person') && best.words.length === 1 && !best.linkOnly)) &&
      best.end < target.end &&
      documentHeads.has(lastWord(doc.view, target.end))
    ) {
      const document = looseCandidate(doc, target.start, target.end)
      if (document && document.type === 'document') {
        // (A lone name inside is the data's, not a person who speaks.)
        for (let inside = firstAtOrAfter(candidates, target.start); inside < candidates.length && candidates[inside]!.start < target.end; inside++) {
          const item = candidates[inside]!
          if ((item.type === 'unknown' || item.type === 'person') && item.words.length <= 1 && item.end <= target.end) described.push(item)
        }

        inserted.push(document)
        best = document
      }
    }

    // “the hard-left France Unbowed party said”: a name before the head word
    // of a body (and nothing else) names the body, not a person.
    // (So does a group’s: “The teachers union called”.)
    if (best && (best.type === 'person' || best.type === 'unknown' || best.type === 'group') && best.end < target.end && /^\s{1,2}\p{Ll}+$/u.test(doc.view.slice(best.end, target.end))) {
      const head = lastWord(doc.view, target.end)
      const organization = orgHeads.has(head) && !orgNouns.has(head) ? looseCandidate(doc, target.start, target.end) : undefined
      // (Or someone there: “a parent at a Toppenish school”.)
      if (organization && (organization.type === 'organization' || organization.type === 'org-description' || (organization.type === 'person' && best.start > target.start))) {
        inserted.push(organization)
        best = organization
      }
    }

    // “according to the secretary of state’s office”: a role’s office (or
    // campaign …) speaks, not the role it is named for.
    // (Or a place's: “the Georgia secretary of state’s office”.)
    if (best && (best.type === 'title' || best.type === 'unknown' || best.type === 'person' || best.type === 'place') && best.end < target.end && officeAfter.test(doc.view.slice(best.end, target.end))) {
      const office = looseCandidate(doc, target.start, target.end)
      if (office && (office.type === 'organization' || office.type === 'org-description')) {
        // (The role itself says nothing here.)
        described.push(best)
        inserted.push(office)
        best = office
      }
    }

    // “Twelve percent indicated”, “Polling averages show”, “Flight
    // attendants’ union endorses”: a word capitalized only as the first of
    // its sentence, before the lowercase head of the mention, names nobody.
    // (So is a plural common noun alone, “Friends said”, evidence alone,
    // “Polling shows”, and a word the article writes in lowercase and in no
    // other name, “Talk compared …”; and a headline’s verb whose subject is
    // left out, “Spurns offer, blasts …”, “Keeps saying she …”, names no one
    // at all.)
    if (
      best &&
      best.initial &&
      best.mentionKind === 'name' &&
      best.start === target.start &&
      best.words.length === 1 &&
      !linked.has(best) &&
      (best.end < target.end
        ? commonBeforeHead(lowercaseHead(doc.view, best.end, target.end), best.words[0]!, lowercase) ||
          (best.type === 'unknown' && modifiesNext(doc.view, best.end) && (nameWords ??= countNameWords(candidates)).get(best.words[0]!)! <= 1)
        : pluralNoun(best.words[0]!) ||
          orgHeads.has(best.words[0]!) ||
          evidenceHeads.has(best.words[0]!) ||
          headlineVerbs.has(best.words[0]!) ||
          abstractPlural.test(best.words[0]!) ||
          pluralShares.has(best.words[0]!) ||
          ((lowercase(best.words[0]!) || agentPlural.test(best.words[0]!)) && (nameWords ??= countNameWords(candidates)).get(best.words[0]!)! <= 1))
    ) {
      const description = looseCandidate(doc, target.start, target.end, true)
      if (description) {
        // (The word is no name anywhere else either: no pronoun goes to it.)
        replaced.add(best)
        inserted.push(description)
        best = description
      } else if (headlineVerbs.has(best.words[0]!) || abstractPlural.test(best.words[0]!)) {
        replaced.add(best)
        best = undefined
      }
    }

    // A name in apposition (“A Pentagon spokesman, John Kirby, said”) is the
    // speaker: see below.
    const apposed = appositiveName(doc.view, candidates, target.end)

    // “A Pentagon spokesman said”, “The Fed chair said”, “The Florida senator
    // said”: the person in the role speaks (for the body named before it).
    if (!apposed && best && (best.type === 'organization' || best.type === 'place' || best.type === 'person' || best.type === 'unknown') && best.end < target.end) {
      const role = roleAfter(doc.view, best.end, target.end)
      if (role) {
        const person = roleCandidate(doc, target, best, role)
        inserted.push(person)
        best = person
      }
    }

    // “A spokesman for Sen. Ted Cruz said”, “A spokesperson for the
    // Department of Defense said”: the person in the role speaks, for the
    // person (`represents`) or in the body (`affiliation`) named after it.
    if (!apposed && best && (best.type === 'organization' || best.type === 'person' || best.type === 'unknown' || best.type === 'place' || best.type === 'org-description') && best.end === target.end && best.start > target.start) {
      // (From the body’s title on: “A spokesman for Sen. Ted Cruz”.)
      const role = roleBefore(doc.view, target.start, best.titleStart > target.start && best.titleStart < best.start ? best.titleStart : best.start)
      // (A body described, “the department”, speaks through its spokesman;
      // not through a nurse, a parent: “A nurse at the hospital said”.)
      if (role && (best.type !== 'org-description' || !representatives.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase()))) {
        const person = roleCandidate(doc, target, best, role)
        if (best.type === 'person' && representatives.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase())) person.possessorEnd = best.end
        // (“A resident of Wuzhou”: a word nobody could classify is the place, no one of its own.)
        if ((best.type === 'unknown' || best.type === 'place') && placeRoles.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase())) replaced.add(best)
        else if (best.type === 'unknown' && representatives.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase())) person.possessorEnd = best.end
        inserted.push(person)
        best = person
      }
    }

    // “Trump’s spokeswoman, Hope Hicks, said”: a description with a name in
    // apposition is that person.
    // (Not after “according to”, whose comma ends the phrase: “According to
    // the FBI, Cheryl Mills, a top aide, sent …”.)
    if (!best || best.type !== 'person' || apposed) {
      const named = apposed
      // (But a name that ends the sentence is in apposition: “…, according
      // to its president, Sandra Mills.”)
      if (named && named !== best && (!/according\s+to\s+$/i.test(doc.view.slice(Math.max(0, target.start - 14), target.start)) || sentenceEndAt(doc.view, named.afterEnd))) {
        // “A Pentagon spokesman, John Kirby,”: the body is no description of
        // the person but their affiliation.
        // (“An attorney for Perez, Michael Grant,”: the named person speaks
        // for the person after the role, who is no description of them.)
        // (Or for a person named by a role: “A spokesperson for the mayor, Ana Ruiz,”.)
        const roleForPerson = best && (best.type === 'person' || best.type === 'unknown' || best.type === 'title') && best.start > target.start ? roleBefore(doc.view, target.start, best.titleStart > target.start && best.titleStart < best.start ? best.titleStart : best.start) : undefined
        if (best && best.type === 'organization' && named.type !== 'organization') {
          if (named.ownerEnd < 0) named.ownerEnd = best.end
        } else if (best && roleForPerson) {
          if (named.possessorEnd < 0 && representatives.has(roleForPerson.slice(roleForPerson.lastIndexOf(' ') + 1).toLowerCase())) named.possessorEnd = best.end
        } else if (best) {
          described.push(best)
        } else if (owner && (owner.type === 'pronoun' || (owner.type === 'org-description' && !genericOrgDescriptions.has(owner.key)) || owner.type === 'organization') && named.type !== 'organization' && named.ownerEnd < 0) {
          // “Its director general, Shevaun Haviland,”: what “its” names.
          // (Or a body: “The company’s chief executive, Jim Farley,”, “The
          // institute’s director, Paul Johnson,”; not “The group’s”, which
          // may be any body named before.)
          named.ownerEnd = owner.end
        }

        // The description’s role is the person’s title (“The company’s chief
        // executive, Jane Doe,”; also before the body: “The head of the
        // Alliance of Small Island States, Cedric Schuster,”).
        const title =
          roleForPerson ??
          roleTitle(doc.view.slice(target.start, target.end)) ??
          (best && best.type === 'organization' && best.start > target.start ? roleTitle(doc.view.slice(target.start, best.start).replace(bodyPreposition, '')) : undefined)
        best = named
        if (title && !named.titles.some((known) => known.toLowerCase() === title.toLowerCase())) named.titles = [...named.titles, title]
      }
    }

    const text = best ? '' : personWord(doc.input.slice(target.start, target.end))
    if (!best && relativePronouns.has(text)) {
      if (text === 'who') {
        best = whoAntecedent(doc, candidates, inserted, target.start)
      } else {
        // (“which”, “that”: the thing right before.)
        const before = candidates[firstAtOrAfter(candidates, target.start) - 1]
        if (before && target.start - before.end <= 3 && /^,?\s*$/.test(doc.view.slice(before.end, target.start))) best = before
      }
    } else if (!best && !firstPerson.has(text) && !secondPerson.has(text)) {
      // “Clinton’s response was”, “Shapiro’s argument is”: what the
      // possessor said or did speaks for the possessor.
      // (Not a possessor inside a phrase after the head: “a source familiar
      // with Cruz’s thinking”.)
      if (owner && speechNouns.has(lastWord(doc.view, target.end)) && !/\b(?:of|with|for|from|in|on|about|by|to|at|familiar|close)\b/i.test(doc.view.slice(target.start, owner.start))) {
        best = owner
      } else {
        best = looseCandidate(doc, target.start, target.end)
        if (best) inserted.push(best)
      }
    }

    if (best) {
      best.speaker = true
      best.linkOnly = false
      // (The speaker may be the name in apposition: “Trump’s spokeswoman, Hope Hicks,”.)
      if (owner && best !== owner && best.possessorEnd < 0 && representatives.has(lastWord(doc.view, target.end))) {
        best.possessorEnd = owner.end
      } else if (owner && best !== owner && owner.type !== 'pronoun' && owner.start === target.start && best.titleStart <= owner.end + 3 && best.ownerEnd < 0 && (best.type === 'person' || best.type === 'unknown' || best.type === 'title')) {
        // (“Boeing’s CEO told employees”, “Fox News’ Bret Baier said”: the
        // owner that opens the mention, right before the person or the
        // title, is the affiliation, a body's, or whom a representative
        // speaks for: “Hillary Clinton’s campaign manager Robby Mook”.)
        best.ownerEnd = owner.end
      }
    }

    result.push(best)
    linked.add(best)
    if (span !== -1) bySpan.set(span, best)
  }

  if (replaced.size > 0) {
    let kept = 0
    for (const item of candidates) if (!replaced.has(item)) candidates[kept++] = item
    candidates.length = kept
  }

  if (inserted.length > 0) insertSorted(candidates, sorted(inserted))
  return result
}

/**
 * The head of `view[from..to)` when that is one to three lowercase words
 * (after a possessive) ending in a noun-like head: not a role (handled as
 * “Pentagon spokesman”), and no function word, adverb or light verb among
 * them (“Trump at the time”, “Kaine now”, “Trump made similar”).
 */
function lowercaseHead(view: string, from: number, to: number): string | undefined {
  if (to - from > 48) return undefined
  const match = /^(?:['’]s?)?((?:\s[a-z\d][a-z\d,.'’-]*){1,3})$/.exec(view.slice(from, to))
  if (!match) return undefined
  const words = match[1]!.trim().split(/\s+/)
  if (words.some((item) => headStops.has(item))) return undefined
  const last = words[words.length - 1]!.replace(/['’]s?$/, '')
  return roles.has(last) ? undefined : last
}

/**
 * Whether a lowercase word goes on right after `end`, in the same phrase
 * (“Black circles show”, “Scrappy debate signals”): after a capitalized
 * word that opens the sentence and is no name elsewhere, that word is its
 * modifier. Not before a pronoun or a function word: “Trump himself said”,
 * “Kaine now says”.
 */
function modifiesNext(view: string, end: number): boolean {
  if (view.charCodeAt(end) !== 32) return false
  let stop = end + 1
  while (stop < end + 16) {
    const code = view.charCodeAt(stop)
    if (code < 97 || code > 122) break
    stop++
  }

  if (stop === end + 1) return false
  const next = view.slice(end + 1, stop)
  return !pronouns.has(next) && !headStops.has(next)
}

/**
 * Whether a name word before a lowercase head is a common word: the head is
 * a known noun (“union”, “percent”), or a plural (“averages”, “users”) and
 * the article writes the name word in lowercase too (a plural may be a verb:
 * “Trump spews”).
 */
function commonBeforeHead(head: string | undefined, word: string, lowercase: (word: string) => boolean): boolean {
  if (head === undefined) return false
  return knownHead(head) || (/[^s]s$/.test(head) && !head.endsWith('ous') && (lowercase(word) || adjectiveShaped.test(word) || countAdjectives.has(word)))
}

/** Adjectives that count what they modify, no one’s name (“Multiple outlets reported”). */
const countAdjectives = new Set(['multiple', 'numerous', 'countless'])

/** Plural shares that speak alone (“Majorities in many countries see”). */
const pluralShares = new Set(['majorities', 'minorities'])

/**
 * A word with an adjective’s ending, long enough to be no short surname
 * (“Neal”, “Clive”): before a plural head it is the head’s modifier even
 * if the article never writes it in lowercase (“Financial markets said”).
 */
const adjectiveShaped = /^[a-z]{3,}(?:ial|ical|ional|eral|ive|ous|ful)$/

/** Whether a word heads descriptions of groups, bodies, documents or shares. */
function knownHead(word: string): boolean {
  return (
    groupHeads.has(word) ||
    orgHeads.has(word) ||
    // (Bodies in the plural: “Lower courts”, “Public colleges”.)
    (word.endsWith('s') && orgHeads.has(word.slice(0, -1))) ||
    organizationNouns.has(word) ||
    documentHeads.has(word) ||
    shares.has(word) ||
    evidenceHeads.has(word) ||
    pluralNoun(word)
  )
}

/**
 * A plural noun for people by what they do or where they are from
 * (“Respondents”, “Analysts”, “Parisians”): alone at a sentence’s start, and
 * in no other name (not “Clements said” after “Bill Clements”), no one’s name.
 * (Five letters before “-ents”: not a lone surname, “Clements said”.)
 */
const agentPlural = /^(?:[a-z]{5,}ents|[a-z]{3,}(?:ists|ians))$/

/** Plurals of abstract nouns (“Details”, “Demographics”, “Investigations”): no one, alone. */
const abstractPlural = /^(?:[a-z]{3,}(?:tions|sions|ics)|details)$/

/** Heads of what shows or tells besides documents (“Recent polling shows”, “Social media has added”). */
const evidenceHeads = new Set(['polling', 'media', 'photos', 'images', 'numbers', 'results', 'returns', 'coverage', 'forecasts', 'tallies', 'counts', 'reports', 'reporting'])

/**
 * How many name candidates hold each word: a one-word name at a sentence
 * start that the article also writes in lowercase is a common word unless
 * another name holds it (“Talk compared …”, not “White said” after “Ms.
 * White”).
 */
function countNameWords(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of candidates) {
    if (item.mentionKind !== 'name') continue
    for (const [index, word] of item.words.entries()) {
      if (item.words.indexOf(word) === index) counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }

  return counts
}

/**
 * Words that show that lowercase words after a name are not the head of a
 * noun phrase: function words, adverbs of time and manner, light verbs
 * (“Trump at the time”, “Kaine now”, “Carter however”, “Trump made similar”).
 */
const headStops = new Set(
  'the a an at in on of for to from with by as and or but now then today however also too still again instead alone made makes said says has had have was is were are'.split(
    ' '
  )
)

/** Whether a (lowercase) word is the plural of a noun for people (“friends”, “neighbors”). */
function pluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && (personNouns.has(word.slice(0, -1)) || roles.has(word.slice(0, -1)))
}

/**
 * Insert `extra` into `list`, both sorted by position, keeping `list` sorted
 * (as a stable sort of the two would: on ties, `list`’s items first), by
 * merging from the back rather than sorting everything again.
 */
function insertSorted(list: Candidate[], extra: Candidate[]): void {
  // Nearly always in order already; `sorted` sorts in place when not.
  sorted(list)
  let a = list.length - 1
  let b = extra.length - 1
  // Room at the end (overwritten as the merge goes).
  for (const item of extra) list.push(item)
  let at = list.length - 1
  while (b >= 0) {
    if (a >= 0 && byPosition(list[a]!, extra[b]!) > 0) list[at--] = list[a--]!
    else list[at--] = extra[b--]!
  }
}

/**
 * The role of a description, without its determiner or possessor (“The
 * company’s chief executive” → “chief executive”), if it ends in a role.
 */
function roleTitle(text: string): string | undefined {
  const words = collapse(text).split(' ')
  const last = words[words.length - 1]!.toLowerCase()
  if (!roles.has(last)) return undefined
  let first = 0
  for (let index = 0; index < words.length - 1; index++) {
    const lower = words[index]!.toLowerCase()
    if (lower === 'the' || lower === 'a' || lower === 'an' || possessivePronouns.has(lower) || /[’']s?$/.test(lower)) first = index + 1
  }

  // (“at least one official”: a count of a generic role titles no one.)
  while (first < words.length - 1 && countWords.has(words[first]!.toLowerCase())) first++
  if (first === words.length - 1 && genericRoles.has(last)) return undefined
  return words.slice(first).join(' ')
}

/** What joins a role to the body after it (“head *of the* Alliance”). */
const bodyPreposition = /\s+(?:of|for|at|with)(?:\s+the)?\s*$/i

/** Words that count people before a role (“at least *one* official”). */
const countWords = new Set(['at', 'least', 'one', 'two', 'three', 'several', 'some', 'another', 'other'])
/** Roles too generic to title anyone alone (“an official”). */
const genericRoles = new Set(['official', 'source', 'person', 'aide', 'member'])

/** A person named between commas right after offset `end`, if any. */
function appositiveName(view: string, candidates: Candidate[], end: number): Candidate | undefined {
  const next = candidates[firstAtOrAfter(candidates, end)]
  // (From its title on: “one official, Atlanta Fed President Raphael Bostic,”.)
  const start = next && next.titleStart < next.start ? next.titleStart : next?.start
  // (After “the” and a word or two too: “her mentor, the paleontologist Louis Leakey,”.)
  if (!next || start === undefined || next.mentionKind !== 'name' || start - end > 40) return undefined
  // (A given name alone is a person after a person’s noun: “His wife, Linda,
  // says”; a body’s name after a body’s noun: “Ticketmaster’s parent
  // company, Live Nation Entertainment, said”.)
  if (next.type !== 'person') {
    // (The word before is read only for the kinds that need it.)
    if (next.type !== 'unknown' && next.type !== 'organization') return undefined
    const word = lastWord(view, end)
    // (And after a lowercase noun no role or kin makes a person's: “The
    // developer, Bayview Partners, said”.)
    if (
      !(next.type === 'unknown' && personalNoun(word)) &&
      !(next.type === 'organization' && (orgDescriptions.has(word) || (word.length > 0 && lowercaseAt(view, end - word.length) && !roles.has(word) && !kin.has(word))))
    ) {
      return undefined
    }
  }
  // (Past a short lowercase adjunct too: “the party’s leader in parliament, Mathilde Panot”.)
  if (!/^(?:\s(?:in|at|on|for)\s\p{Ll}+(?:\s\p{Ll}+)?)?,\s{1,2}(?:the\s(?:[\p{Ll}-]+\s){0,2})?$/u.test(view.slice(end, start))) return undefined
  // (Or ending the sentence, after a cue: “…,” said a spokesman, John Smith.)
  // (Or after the body the person is of: “Her colleague, Madeleine van
  // Oppen of the Australian Institute of Marine Science, said”.)
  // (After a description only: “Morton Blackwell, the Republican National
  // Committeeman from Virginia, told” names no one new.)
  let afterEnd = next.afterEnd
  if (view.charCodeAt(afterEnd) === 32 && lowercaseAt(view, view.lastIndexOf(' ', end - 1) + 1)) {
    bodyAfterName.lastIndex = afterEnd
    if (bodyAfterName.test(view)) afterEnd = bodyAfterName.lastIndex
  }

  const after = view.charCodeAt(afterEnd)
  return after === 44 || after === 46 || after === 33 || after === 63 || Number.isNaN(after) ? next : undefined
}

/** Whether a sentence ends at `index` (“.”, “!”, “?” or the text's end). */
function sentenceEndAt(view: string, index: number): boolean {
  const code = view.charCodeAt(index)
  return code === 46 || code === 33 || code === 63 || Number.isNaN(code)
}

/** Whether the character at `index` is a lowercase letter. */
function lowercaseAt(view: string, index: number): boolean {
  const code = view.charCodeAt(index)
  return (code >= 97 && code <= 122) || (code > 127 && /\p{Ll}/u.test(view.charAt(index)))
}

/** “ of the Australian Institute of Marine Science” after a name: capitalized words, and “of”, “and”, “for”, “the” inside (bounded). */
const bodyAfterName = /\s(?:of|at|from)\s(?:the\s)?\p{Lu}[\p{L}.&’'-]{0,30}(?:\s(?:(?:of|and|for|the)\s){0,2}\p{Lu}[\p{L}.&’'-]{0,30}){0,7}/uy

/** The gender a person’s noun says (“wife”, “spokesman”), if any. */
function nounGender(noun: string): 'female' | 'male' | null {
  return kin.get(noun) ?? roleGender.get(noun) ?? null
}

/** Whether a word names a person by role or relation (“spokesman”, “wife”). */
function personalNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return roles.has(lower) || personNouns.has(lower)
}

/**
 * Whether `item` is a possessive that a mention ending at `end` goes on
 * after (“*Trump’s* spokeswoman”, “*Clinton’s* campaign”).
 */
function possessor(view: string, item: Candidate, end: number): boolean {
  if (item.type === 'document' || item.type === 'pronoun' || item.end + 3 >= end) return false
  const code = view.charCodeAt(item.end)
  if (code !== 0x2019 && code !== 0x27) return false
  const next = view.charCodeAt(item.end + 1)
  // “Trump’s”, and “the Joneses’” (a bare apostrophe after an “s”).
  return ((next === 0x73 || next === 0x53) && view.charCodeAt(item.end + 2) === 32) || (next === 32 && view.charCodeAt(item.end - 1) === 0x73)
}

/**
 * Whether `item` is a possessive pronoun that a mention ending at `end` goes
 * on after to name someone else: a role, a person or a body (“*his*
 * spokesman”, “*her* lawyer”, “*his* campaign”), not the owner’s own words
 * (“his comments”, “excerpts of his speech” stay the owner’s).
 */
function possessivePronoun(view: string, item: Candidate, end: number): boolean {
  if (item.type !== 'pronoun' || item.end + 3 >= end || !possessivePronouns.has(view.slice(item.start, item.end).toLowerCase())) return false
  const rest = collapse(view.slice(item.end, end)).toLowerCase().split(' ')
  const last = rest[rest.length - 1]!
  return rest.length <= 2 && (roles.has(last) || personNouns.has(last) || orgHeads.has(last) || organizationNouns.has(last) || kin.has(last))
}

/** A word without a contracted verb after it (“she’ll” → “she”, “we’ve” → “we”). */
function withoutContraction(lower: string): string {
  // (The pattern only when there is an apostrophe: most words have none.)
  return lower.includes('’') || lower.includes("'") ? lower.replace(/[’'](?:ll|d|ve|re|m|s)$/, '') : lower
}

/**
 * A mention’s text, lowercase, as the pronoun tests read it: without a
 * contracted verb (“who’d” → “who”), and only its first word when that is a
 * contracted first- or second-person pronoun (“I’d hope”, “You’ve got”, and
 * NYT’s “''I’ve” with the quote’s apostrophes) — the pronoun, not a person.
 */
function personWord(text: string): string {
  const lower = collapse(text).toLowerCase()
  // The first word, past opening quotation marks (as `.replace(/^['‘’"“]+/, '').split(' ', 1)[0]`, without the copies).
  let from = 0
  while (openingMarks.has(lower.charCodeAt(from))) from++
  const space = lower.indexOf(' ', from)
  const first = from === 0 && space < 0 ? lower : lower.slice(from, space < 0 ? lower.length : space)
  const bare = withoutContraction(first)
  // One word: “who’d” is “who”, “That’s” is “that”.
  if (!lower.includes(' ')) return bare
  return bare !== first && (firstPerson.has(bare) || secondPerson.has(bare)) ? bare : lower
}

/** Codes of the quotation marks `personWord` skips at the start. */
const openingMarks = new Set([...'\'‘’"“'].map((mark) => mark.charCodeAt(0)))

/** “I”, “we”: inside a quotation, its speaker (see `firstPersonSources`); else the writer, no source. */
const firstPerson = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves'])

/** “you”: the reader or the one spoken to, no source. */
const secondPerson = new Set(['you', 'your', 'yourself', 'yourselves'])

/** Relative pronouns: the name they follow (“Leahy, who wrote …”). */
const relativePronouns = new Set(['who', 'whom', 'whose', 'which', 'that'])

/**
 * Whom a relative `who` at `at` refers to (“Leahy, who wrote …”): a
 * candidate named right before (see {@link relativeAntecedent}), also one an
 * earlier mention made (“said one Democrat familiar with the discussion,
 * who added …”), else a description before it (“a campaign surrogate who
 * said”, “developers who sought”), made and put in `inserted`.
 */
function whoAntecedent(doc: Doc, candidates: Candidate[], inserted: Candidate[], at: number): Candidate | undefined {
  const named = relativeAntecedent(doc.view, candidates, at) ?? (inserted.length > 0 ? relativeAntecedent(doc.view, sorted(inserted), at) : undefined)
  if (named) return named
  // “Rep. Chip Roy, a Texas Republican who had threatened …”: the party
  // appositive is no candidate of its own; the name before it is.
  for (let k = firstAtOrAfter(candidates, at) - 1; k >= 0 && at - candidates[k]!.end < 60; k--) {
    const item = candidates[k]!
    if (item.end > at) continue
    if (item.type === 'person' && partyAppositive.test(doc.view.slice(item.end, at))) return item
    break
  }

  let phrase = antecedentPhrase(doc.view, at)
  // (After a preposition, a phrase for no people is not what the clause is
  // about: the name or phrase before the preposition is, “Democrats across
  // the country, who”, “opponents on the left, who”.)
  if (phrase && phrase.preposition >= 0 && !peopleWord(phrase.head)) {
    const before = relativeAntecedent(doc.view, candidates, phrase.preposition)
    if (before && (before.type === 'person' || before.type === 'group' || before.type === 'anonymous' || before.type === 'title')) return before
    phrase = antecedentPhrase(doc.view, phrase.preposition)
    if (phrase && !peopleWord(phrase.head)) return undefined
  }

  if (!phrase) return undefined
  const description = looseCandidate(doc, phrase.start, phrase.end)
  // (“The party’s top figures, who”: people, not the statistics the head may also be.)
  if (!description || description.type === 'document') return undefined
  inserted.push(description)
  return description
}

/**
 * The candidate a relative `who` at `at` refers to: the one right before
 * it (after `,`, a dash or `(`), or, when that one only completes an earlier
 * name — the object of its preposition (“Sen. Ted Cruz of Texas, who”), the
 * body in its appositive (“Matt Duss, the president of the Foundation for
 * Middle East Peace, who”), a place after a place (“a truck driver from Ava,
 * Mo., who”) — that earlier one. Never a place: a place takes no “who”.
 */
function relativeAntecedent(view: string, candidates: Candidate[], at: number): Candidate | undefined {
  // The outermost candidate that ends there (“one Democrat familiar with the
  // discussion, who”, not “the discussion”).
  let index = -1
  for (let k = firstAtOrAfter(candidates, at) - 1; k >= 0 && at - candidates[k]!.start < 200; k--) {
    const end = candidates[k]!.end
    if (end <= at && at - end <= 4 && relativeGap.test(view.slice(end, at))) index = k
  }

  let item = candidates[index]
  if (!item) return undefined
  while (index > 0) {
    const previous = candidates[index - 1]!
    if (item.start - previous.end > 120 || previous.end > item.start) break
    const gap = view.slice(previous.end, item.start)
    const completes =
      ((item.type === 'organization' || item.type === 'org-description' || item.type === 'place') && prepositionGap.test(gap)) ||
      (appositiveGap.test(gap) && !/\b(?:who|which|that|said|says|told)\b/i.test(gap)) ||
      // (“Ava, Mo.”, “New York, Los Angeles and Seattle”.)
      (item.type === 'place' && (previous.type === 'place' || previous.type === 'organization' || previous.type === 'unknown') && /^,?\s+(?:and\s+)?$|^,\s*$/.test(gap))
    if (!completes) break
    item = previous
    index--
  }

  return item.type === 'place' ? undefined : item
}

/** A party appositive between a name and its `who` (“, a Texas Republican ”, “, a Democrat from Ohio ”). */
const partyAppositive = /^,\s+(?:a|an)\s+(?:[A-Z][\p{L}.’'-]*\s+){0,3}(?:Democrat|Republican|Independent|Libertarian)(?:\s+(?:from|of)\s+(?:[A-Z][\p{L}.’'-]*\s+){1,3})?\s*$/u

/** Between what a relative `who` follows and the `who`: `,`, `(`, a dash, or only space. */
const relativeGap = /^\s*(?:,|\(|—|–|\s--)?\s*$/

/** Between a name and the body or place its preposition names (“Cruz of Texas”, “analyst at Jefferies”). */
const prepositionGap = /^\s+(?:of|from|at|in|with|for|on|across|around|throughout|within)\s+(?:the\s+)?$/i

/**
 * Between a name and a body named inside its appositive: “Matt Duss, the
 * president of the”, “Howard Rubel, a senior analyst at”, “Paul Porter, a
 * truck driver from” (lowercase words and prepositions only).
 */
const appositiveGap = /^,\s+(?:\d{1,3},\s+)?(?:(?:then|now|also|once|formerly)\s+)?(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}\p{Lu}][\p{L}’'-]*\s+){0,6}?(?:of|from|at|in|with|for|on|to)\s+(?:the\s+)?$/u

/**
 * The description a relative `who` at `at` follows when no candidate does:
 * up to four lowercase words after a determiner (“a campaign surrogate”,
 * “several women”, “the political novice”), or without one ending in a
 * plural or an indefinite pronoun (“developers”, “whites,”, “somebody”);
 * `undefined` for anything else.
 */
function antecedentPhrase(view: string, at: number): {start: number; end: number; head: string; preposition: number} | undefined {
  const from = Math.max(0, at - 80)
  const words: Array<[number, number]> = []
  antecedentWord.lastIndex = 0
  const before = view.slice(from, at)
  let match: RegExpExecArray | null
  while ((match = antecedentWord.exec(before))) words.push([from + match.index, from + match.index + match[0].length])
  const last = words[words.length - 1]
  if (!last || !relativeGap.test(view.slice(last[1], at))) return undefined
  let first = words.length
  let determiner = false
  while (first > 0 && words.length - first < 5) {
    const [start, end] = words[first - 1]!
    // Words one space apart, no punctuation between.
    if (first < words.length && !/^\s+$/.test(view.slice(end, words[first]![0]))) break
    const text = view.slice(start, end)
    if (!/^\p{Ll}/u.test(text)) break
    if (antecedentDeterminers.has(text)) {
      determiner = first < words.length
      if (determiner) first--
      break
    }

    if (antecedentStops.has(text) || words.length - first === 4) break
    first--
  }

  // (Without a determiner, a verb before the noun is no part of it: “by
  // slamming candidates who”.)
  if (!determiner) while (first < words.length - 1 && /(?:ing|ed|ly)$/.test(view.slice(words[first]![0], words[first]![1]))) first++
  if (first === words.length) return undefined
  const head = view.slice(last[0], last[1]).toLowerCase()
  if (!determiner && !(/^\p{Ll}{3,}[^s’'\W]s$/u.test(head) || indefinites.has(head))) return undefined
  const previous = words[first - 1]
  const preposition =
    previous && /^\s+$/.test(view.slice(previous[1], words[first]![0])) && antecedentPrepositions.has(view.slice(previous[0], previous[1])) ? previous[0] : -1
  return {start: words[first]![0], end: last[1], head, preposition}
}

const antecedentPrepositions = new Set('of for to in on at by with from about across into over under after before among like'.split(' '))

/** Whether a lowercase head names people (“developers”, “a gunman”, “voters”, “critics”). */
function peopleWord(head: string): boolean {
  return (
    groupHeads.has(head) ||
    anonymousHeads.has(head) ||
    indefinites.has(head) ||
    roles.has(head) ||
    personNouns.has(head) ||
    pluralNoun(head) ||
    /^(?:people|women|men|children|folks)$/.test(head) ||
    /(?:er|or|ist|ian|ant|ent)s?$/.test(head)
  )
}

const antecedentWord = /[\p{L}\d][\p{L}\d’'-]*/gu

const antecedentDeterminers = new Set('a an the some many several other these those two three four five his her their its our your'.split(' '))

/** Words no description before `who` holds: function words, auxiliaries, pronouns. */
const antecedentStops = new Set(
  (
    'of for to in on at by with from about than as and or but nor if so because while across into onto over under after before ' +
    'is are was were be been being am has have had do does did will would can could should may might must ' +
    'that which who whom whose what not no there it they them we us he him she her i you me this'
  ).split(' ')
)

/** The role word(s) between `from` and `end` when that is all there is (“ spokesman”, “ press secretary”), else `undefined`. */
function roleAfter(view: string, from: number, end: number): string | undefined {
  const rest = collapse(view.slice(from, end))
  if (!rest || rest.length > 40 || !/^[\p{Ll} -]+$/u.test(rest)) return undefined
  const words = rest.split(' ')
  const last = words[words.length - 1]!
  return words.length <= 3 && roles.has(last) && !anonymousHeads.has(last) ? rest : undefined
}

/**
 * The person in `role` after `body` (see `linkTargets`): with “the”, a title,
 * which names someone already known when it can (after a place, only that
 * place’s: “the Vermont senator” is not any senator named before); else a
 * person described, with the body as affiliation.
 */
function roleCandidate(doc: Doc, target: Target, body: Candidate, role: string): Candidate {
  const text = collapse(doc.view.slice(target.start, target.end))
  const last = role.slice(role.lastIndexOf(' ') + 1).toLowerCase()
  const paragraph = paragraphOf(doc, target.start)
  const fields: Partial<Candidate> = {
    speaker: true,
    gender: roleGender.get(last) ?? null,
    // (Or a word no finder could tell before the role, when the resolver
    // links it to a body: “A Halcyon spokeswoman” of “Halcyon Power”, not “A
    // Trump spokeswoman”. After the role, “A representative for Perplexity”
    // represents it.)
    affiliationRange: body.type === 'organization' || (body.type === 'unknown' && body.end < target.end) ? [body.start, body.end] : null,
    affiliationNamed: body.type === 'unknown'
  }
  if (/^the\s/i.test(text)) {
    // (No title of its own: the title names its role, and a second one would
    // repeat “Sen.” as “senator”.)
    const key = (body.type === 'place' ? body.name.toLowerCase() + ' ' : '') + roleKey(last, role.split(' ').at(-2))
    return candidate('title', target.start, target.end, null, paragraph, 'title', text.slice(4), key, fields)
  }

  return candidate('unknown', target.start, target.end, null, paragraph, 'description', text, text.toLowerCase(), {...fields, type: 'person', titles: [role]})
}

/**
 * The role words between a mention’s start and the body after them when
 * that is all there is (“A spokesman for ”, “The campaign manager for the ”),
 * else `undefined`.
 */
function roleBefore(view: string, start: number, bodyStart: number): string | undefined {
  if (bodyStart - start > 60) return undefined
  const match = /^(?:(?:a|an|the|one)\s+)?((?:[\p{Ll}-]+\s+){0,2}(?:chief\s+of\s+staff|[\p{Ll}-]+))\s+(?:for|of|to|at|with|from)\s+(?:the\s+)?$/iu.exec(view.slice(start, bodyStart))
  if (!match) return undefined
  const role = collapse(match[1]!)
  // (“a former chief of staff to Sen. Kline”: a chief’s role.)
  const last = role.endsWith('chief of staff') ? 'chief' : role.slice(role.lastIndexOf(' ') + 1).toLowerCase()
  return roles.has(last) && !anonymousHeads.has(last) ? role : undefined
}

/** Roles of someone from a place (“a resident of Wuzhou”). */
const placeRoles = new Set(['resident', 'native', 'citizen', 'villager', 'farmer', 'shopkeeper'])

/** The lowercase word ending at `end`. */
function lastWord(view: string, end: number): string {
  let start = end
  while (start > 0 && wordPart(view.charCodeAt(start - 1))) start--
  return view.slice(start, end).toLowerCase()
}

/** Whether a character is a letter, an apostrophe or a hyphen (as `/[\p{L}’'-]/u` reads it; ASCII without the pattern). */
function wordPart(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45
  return code === 0x2019 || letterPattern.test(String.fromCharCode(code))
}

const letterPattern = /\p{L}/u

/**
 * “Clinton campaign chairman John Podesta”, “Montclair State University
 * political scientist Brigid Harrison”: the person a title is about, not
 * the organization before the title.
 */
function titledPerson(best: Candidate, item: Candidate, view: string): boolean {
  // (Or after a name that is no known body, before the title: “Latino
  // Decisions researcher Sylvia Manzano”, whose title says who speaks.)
  // (Or after a lone nationality read as a group, lowercase words between:
  // “Chinese foreign ministry spokeswoman Mao Ning”.)
  return (
    item.type === 'person' &&
    item.start > best.end &&
    (best.type === 'organization' ||
      (best.type === 'person' && item.titles.length > 0 && item.titleStart <= best.end + 2) ||
      (best.type === 'group' && !/\s/.test(view.slice(best.start, best.end)) && item.titles.length > 0 && item.titleStart - best.end < 40 && /^(?:\s\p{Ll}+)*\s$/u.test(view.slice(best.end, item.titleStart))))
  )
}

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

/**
 * Whether `start` is inside a relative clause (“Tata Electronics, which is
 * building a fab in *Dholera*, said”, “Two women who led the strike at *St.
 * Mary’s Hospital* say”): what follows the clause is its head’s statement,
 * not this name’s.
 */
function inRelativeClause(view: string, start: number): boolean {
  const limit = Math.max(0, start - 120)
  for (let index = start - 1; index >= limit; index--) {
    const code = view.charCodeAt(index)
    if (code === 44) return relativeOpener.test(view.slice(index + 1, index + 9))
    // (Or without commas: “Two women who led the strike at *St. Mary’s Hospital* say”.)
    if (code === 119 && view.charCodeAt(index - 1) === 32 && view.startsWith('who ', index)) return true
    // (A sentence end, a quotation mark or a line: no clause of this statement.)
    if (code === 46 || code === 33 || code === 63 || code === 10 || code === 0x20_1c || code === 0x20_1d || code === 34) return false
  }

  return false
}

/** A relative clause opening after a comma (“, which is building …”). */
const relativeOpener = /^\s{1,3}(?:which|who|whose|where)\s/

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
      } else if (statementAfter(view, item.afterEnd) && !inRelativeClause(view, item.titleStart)) {
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

/** A relative clause after a description that says why it goes unnamed (“, who asked not to be named”, “, who spoke on condition of anonymity”). */
const unnamedAfter =
  /,?\s{1,2}who\s{1,2}(?:(?:asked|requested|insisted)\s{1,2}(?:not\s{1,2}to|to\s{1,2}not)\s{1,2}be\s{1,2}(?:named|identified)|declined\s{1,2}to\s{1,2}be\s{1,2}(?:named|identified)|(?:spoke|talked)\s{1,2}(?:on|under)\s{1,2}(?:the\s{1,2})?condition\s{1,2}of\s{1,2}anonymity|requested\s{1,2}anonymity)\b/y

/**
 * The gender of the first “she”, “her”, “he”, “his” or “him” in the clause
 * from `from` to its comma or period (at most 120 characters): “… because
 * *she* feared retaliation,”.
 */
function clauseGender(view: string, from: number): 'female' | 'male' | null {
  const to = Math.min(view.length, from + 120)
  let start = -1
  for (let index = from; index <= to; index++) {
    const code = index < to ? view.charCodeAt(index) : 32
    const letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
    if (letter) {
      if (start < 0) start = index
      continue
    }

    if (start >= 0 && index - start <= 3) {
      const found = view.slice(start, index).toLowerCase()
      if (found === 'she' || found === 'her') return 'female'
      if (found === 'he' || found === 'his' || found === 'him') return 'male'
    }

    start = -1
    if (code === 44 || code === 46 || code === 59) break
  }

  return null
}

/**
 * A candidate for an attribution mention that no finder produced: its kind
 * guessed from its words.
 */
function looseCandidate(doc: Doc, start: number, end: number, sentenceCase = false): Candidate | undefined {
  const text = collapse(doc.view.slice(start, end))
  if (!text) return undefined
  const paragraph = paragraphOf(doc, start)
  const words = text.split(' ')
  const first = words[0]!.toLowerCase()
  const last = words[words.length - 1]!.toLowerCase().replace(/[’']s?$/, '')
  const lower = text.toLowerCase()
  // “She’ll say”, “I’d argue”: the pronoun, not a person named “She’ll”.
  const pronoun = pronouns.get(withoutContraction(lower))
  if (pronoun) {
    return candidate('pronoun', start, end, null, paragraph, 'pronoun', text, lower, {
      speaker: true,
      pronoun,
      plural: pronoun === 'they',
      gender: pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : pronoun === 'it' ? 'neuter' : null
    })
  }

  // “The U.S. declared …”: a country that speaks (its government), which the
  // name finder leaves to the places.
  const country = words.length === 2 && first === 'the' ? words[1]! : words.length === 1 ? words[0]! : ''
  if (country !== '' && /^\p{Lu}/u.test(country) && places.has(country.toLowerCase())) {
    return candidate('organization', start, end, null, paragraph, 'name', country, country.toLowerCase(), {speaker: true, gender: 'neuter'})
  }

  // A verb, a modal or an adverb the attribution took for its subject (“he
  // cannot comment”, “fueling worries”, “please ask”) names no one.
  // (Nor does a bare verb after “to”, a modal or a negation: “to answer questions”, “wouldn’t discuss”.)
  // (Modals and the like capitalized too: “Let’s see if he …”; and a
  // headline’s verb: “Spurns offer, blasts …”; and the first word of a
  // sentence opening with a phrase, “Inside the hotel, Trump …”, “Former
  // prosecutor … Rudy Giuliani”.)
  if (words.length === 1 && (notSubjects.has(withoutContraction(first)) || headlineVerbs.has(first) || openingAdverbials.has(first) || (/^\p{Ll}/u.test(text) && (/..(?:ed|ing)$/.test(first) || bareVerbAfter(doc.view, start, first))))) {
    return undefined
  }

  // “Nobody said”, “Anyone who …”: someone unnamed and unknown.
  if (words.length === 1 && indefinites.has(first)) {
    return candidate('unknown', start, end, null, paragraph, 'description', lower, lower, {speaker: true})
  }

  // “Others said”, “Nearly half said”, “Six in 10 said”, “Twelve percent
  // indicated”: a share of people, named by the whole phrase.
  if (shareOfPeople(words, first, last)) {
    // (Named in the case of the words after the first: “everyone I interviewed”.)
    const name = first + text.slice(words[0]!.length)
    return candidate('group', start, end, null, paragraph, 'description', name, lower, {speaker: true, plural: true})
  }

  const definite = /^(?:the|this|that|these|those)$/.test(first)
  // (Or before a prepositional phrase: “Video of the incident”, “Footage from the game”.)
  const of = words.findIndex((word, index) => index > 0 && postmodifiers.has(word))
  const documentClass = documentHeads.get(last) ?? spokenDocuments.get(last) ?? (of > 0 ? documentHeads.get(words[of - 1]!.toLowerCase()) : undefined)
  if (documentClass) {
    // “its annual report” is named “annual report”, like “the memo” “memo”.
    const determined = definite || first === 'a' || first === 'an' || possessivePronouns.has(first)
    // (“its own report”, “the department’s own report”: “own” sets it apart
    // from someone else’s, and names nothing.)
    const kept = words.filter((word, index) => index === 0 || word.toLowerCase() !== 'own')
    const name = determined ? kept.slice(1).join(' ') : sentenceCase ? first + kept.join(' ').slice(words[0]!.length) : kept.join(' ')
    const found = candidate('document', start, end, null, paragraph, 'description', name, documentClass, {
      speaker: true,
      definite,
      gender: 'neuter'
    })
    // “own” sets it apart from an earlier one of its kind (“the department’s
    // own report” is no “analysis by the commission”; see `compatible`).
    // (Not its other words: they often describe the same one again, “a new
    // online ad” … “the nearly 90-second ad”, “A popular column” … “the Vox
    // Populi column”.)
    if (kept.length < words.length) found.modifiers = ['own']
    // (“Data compiled by LSEG show …”: its author, as for “the data”.)
    const agent = agentAfter(doc.view, end)
    if (agent) {
      found.agentAt = agent.at
      found.agentType = agent.type
    }

    return found
  }

  // (An abstract plural alone is no one either: “Details have not been
  // disclosed”, “Demographics favor Clinton”.)
  if (words.length === 1 && abstractPlural.test(first)) return undefined

  if (alwaysAnonymous.has(last) || words.some((word) => /^(?:anonymity|familiar)$/i.test(word))) {
    return candidate('anonymous', start, end, null, paragraph, 'anonymous', text, lower, {
      speaker: true,
      plural: /s$/.test(last) || last === 'people'
    })
  }

  // (“City staff”, “the bank’s staff”: a body’s people; not “chief of staff”.)
  if (groupHeads.has(last) || capitalGroups.has(last) || (last === 'staff' && words.length > 1 && words[words.length - 2]!.toLowerCase() !== 'of')) {
    return candidate('group', start, end, null, paragraph, 'description', text, lower, {speaker: true, plural: true})
  }

  if (anonymousHeads.has(last)) {
    return candidate('anonymous', start, end, null, paragraph, 'anonymous', text, lower, {speaker: true})
  }

  // (A bare capitalized role that no finder read as a name is one too, a
  // headline’s “Judge rejects …”: not someone named “Judge”; unless the
  // article has it end a name, a surname, “Mark Judge”.)
  if ((definite || (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(text) && !surnameIn(doc.view, text))) && roles.has(last)) {
    return candidate('title', start, end, null, paragraph, 'title', definite ? text : lower, roleKey(last, words[words.length - 2]), {speaker: true})
  }

  // “Trump’s spokeswoman”, “his lawyer”, “his campaign”: a role of
  // someone’s, which “the spokeswoman” may name again later; also after a
  // name of several words or a modifier (“Donald Trump’s campaign manager”,
  // not “Hillary Clinton’s campaign”, an organization).
  const possessive = words.findIndex((word) => /^\p{Lu}.*[’']s$/u.test(word))
  if (
    roles.has(last) &&
    ((words.length === 2 && (possessivePronouns.has(first) || possessive === 0)) ||
      (!orgHeads.has(last) && possessive >= 0 && possessive < words.length - 1 && words.length - possessive <= 3 && words.length <= 6))
  ) {
    return candidate('title', start, end, null, paragraph, 'title', text, roleKey(last, words[words.length - 2]), {
      speaker: true,
      titles: [words.slice(possessive >= 0 ? possessive + 1 : 1).join(' ')],
      gender: roleGender.get(last) ?? null
    })
  }

  // “the hurricane center”, “the transit authority”, “the association”: a
  // body already named (“the National Hurricane Center”) by its head word;
  // the resolver checks the modifiers against that name.
  if (definite && words.length >= 2 && words.length <= 4 && orgDescriptions.has(last) && !genericOrgDescriptions.has(last) && words.slice(1).every((word) => /^\p{Ll}[\p{Ll}-]*$/u.test(word))) {
    return candidate('org-description', start, end, null, paragraph, 'description', text, last, {speaker: true, gender: 'neuter'})
  }

  // (Or a lone one, capitalized to open a headline: “Newspaper: …”,
  // “Newspaper Says …”, as “the newspaper” names it.)
  if (words.length === 1 && orgDescriptions.has(first) && !genericOrgDescriptions.has(first) && /^\p{Lu}\p{Ll}+$/u.test(text) && !surnameIn(doc.view, text)) {
    return candidate('org-description', start, end, null, paragraph, 'description', lower, first, {speaker: true, gender: 'neuter'})
  }

  // “State media reported”, “Iranian state media”: the outlets, whatever the case.
  if (last === 'media' && words.length <= 3 && first !== 'social') {
    // (A common word capitalized only to start the sentence: “State media”; not “Iranian”.)
    const name = /^(?:state|local|national|foreign|news|the)$/.test(first) ? first + text.slice(words[0]!.length) : text
    return candidate('organization', start, end, null, paragraph, 'description', name, lower, {speaker: true, gender: 'neuter'})
  }

  // Lowercase descriptions: “a doctor” (a person), “the appeals court” (an
  // organization), “creditors” (a group).
  // (Or capitalized only as the sentence’s first word: “Social media users”;
  // or with capitalized modifiers before a lowercase head, not a body’s,
  // which is a name read below, and not someone’s things, read below too:
  // “The Republican presidential candidates”, “Donald J. Trump’s newly
  // installed campaign chief”, not “Turkish news” or “Trump’s hotels”.)
  if (
    sentenceCase ||
    // (A count opens one as an article does: “One firm said”.)
    !/^\p{Lu}/u.test(words[definite || determiners.has(first) ? 1 : 0] ?? '') ||
    (words.length > 1 && (possessive < 0 || roles.has(last)) && /^\p{Ll}/u.test(words[words.length - 1]!) && !orgHeads.has(last) && !organizationNouns.has(last))
  ) {
    const name = sentenceCase ? first + text.slice(words[0]!.length) : text
    // (The head before a phrase after it: “a parent at a Toppenish school”,
    // “a nurse at the hospital” are people, not the school.)
    // (Not a quantity’s idiom: “a host of new songs”.)
    const head = (of === 1 || (of === 2 && /^(?:a|an|one)$/.test(first))) && !(words[of] === 'of' && words[of - 1] === 'host') ? words[of - 1]!.toLowerCase() : last
    // (A count of people before a phrase is a group of them, not the place
    // or the body after it: “Many speakers at the service”.)
    if (of === 2 && pluralCounts.has(first) && (pluralNoun(words[1]!.toLowerCase()) || groupHeads.has(words[1]!.toLowerCase()))) {
      return candidate('group', start, end, null, paragraph, 'description', name, lower, {speaker: true, plural: true})
    }

    if (roles.has(head) || personNouns.has(head)) {
      // “Another neighbor, who asked not to be identified, said”: someone the
      // article will not name.
      unnamedAfter.lastIndex = end
      if (!definite && unnamedAfter.test(doc.view)) {
        return candidate('anonymous', start, end, null, paragraph, 'anonymous', name, lower, {speaker: true, gender: nounGender(head) ?? clauseGender(doc.view, unnamedAfter.lastIndex)})
      }

      return candidate('unknown', start, end, null, paragraph, 'description', name, lower, {speaker: true, type: 'person', gender: nounGender(head)})
    }

    if (orgHeads.has(last) || organizationNouns.has(last)) {
      return candidate('organization', start, end, null, paragraph, 'description', name, lower, {speaker: true, gender: 'neuter'})
    }

    if ((/[^s]s$/.test(last) || last === 'people' || last === 'men' || last === 'women') && (words.length > 1 || sentenceCase)) {
      return candidate('group', start, end, null, paragraph, 'description', name, lower, {speaker: true, plural: true})
    }

    if (sentenceCase) return candidate('unknown', start, end, null, paragraph, 'description', name, lower, {speaker: true})
  }

  // Someone’s things or people: “Mr. Trump’s rivals” (a group), “Monday
  // night’s results”, “Clinton’s track record” (no one named).
  if (possessive >= 0 && possessive < words.length - 1 && /^\p{Ll}/u.test(words[words.length - 1]!) && !orgHeads.has(last) && !organizationNouns.has(last) && !roles.has(last)) {
    if (groupHeads.has(last) || pluralNoun(last) || last === 'children' || last === 'people') {
      return candidate('group', start, end, null, paragraph, 'description', text, lower, {speaker: true, plural: true})
    }

    // (“Clinton’s husband”, “her right-hand woman”: a person.)
    return candidate('unknown', start, end, null, paragraph, 'description', text, lower, personNouns.has(last) ? {speaker: true, type: 'person', gender: nounGender(last)} : {speaker: true})
  }

  const bare = words.filter((word) => !honorifics.has(word.toLowerCase()) && !/^the$/i.test(word))
  if (bare.length > 0 && /^\p{Lu}/u.test(bare[0]!)) {
    const name = bare.join(' ')
    // (And “the NEA”: an acronym after “the” names a body; so do “Mexico’s
    // government”, “Assad’s regime”.)
    if (orgHeads.has(last) || places.has(lower) || (bare.length === 1 && definite && /^\p{Lu}{2,}$/u.test(name)) || (possessive >= 0 && (last === 'government' || last === 'regime'))) {
      return candidate('organization', start, end, null, paragraph, 'name', name, name.toLowerCase(), {
        speaker: true,
        gender: 'neuter'
      })
    }

    // (“Fact-checkers noted”, “The PACs said”: a plural by its shape is a group.)
    if (bare.length === 1 && pluralShapedName(name)) {
      return candidate('group', start, end, null, paragraph, 'name', name, name.toLowerCase(), {speaker: true, plural: true})
    }

    if (bare.length > 0 && !demonyms.has(last)) {
      // (A one-word name without “the”, as the name finder writes it: “The NEA estimates”.)
      // (“The Advocate had chided”: no person is called “the” and one word;
      // a body is, unless a person has that surname; see `asIt`.)
      const theOne = bare.length === 1 && words.length === 2 && first === 'the' && !last.endsWith('s') && !roles.has(last) && !placeNative(last)
      return candidate(bare.length > 1 ? 'person' : 'unknown', start, end, null, paragraph, 'name', theOne ? text.slice(4) : text, name.toLowerCase(), {
        speaker: true,
        asIt: theOne,
        words: bare.map((word) => word.toLowerCase())
      })
    }
  }

  // (“his brother said”: a person, whose gender the noun says.)
  if (kin.has(last)) return candidate('unknown', start, end, null, paragraph, 'description', text, lower, {speaker: true, type: 'person', gender: nounGender(last)})
  return candidate('unknown', start, end, null, paragraph, 'description', text, lower, {speaker: true})
}

/**
 * Whether a mention’s words are a share of people (“others”, “both”,
 * “nearly half”, “six in 10”, “almost 40 percent”, “some courses”) rather
 * than someone named: a quantifier alone, or a quantifier, approximator or
 * number before a plural or a share.
 */
function shareOfPeople(words: string[], first: string, last: string): boolean {
  // (“A mere 9 percent”, “a scant 20 percent”: the article and its adjective first.)
  if (words.length > 3 && (first === 'a' || first === 'an') && /^(?:mere|scant|whopping|full|staggering|paltry|bare|solid|record)$/i.test(words[1]!) && /^\d/.test(words[2]!)) {
    return shareOfPeople(words.slice(2), words[2]!.toLowerCase(), last)
  }

  // (“Half said”, “Two-thirds said”, “A third said”, “A majority said”; “42% say”.)
  if (words.length === 1) return pluralQuantifiers.has(first) || first === 'half' || fraction.test(first) || /^\d+(?:\.\d+)?%$/.test(first)
  if (words.length === 2 && (first === 'a' || first === 'one') && (shares.has(last) || fraction.test(last))) return true
  // “Everyone I interviewed”, “Most we spoke to”: a quantifier and a relative clause.
  if (pluralQuantifiers.has(first) && relativeSubjects.has(words[1]!.toLowerCase())) return true
  // “Those surveyed”, “those polled”, “those responding”.
  if (words.length === 2 && first === 'those' && /^\p{Ll}+(?:ed|ing)$/u.test(words[1]!)) return true
  // “42 percent of those responding”, “11% of Democratic voters”, “Thirty-one percent of those surveyed”.
  const of = words.indexOf('of')
  if (of > 0 && (/^\d/.test(first) || approximators.has(first) || pluralQuantifiers.has(first) || numberWord(first) !== undefined) && (shares.has(words[of - 1]!.toLowerCase()) || words[of - 1]!.endsWith('%'))) return true
  if (!(pluralQuantifiers.has(first) || approximators.has(first) || numberWord(first) !== undefined || /^\d/.test(first))) return false
  // “Two in three”, “About one in five”: a share out of a count, whatever it counts.
  const count = approximators.has(first) ? 1 : 0
  if (words.length === count + 3 && words[count + 1] === 'in' && countOf(words[count]!) && countOf(words[count + 2]!)) return true
  // (“One official”, “Two Republicans” are persons and groups the finders name.)
  return shares.has(last) || /^\d/.test(last) || (/[^s]s$/.test(last) && numberWord(first) === undefined && !/^\d/.test(first))
}

/**
 * What someone says or does, so that its possessor is the source
 * (“Clinton’s response”, “Starr’s remarks”); a closed list: most possessed
 * nouns are people (“Clinton’s Democratic opponent”).
 */
const speechNouns = new Set(
  (
    'response reaction answer reply argument arguments remarks comments words claim claims view views position stance message ' +
    'rhetoric attack attacks criticism criticisms account record research strategy support legacy challenge fusillade approach ' +
    'decision announcement explanation defense excuse point case reasoning theory warning warnings comment speech ' +
    'reporting tally interview testimony memoir'
  ).split(' ')
)

/** Prepositions that start a phrase after a noun phrase’s head. */
const postmodifiers = new Set(['of', 'from', 'in', 'on', 'at', 'for', 'with', 'by', 'about'])

/**
 * Whether `word`, starting at `start`, reads as a bare verb: after “to”
 * (not “according to”), a modal or a negation, and no plural, pronoun or
 * known head (“to answer”, “wouldn’t discuss”; not “according to data”).
 */
function bareVerbAfter(view: string, start: number, word: string): boolean {
  const before = view.slice(Math.max(0, start - 16), start)
  if (!/(?:\b(?:to|not|cannot|will|would|could|should|can|may|might|must|did|does|do)|n[’']t)\s+$/i.test(before) || /according\s+to\s+$/i.test(before)) return false
  return !word.endsWith('s') && !knownHead(word) && !anonymousHeads.has(word) && !pluralQuantifiers.has(word) && !indefinites.has(word) && !pronouns.has(word) && word !== 'one' && word !== 'either'
}

/** Lowercase words that are never the whole of a source’s mention (modals, auxiliaries: “Does the candidate have …”, “What’s more, …”). */
const notSubjects = new Set(
  'cannot can could will would should may might must shall please together able let let’s let\'s also not never just only even then now still already far ago does did do is are was were am has have had what'.split(' ')
)

/**
 * Words that open a sentence before its subject (a preposition, a
 * conjunction, an adverb, a title’s “Former”), never a subject alone (“Inside
 * the hotel conference center, Trump …”, “More from Jones: …”).
 */
const openingAdverbials = new Set(
  (
    'former inside outside when while after before since although though because if whether where why how then now still also even only just ' +
    'meanwhile however instead indeed moreover furthermore like unlike amid against across along around behind beyond near toward towards upon within ' +
    'earlier later today yesterday tomorrow tonight again once twice perhaps maybe overall already recently thus hence otherwise besides nonetheless nevertheless more'
  ).split(' ')
)

/** Words that count people in the plural (“*Many* speakers at the service”). */
const pluralCounts = new Set('many some several few two three four five six seven eight nine ten dozens hundreds thousands'.split(' '))

/** Indefinite pronouns for no one in particular. */
const indefinites = new Set('nobody none anyone anybody somebody another'.split(' '))

/** A fraction written as one word (“two-thirds”, “three-quarters”). */
const fraction = /^[a-z]+-(?:thirds|quarters|fourths|fifths|tenths)$/

/** Quantifiers that stand for several people on their own (“Others said”). */
const pluralQuantifiers = new Set('others both many most some several few all everyone everybody'.split(' '))

/** Whether `word` (letters only) ends a name somewhere in `view`: after a capitalized word, before no other (“Mark Judge”, not “District Judge Carlton Reeves”). */
function surnameIn(view: string, word: string): boolean {
  return new RegExp('\\p{Lu}\\p{Ll}+ ' + word + '(?!\\p{L}|\\s+\\p{Lu})', 'u').test(view)
}

/** Whether a word is a count, in digits or in words (“10”, “three”). */
function countOf(word: string): boolean {
  return /^\d+$/.test(word) || numberWord(word.toLowerCase()) !== undefined
}

/** Words before a number or a share (“nearly half”, “about 40 percent”). */
const approximators = new Set('nearly almost about roughly around approximately over under more fewer less least only just another'.split(' '))

/** Heads of a share of those asked (“percent”, “half”, “a third”). */
const shares = new Set('percent per cent half third thirds quarter quarters majority minority dozen dozens'.split(' '))

/** Nouns naming a person (beyond roles). */
const personNouns = new Set(
  (
    'man woman boy girl person mother father son daughter wife husband friend neighbor neighbour voter resident reader viewer questioner announcer caller ' +
    'neurosurgeon mogul tycoon donor narrator pilot heckler designer developer millionaire front-runner frontrunner fact-checker witness soldier protester protestor ' +
    'child gunman surrogate candidate nominee veteran student teenager novice neophyte politico'
  ).split(' ')
)

/** Nouns naming an organization (beyond organization head words). */
const organizationNouns = new Set(
  'government court panel family city state country nation county town village regime firm company television broadcaster radio'.split(' ')
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

function toSource(doc: Doc, entity: Entity): Source {
  const kind: SourceKind =
    entity.type === 'place' ? 'organization' : entity.type
  const flat = entity.mentions
  const count = flat.length / 3
  const order = mentionOrder(flat)
  // Count first, so the list is made at its size (no growing).
  let unique = 0
  let previousStart = -1
  let previousEnd = -1
  for (let item = 0; item < count; item++) {
    const at = (order ? order[item]! : item) * 3
    if (flat[at] === previousStart && flat[at + 1] === previousEnd) continue
    previousStart = flat[at] as number
    previousEnd = flat[at + 1] as number
    unique++
  }

  const mentions = new Array<Mention>(unique)
  unique = 0
  previousStart = -1
  previousEnd = -1
  for (let item = 0; item < count; item++) {
    const at = (order ? order[item]! : item) * 3
    const start = flat[at] as number
    const end = flat[at + 1] as number
    if (start === previousStart && end === previousEnd) continue
    previousStart = start
    previousEnd = end
    mentions[unique++] = {
      text: doc.input.slice(start, end),
      position: doc.location.position(start, end),
      kind: flat[at + 2] as MentionKind
    }
  }

  const relations: Relation[] = []
  if (entity.affiliation) {
    const id = entity.affiliation.id
    if (id) relations.push({type: entity.affiliationType, sourceId: id})
  }

  for (const relation of entity.relations) {
    const id = relation.entity.id
    if (id && !relations.some((item) => item.type === relation.type && item.sourceId === id)) {
      relations.push({type: relation.type, sourceId: id})
    }
  }

  return {
    id: entity.id!,
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
 * Indices of an entity’s mention triples sorted by start then end, or
 * `undefined` when they already are (linking goes in input order, so they
 * nearly always are).
 */
function mentionOrder(flat: Entity['mentions']): number[] | undefined {
  const count = flat.length / 3
  let sorted = true
  for (let index = 1; index < count && sorted; index++) {
    const start = flat[index * 3] as number
    const previousStart = flat[index * 3 - 3] as number
    sorted = previousStart < start || (previousStart === start && (flat[index * 3 - 2] as number) <= (flat[index * 3 + 1] as number))
  }

  if (sorted) return undefined
  const order: number[] = []
  for (let index = 0; index < count; index++) order.push(index)
  // A stable sort: equal mentions keep the kind they were first linked with.
  return order.sort((a, b) => (flat[a * 3] as number) - (flat[b * 3] as number) || (flat[a * 3 + 1] as number) - (flat[b * 3 + 1] as number))
}

/**
 * Name an organization known only as “his campaign”, “her office” by its
 * owner (“Bernie Sanders campaign”): the pronoun that opens its best
 * mention names the owner.
 */
function nameByOwner(candidates: readonly Candidate[], entityOf: (item: Candidate) => Entity | undefined): void {
  for (let index = 0; index < candidates.length; index++) {
    const item = candidates[index]!
    if (item.type !== 'organization' && item.type !== 'org-description') continue
    const entity = entityOf(item)
    if (!entity || entity.type !== 'organization' || entity.bestText !== item.name) continue
    const space = item.name.indexOf(' ')
    // (Only a first word of three letters can be one: most names are not
    // sliced and lowercased to be looked up.)
    const word = space === ownerPronounLength ? item.name.slice(0, space).toLowerCase() : ''
    if (!ownerPronouns.has(word)) continue
    // The pronoun is a candidate next to it, at the same start (the longer sorts first).
    const pronoun = [candidates[index + 1], candidates[index - 1]].find((other) => other?.type === 'pronoun' && other.start === item.start)
    const owner = pronoun ? entityOf(pronoun) : undefined
    // Only a named person of the pronoun’s gender: a wrong antecedent
    // would show in the name (“Zika campaign”).
    // (A full name: a lone word is more often misread — “Zika” as a person.)
    if (!owner || owner.type !== 'person' || owner.bestText === undefined || !/^\p{Lu}\S* \p{Lu}/u.test(owner.bestText)) continue
    if ((word === 'his' && owner.gender !== 'male') || (word === 'her' && owner.gender !== 'female')) continue
    // (And named just before: a pronoun far from its person’s name is the
    // likelier to be resolved wrong.)
    if (!namedBefore(owner, item.start, ownerReach)) continue
    entity.bestText = owner.bestText + ' ' + item.name.slice(space + 1)
  }
}

/** Possessive pronouns that open a description of someone’s organization. */
const ownerPronouns = new Set(['his', 'her'])

/** Length of every word in {@link ownerPronouns}. */
const ownerPronounLength = 3

/** How far before “his campaign” the owner’s name must be (characters: about a sentence). */
const ownerReach = 250

/** Whether `entity` has a name mention starting in the `reach` characters before `offset`. */
function namedBefore(entity: Entity, offset: number, reach: number): boolean {
  for (let index = 0; index < entity.mentions.length; index += 3) {
    const start = entity.mentions[index] as number
    const kind = entity.mentions[index + 2] as MentionKind
    if (start < offset && offset - start <= reach && (kind === 'name' || kind === 'surname' || kind === 'given-name')) return true
  }

  return false
}

/**
 * The longest proper name; for documents the most specific description; for
 * groups and anonymous sources, and a document’s head noun alone, the words
 * as they stand mid-sentence.
 */
function canonicalName(entity: Entity): string {
  if (entity.bestText === undefined) return ''
  let text = entity.bestText
  if ((entity.type === 'group' || entity.type === 'anonymous') && entity.bestInitial) {
    if (entity.midText !== undefined && entity.midScore === entity.bestScore) text = entity.midText
    else {
      const space = text.indexOf(' ')
      const first = space < 0 ? text : text.slice(0, space)
      // (Not a name of several words, “White House officials”, nor a place’s, “Texas health officials”,
      // nor that of the body the group belongs to, “Pentagon officials”.)
      const secondCapital = space >= 0 && /^\p{Lu}/u.test(text.slice(space + 1))
      const lowered = first.toLowerCase()
      const body = entity.affiliation?.bestText
      const bodyName = body !== undefined && (body === first || body.toLowerCase().replace(/^the /, '') === lowered)
      if (/^\p{Lu}(?:\p{Ll}|$)/u.test(first) && !secondCapital && !bodyName && !demonyms.has(lowered) && !capitalGroups.has(lowered) && !places.has(lowered)) {
        text = first.charAt(0).toLowerCase() + text.slice(1)
      }
    }
  }

  // (A document named by its head noun alone, capitalized only to open the
  // sentence, as no title is: “Projections suggest”, “Photos showed”.)
  if (entity.type === 'document' && text.indexOf(' ') < 0 && /^\p{Lu}\p{Ll}+$/u.test(text) && documentHeads.has(text.toLowerCase())) text = text.charAt(0).toLowerCase() + text.slice(1)
  return text
}
