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
import type {Token, Tokens} from './tokens.js'

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
 * @param words
 *   Tokens of the content blocks (with the heads of `headTable` listed).
 * @returns
 *   Candidates in input order.
 */
export function findDescriptions(doc: Doc, words: Tokens): Candidate[] {
  const tokens = words.list
  const {view} = doc
  const result: Candidate[] = []

  for (const index of words.heads) {
    const token = tokens[index]!
    if (token.cap && !token.initial) continue
    const lower = token.lower
    if (!heads.has(lower)) continue
    const pronoun = pronouns.get(lower)
    if (pronoun) {
      // “it” and “they” are mostly not about a source: only as a speaker.
      if ((pronoun === 'it' || pronoun === 'they') && !((lower === 'it' || lower === 'they') && statementAfter(view, token.end))) {
        continue
      }

      result.push(
        pronounCandidate(token, lower, pronoun)
      )
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

  function pronounCandidate(token: Token, lower: string, pronoun: 'he' | 'she' | 'they' | 'it'): Candidate {
    const found = candidate('pronoun', token.start, token.end, token, 'pronoun', token.text, lower)
    found.pronoun = pronoun
    found.plural = pronoun === 'they'
    found.gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : pronoun === 'it' ? 'neuter' : null
    return found
  }

  /** Words before `index` that modify it, back to a determiner (exclusive). */
  function modifiersBefore(index: number, max: number, allowCapital: boolean): {from: number; determiner: Token | undefined} {
    let from = index
    let steps = 0
    while (from > 0 && steps < max) {
      const previous = tokens[from - 1]!
      if (!previous.joinNext) break
      if (determiners.has(previous.lower) || possessivePronouns.has(previous.lower)) {
        return {from, determiner: previous}
      }

      if (modifierStops.has(previous.lower) || pronouns.has(previous.lower) || isVerbLike(previous.lower)) break
      // Capitalised modifiers only next to the head or to each other (“White
      // House officials”, not “John Carter met voters”).
      if (previous.cap && (!allowCapital || (from < index && !tokens[from]!.cap && !previous.initial))) break
      from--
      steps++
    }

    return {from, determiner: undefined}
  }

  function documentAt(index: number, documentClass: string): Candidate | undefined {
    const head = tokens[index]!
    const next = tokens[index + 1]
    // A compound: “land mine policy reversals”, “memo writer”.
    if (
      head.joinNext &&
      next &&
      !next.cap &&
      (documentHeads.has(next.lower) || (/s$/.test(next.lower) && !documentVerbs.has(next.lower)))
    ) {
      return undefined
    }

    let from = index
    let determiner: Token | undefined
    let possessor: Token | undefined
    let steps = 0
    while (from > 0 && steps < 5) {
      const previous = tokens[from - 1]!
      if (previous.possessive && previous.cap && /^[’']s?\s+$/.test(view.slice(previous.end, tokens[from]!.start))) {
        possessor = previous
        break
      }

      if (!previous.joinNext) break
      if (determiners.has(previous.lower)) {
        determiner = previous
        break
      }

      if (modifierStops.has(previous.lower) || possessivePronouns.has(previous.lower) || pronouns.has(previous.lower)) break
      from--
      steps++
    }

    if (!determiner && !possessor) return undefined
    const start = determiner ? determiner.start : tokens[from]!.start
    const modifiers: string[] = []
    let score = 0
    for (let item = from; item < index; item++) {
      const word = tokens[item]!
      modifiers.push(months.get(word.lower) ?? word.lower)
      score += /\d/.test(word.text) ? 3 : word.cap ? 2 : 0.5
    }

    const found = candidate(
      'document',
      start,
      head.end,
      head,
      'description',
      collapse(view.slice(tokens[from]!.start, head.end)),
      documentClass
    )
    found.definite = possessor !== undefined || (determiner !== undefined && definiteDeterminers.has(determiner.lower))
    found.modifiers = modifiers
    found.score = score
    found.possessorEnd = possessor ? possessor.end : -1
    found.plural = head.lower.endsWith('s') && head.lower !== 'analysis'
    found.gender = 'neuter'
    found.initial = determiner ? determiner.initial : tokens[from]!.initial
    const agent = agentAfter(view, head.end)
    if (agent) {
      found.agentAt = agent.at
      found.agentType = agent.type
    }

    return found
  }

  function anonymousAt(index: number): Candidate | undefined {
    const head = tokens[index]!
    const next = tokens[index + 1]
    const {from, determiner} = modifiersBefore(index, 4, true)
    const plural = /s$/.test(head.lower) || head.lower === 'people'
    qualifier.lastIndex = head.end
    let end = head.end
    if (qualifier.test(view)) {
      let item = index
      while (item < tokens.length - 1 && tokens[item]!.joinNext && item - index < 14) {
        if (speechWords.has(tokens[item + 1]!.lower)) break
        item++
      }

      end = tokens[item]!.end
    } else if (alwaysAnonymous.has(head.lower)) {
      if (head.joinNext && next && (next.lower === 'of' || next.lower === 'for')) return undefined
    } else if (
      !(determiner && /^(?:a|an|one)$/.test(determiner.lower) && anonymousWhenIndefinite.has(head.lower)) &&
      !(determiner && definiteDeterminers.has(determiner.lower))
    ) {
      return undefined
    }

    const start = determiner && !possessivePronouns.has(determiner.lower) ? determiner.start : tokens[from]!.start
    const found = candidate(
      'anonymous',
      start,
      end,
      head,
      'anonymous',
      collapse(view.slice(start, end)),
      plural ? head.lower.replace(/s$/, '') : head.lower
    )
    found.plural = plural
    found.definite = end === head.end && determiner !== undefined && definiteDeterminers.has(determiner.lower)
    found.initial = tokens[from]!.initial || (determiner?.initial ?? false)
    return found
  }

  function groupAt(index: number): Candidate | undefined {
    const head = tokens[index]!
    const {from} = modifiersBefore(index, 3, true)
    const first = tokens[from]!
    if (first.possessive) return undefined
    let text = collapse(view.slice(first.start, head.end))
    // “Human rights groups” at a sentence start names “human rights groups”.
    if (first.initial && first.cap && words.lowercase.has(first.hash) && !tokens[from + 1]!.cap) {
      text = text.charAt(0).toLowerCase() + text.slice(1)
    }
    const found = candidate('group', first.start, head.end, head, 'description', text, text.toLowerCase())
    found.plural = true
    found.initial = first.initial
    return found
  }

  function titleAt(index: number): Candidate | undefined {
    const head = tokens[index]!
    const next = tokens[index + 1]
    // “the group Human Rights Watch”, “the senator Patrick Leahy”: a prefix, not a mention.
    if (head.joinNext && next && next.cap && !next.initial) return undefined
    let from = index
    let steps = 0
    while (from > 0 && steps < 3) {
      const previous = tokens[from - 1]!
      if (!previous.joinNext) return undefined
      if (previous.lower === 'the') break
      if (!titleModifiers.has(previous.lower)) return undefined
      from--
      steps++
    }

    const determiner = tokens[from - 1]
    if (!determiner || determiner.lower !== 'the' || !determiner.joinNext) return undefined
    const isRole = titleOnlyRoles.has(head.lower)
    const found = candidate(
      isRole ? 'title' : 'org-description',
      determiner.start,
      head.end,
      head,
      isRole ? 'title' : 'description',
      collapse(view.slice(tokens[from]!.start, head.end)),
      isRole ? roleOf(head.lower) : head.lower
    )
    found.initial = determiner.initial
    return found
  }
}
