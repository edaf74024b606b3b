/**
 * Mentions that are not proper names: pronouns, document descriptions (“a
 * Dec. 2 document”, “the memo”), groups (“human rights groups”), anonymous
 * sources (“people familiar with the matter”), title-only mentions (“the
 * senator”) and organization descriptions (“the group”). Each is found from
 * its head word, looking back and ahead a bounded number of tokens.
 */
import type {Doc} from '../parse/document.js'
import {candidate, collapse, type Candidate} from './candidate.js'
import {agentAfter, statementAfter} from './cues.js'
import {
  alwaysAnonymous,
  anonymousHeads,
  anonymousWhenIndefinite,
  definiteDeterminers,
  determiners,
  documentHeads,
  documentVerbs,
  groupHeads,
  modifierStops,
  months,
  orgDescriptions,
  pronouns
} from './lexicon.js'
import {roleOf, titleModifiers, titleOnlyRoles} from './titles.js'
import {heads} from './heads.js'
import type {Tokens} from './tokens.js'

const qualifier =
  /\s{1,3}(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+|knowledge\s+)?(?:knowledge|understanding)\s+of|close\s+to|briefed\s+on|who\s+(?:spoke|requested|asked|declined|insisted|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not|had\s+been|has\s+been|have\s+been)\b|speaking\s+(?:on|under)\b|granted\s+anonymity|not\s+authorized|in\s+the\s+room|involved\s+in|inside\s+the)/y

const speechWords = new Set(
  'said says say told tells added adds noted wrote writes argued warned according asked explained insisted confirmed'.split(' ')
)

const possessivePronouns = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your'])

/** Past forms that modify a noun (“elected officials”); other `-ed` words are verbs. */
const participles = new Set(
  (
    'elected armed retired concerned unnamed interested affected appointed selected informed disabled displaced ' +
    'unidentified undocumented trained skilled educated experienced licensed certified registered organized ' +
    'advanced detained accused wounded injured infected vaccinated insured uninsured united related connected ' +
    'frustrated worried dedicated respected renowned noted seasoned embattled elected-appointed unaffiliated ' +
    'disaffected disgruntled undecided unpledged pledged committed paid unpaid aged targeted sanctioned biased ' +
    'independent-minded like-minded'
  ).split(' ')
)

/** Common verbs in the past tense that do not end in `-ed`. */
const irregularPast = new Set(
  (
    'met told won lost led hit saw heard became made gave took got put sent left kept held brought began ran ' +
    'came went knew thought felt found showed joined said wrote spoke drew struck beat chose fought sought ' +
    'taught caught bought sold paid meant stood understood'
  ).split(' ')
)

/** Whether a lowercase word looks like a verb rather than a noun modifier. */
function isVerbLike(lower: string): boolean {
  if (irregularPast.has(lower)) return true
  return lower.length > 4 && lower.endsWith('ed') && !participles.has(lower)
}

/**
 * Find description, pronoun, group and anonymous candidates.
 *
 * @param doc
 *   Parsed document.
 * @param tokens
 *   Tokens of the content blocks (with the heads of `headTable` listed).
 * @returns
 *   Candidates in input order.
 */
export function findDescriptions(doc: Doc, tokens: Tokens): Candidate[] {
  const {view} = doc
  const count = tokens.count
  const result: Candidate[] = []

  for (const index of tokens.heads) {
    if (tokens.cap(index) && !tokens.initial(index)) continue
    const lower = tokens.lower(index)
    if (!heads.has(lower)) continue
    const pronoun = pronouns.get(lower)
    if (pronoun) {
      // “it” and “they” are mostly not about a source: only as a speaker.
      if (
        (pronoun === 'it' || pronoun === 'they') &&
        !((lower === 'it' || lower === 'they') && statementAfter(view, tokens.end(index)))
      ) {
        continue
      }

      const found = candidate('pronoun', tokens.start(index), tokens.end(index), tokens, index, 'pronoun', tokens.text(index), lower)
      found.pronoun = pronoun
      found.plural = pronoun === 'they'
      found.gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : pronoun === 'it' ? 'neuter' : null
      result.push(found)
      continue
    }

    const documentClass = documentHeads.get(lower)
    if (documentClass) {
      const found = documentAt(index, documentClass)
      if (found) result.push(found)
      continue
    }

    if (anonymousHeads.has(lower)) {
      const found = anonymousAt(index)
      if (found) {
        result.push(found)
        continue
      }
    }

    if (groupHeads.has(lower)) {
      const found = groupAt(index)
      if (found) result.push(found)
      continue
    }

    if (titleOnlyRoles.has(lower) || orgDescriptions.has(lower)) {
      const found = titleAt(index)
      if (found) result.push(found)
    }
  }

  return result

  /** Words before `index` that modify it, back to a determiner (exclusive; `-1` when none). */
  function modifiersBefore(index: number, max: number, allowCapital: boolean): {from: number; determiner: number} {
    let from = index
    let steps = 0
    while (from > 0 && steps < max) {
      const previous = from - 1
      if (!tokens.joinNext(previous)) break
      const lower = tokens.lower(previous)
      if (determiners.has(lower) || possessivePronouns.has(lower)) return {from, determiner: previous}
      if (modifierStops.has(lower) || pronouns.has(lower) || isVerbLike(lower)) break
      // Capitalised modifiers only next to the head or to each other (“White
      // House officials”, not “John Carter met voters”).
      if (
        tokens.cap(previous) &&
        (!allowCapital || (from < index && !tokens.cap(from) && !tokens.initial(previous)))
      ) {
        break
      }

      from--
      steps++
    }

    return {from, determiner: -1}
  }

  function documentAt(index: number, documentClass: string): Candidate | undefined {
    const next = index + 1
    // A compound: “land mine policy reversals”, “memo writer”.
    if (tokens.joinNext(index) && next < count && !tokens.cap(next)) {
      const nextLower = tokens.lower(next)
      if (documentHeads.has(nextLower) || (nextLower.endsWith('s') && !documentVerbs.has(nextLower))) return undefined
    }

    let from = index
    let determiner = -1
    let possessor = -1
    let steps = 0
    while (from > 0 && steps < 5) {
      const previous = from - 1
      if (
        tokens.possessive(previous) &&
        tokens.cap(previous) &&
        /^[’']s?\s+$/.test(view.slice(tokens.end(previous), tokens.start(from)))
      ) {
        possessor = previous
        break
      }

      if (!tokens.joinNext(previous)) break
      const lower = tokens.lower(previous)
      if (determiners.has(lower)) {
        determiner = previous
        break
      }

      if (modifierStops.has(lower) || possessivePronouns.has(lower) || pronouns.has(lower)) break
      from--
      steps++
    }

    if (determiner < 0 && possessor < 0) return undefined
    const end = tokens.end(index)
    const start = determiner >= 0 ? tokens.start(determiner) : tokens.start(from)
    const modifiers: string[] = []
    let score = 0
    for (let item = from; item < index; item++) {
      const lower = tokens.lower(item)
      modifiers.push(months.get(lower) ?? lower)
      score += /\d/.test(lower) ? 3 : tokens.cap(item) ? 2 : 0.5
    }

    const found = candidate(
      'document',
      start,
      end,
      tokens,
      index,
      'description',
      collapse(view.slice(tokens.start(from), end)),
      documentClass
    )
    const head = tokens.lower(index)
    found.definite = possessor >= 0 || (determiner >= 0 && definiteDeterminers.has(tokens.lower(determiner)))
    found.modifiers = modifiers
    found.score = score
    found.possessorEnd = possessor >= 0 ? tokens.end(possessor) : -1
    found.plural = head.endsWith('s') && head !== 'analysis'
    found.gender = 'neuter'
    found.initial = tokens.initial(determiner >= 0 ? determiner : from)
    const agent = agentAfter(view, end)
    if (agent) {
      found.agentAt = agent.at
      found.agentType = agent.type
    }

    return found
  }

  function anonymousAt(index: number): Candidate | undefined {
    const head = tokens.lower(index)
    const {from, determiner} = modifiersBefore(index, 4, true)
    const determinerLower = determiner >= 0 ? tokens.lower(determiner) : ''
    const plural = head.endsWith('s') || head === 'people'
    let end = tokens.end(index)
    qualifier.lastIndex = end
    if (qualifier.test(view)) {
      let item = index
      while (item < count - 1 && tokens.joinNext(item) && item - index < 14) {
        if (speechWords.has(tokens.lower(item + 1))) break
        item++
      }

      end = tokens.end(item)
    } else if (alwaysAnonymous.has(head)) {
      if (tokens.joinNext(index) && index + 1 < count) {
        const next = tokens.lower(index + 1)
        if (next === 'of' || next === 'for') return undefined
      }
    } else if (
      !(determinerLower && /^(?:a|an|one)$/.test(determinerLower) && anonymousWhenIndefinite.has(head)) &&
      !definiteDeterminers.has(determinerLower)
    ) {
      return undefined
    }

    const start = determiner >= 0 && !possessivePronouns.has(determinerLower) ? tokens.start(determiner) : tokens.start(from)
    const found = candidate(
      'anonymous',
      start,
      end,
      tokens,
      index,
      'anonymous',
      collapse(view.slice(start, end)),
      plural ? head.replace(/s$/, '') : head
    )
    found.plural = plural
    found.definite = end === tokens.end(index) && definiteDeterminers.has(determinerLower)
    found.initial = tokens.initial(from) || (determiner >= 0 && tokens.initial(determiner))
    return found
  }

  function groupAt(index: number): Candidate | undefined {
    const {from} = modifiersBefore(index, 3, true)
    if (tokens.possessive(from) && from < index) return undefined
    const start = tokens.start(from)
    let text = collapse(view.slice(start, tokens.end(index)))
    // “Human rights groups” at a sentence start names “human rights groups”.
    if (
      tokens.initial(from) &&
      tokens.cap(from) &&
      tokens.inLowercase(tokens.hash(from)) &&
      (from + 1 >= count || !tokens.cap(from + 1))
    ) {
      text = text.charAt(0).toLowerCase() + text.slice(1)
    }

    const found = candidate('group', start, tokens.end(index), tokens, index, 'description', text, text.toLowerCase())
    found.plural = true
    found.initial = tokens.initial(from)
    return found
  }

  function titleAt(index: number): Candidate | undefined {
    const next = index + 1
    // “the group Human Rights Watch”, “the senator Patrick Leahy”: a prefix, not a mention.
    if (tokens.joinNext(index) && next < count && tokens.cap(next) && !tokens.initial(next)) return undefined
    let from = index
    let steps = 0
    while (from > 0 && steps < 3) {
      const previous = from - 1
      if (!tokens.joinNext(previous)) return undefined
      const lower = tokens.lower(previous)
      if (lower === 'the') break
      if (!titleModifiers.has(lower)) return undefined
      from--
      steps++
    }

    const determiner = from - 1
    if (determiner < 0 || tokens.lower(determiner) !== 'the' || !tokens.joinNext(determiner)) return undefined
    const head = tokens.lower(index)
    const isRole = titleOnlyRoles.has(head)
    const found = candidate(
      isRole ? 'title' : 'org-description',
      tokens.start(determiner),
      tokens.end(index),
      tokens,
      index,
      isRole ? 'title' : 'description',
      collapse(view.slice(tokens.start(from), tokens.end(index))),
      isRole ? roleOf(head) : head
    )
    found.initial = tokens.initial(determiner)
    return found
  }
}
