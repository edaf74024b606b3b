/**
 * Mentions that are not proper names: pronouns, document descriptions (“a
 * Dec. 2 document”, “the memo”), groups (“human rights groups”), anonymous
 * sources (“people familiar with the matter”), title-only mentions (“the
 * senator”) and organization descriptions (“the group”). Each is found from
 * its head word, looking back and ahead a bounded number of tokens.
 */
import {collectiveQuantities} from '../attribution/words.js'
import type {Doc} from '../parse/document.js'
import {candidate, collapse, type Candidate} from './candidate.js'
import {agentAfter, statementAfter} from './cues.js'
import {word} from './classes.js'
import {
  alwaysAnonymous,
  anonymousHeads,
  anonymousWhenIndefinite,
  definiteDeterminers,
  documentHeads,
  documentVerbs,
  groupHeads,
  institutionRoles,
  months,
  orgDescriptions,
  participles,
  possessivePronouns,
  representatives,
  pronouns
} from './lexicon.js'
import {roleKey, titleOnlyRoles} from './titles.js'
import {WordTable} from './hash.js'
import {heads} from './heads.js'
import type {Tokens} from './tokens.js'

const qualifier =
  /\s{1,3}(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+|knowledge\s+)?(?:knowledge|understanding)\s+of|close\s+to|briefed\s+on|who\s+(?:spoke|requested|asked|declined|insisted|was\s+not|were\s+not|is\s+not|are\s+not|did\s+not|had\s+been|has\s+been|have\s+been)\b|speaking\s+(?:on|under)\b|granted\s+anonymity|not\s+authorized|in\s+the\s+room|involved\s+in|inside\s+the)/y

/** Small counts of unnamed people (“two officials”, “several aides”). */
const counts = new Set('two three four five several'.split(' '))

/** Counts of a share (“one in five”, “three out of four”). */
const shareCounts = new Set('one two three four five six seven eight nine ten'.split(' '))

const speechWords = new Set(
  'said says say told tells added adds noted wrote writes argued warned according asked explained insisted confirmed'.split(' ')
)

/** Bodies a plural names by their members (“a teachers union”, “a veterans hospital”; not “voters trust”). */
const memberBodies = new Set(['union', 'unions', 'association', 'associations', 'council', 'federation', 'committee', 'caucus', 'hospital', 'league'])

/** What the finder needs to know about a head word, looked up once per word of the table. */
interface HeadInfo {
  word: string
  pronoun: 'he' | 'she' | 'they' | 'it' | undefined
  documentClass: string | undefined
  anonymous: boolean
  group: boolean
  /** A title-only role or an organization description. */
  title: boolean
}

const headInfo: HeadInfo[] = [...heads].map((word) => ({
  word,
  pronoun: pronouns.get(word),
  documentClass: documentHeads.get(word),
  anonymous: anonymousHeads.has(word),
  group: groupHeads.has(word),
  title: titleOnlyRoles.has(word) || orgDescriptions.has(word)
}))

/** Head words by hash, to their index in `headInfo`. */
const headIds = new WordTable(headInfo.map((info, index) => [info.word, index] as const))

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
  /** Determiner found by the last `modifiersBefore` (`-1` when none). */
  let determinerFound = -1

  for (const index of tokens.heads) {
    if (tokens.cap(index) && !tokens.initial(index)) continue
    // The table’s copy of the word: no slice per head.
    const id = headIds.get(tokens.hash(index), index, tokens)
    if (id < 0) continue
    const head = headInfo[id]!
    const lower = head.word
    const pronoun = head.pronoun
    if (pronoun) {
      // “it” and “they” are mostly not about a source: only as a speaker,
      // or as the owner of one (“its spokesman”, “their lawyers”).
      if (
        (pronoun === 'it' || pronoun === 'they') &&
        !((lower === 'it' || lower === 'they') && statementAfter(view, tokens.end(index))) &&
        // (Or a role there: “Its director general, Shevaun Haviland,”.)
        !((lower === 'its' || lower === 'their') && index + 1 < count && tokens.joinNext(index) && (representatives.has(tokens.lower(index + 1)) || (lower === 'its' && titleBeforeName(tokens, index + 1)))) &&
        // (Or a role in apposition with a name: “Tim Cook, its chief executive,”.)
        !(lower === 'its' && appositiveRole(index))
      ) {
        continue
      }

      // Written in lowercase, the word is the table’s: no slice.
      const text = tokens.hasUpper(index) ? tokens.text(index) : lower
      const found = candidate('pronoun', tokens.start(index), tokens.end(index), tokens, index, 'pronoun', text, lower)
      found.pronoun = pronoun
      found.plural = pronoun === 'they'
      found.gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : pronoun === 'it' ? 'neuter' : null
      result.push(found)
      continue
    }

    if (head.documentClass) {
      const found = documentAt(index, head.documentClass)
      if (found) result.push(found)
      continue
    }

    if (head.anonymous) {
      const found = anonymousAt(index)
      if (found) {
        result.push(found)
        continue
      }
    }

    if (head.group) {
      const found = groupAt(index)
      if (found) result.push(found)
      continue
    }

    if (head.title) {
      const found = titleAt(index)
      if (found) result.push(found)
    }
  }

  return result

  /**
   * First of the words before `index` that modify it, back to a determiner
   * (exclusive; left in `determinerFound`, `-1` when none).
   */
  function modifiersBefore(index: number, max: number, allowCapital: boolean): number {
    let from = index
    let steps = 0
    let capitalsOnly = false
    determinerFound = -1
    while (from > 0 && steps < max) {
      const previous = from - 1
      if (!tokens.joinNext(previous)) break
      const classes = tokens.classes(previous)
      if ((classes & (word.determiner | word.possessivePronoun)) !== 0) {
        determinerFound = previous
        return from
      }

      if ((classes & (word.modifierStop | word.pronoun)) !== 0 || isVerbLike(previous, classes)) break
      // Capitalised, “Get Out the Vote volunteers” may be a name.
      if ((classes & word.objectVerb) !== 0 && !tokens.cap(previous)) break
      // Capitalised modifiers only next to the head or to each other (“White
      // House officials”, not “John Carter met voters”).
      // (Or a known body or nationality before one lowercase modifier:
      // “Boeing factory workers”, “Chinese steel makers”; nothing but a
      // determiner before it: not “mocking GOP state leaders”.)
      // (Then more capitals only, or a title’s modifier: “South Carolina
      // Republican primary voters”, “one former GOP leadership aide”.)
      if (capitalsOnly && (tokens.cap(previous) ? tokens.initial(previous) : (classes & word.titleModifier) === 0)) break
      if (
        !capitalsOnly &&
        tokens.cap(previous) &&
        (!allowCapital || (from < index && !tokens.cap(from) && !tokens.initial(previous)))
      ) {
        if (!(allowCapital && from === index - 1 && !tokens.cap(from) && (classes & (word.orgName | word.demonym)) !== 0)) break
        capitalsOnly = true
      }

      from--
      steps++
    }

    // A number the tokenizer split at its separators (“10,000 voters”) stays whole.
    while (from > 0 && from < index && isDigitCode(view.charCodeAt(tokens.start(from))) && tokens.end(from - 1) === tokens.start(from) - 1) {
      const separator = view.charCodeAt(tokens.start(from) - 1)
      if ((separator !== 44 && separator !== 46) || !isDigitCode(view.charCodeAt(tokens.end(from - 1) - 1))) break
      from--
    }

    return from
  }

  /**
   * Whether “its” at `index` opens an appositive role after a name (“Tim
   * Cook, its chief executive,”): a comma and a capitalized word before, a
   * role within the three words after.
   */
  function appositiveRole(index: number): boolean {
    if (index < 1 || view.charCodeAt(tokens.end(index - 1)) !== 44 /* , */ || !tokens.cap(index - 1)) return false
    for (let item = index + 1; item < count && item <= index + 3; item++) {
      if ((tokens.classes(item) & word.role) !== 0) return true
      if (!tokens.joinNext(item - 1)) return false
    }

    return false
  }

  /** Whether a word looks like a verb rather than a noun modifier. */
  function isVerbLike(token: number, classes: number): boolean {
    if ((classes & word.irregularPast) !== 0) return true
    // Lowercased, only a word written with a final `ed` (any case) ends in `ed`.
    const end = tokens.end(token)
    const last = view.charCodeAt(end - 1)
    const before = view.charCodeAt(end - 2)
    if (end - tokens.start(token) < 2 || (last !== 100 && last !== 68) || (before !== 101 && before !== 69)) return false
    const lower = tokens.lower(token)
    return lower.length > 4 && !participles.has(lower)
  }

  function documentAt(index: number, documentClass: string): Candidate | undefined {
    const next = index + 1
    // A compound: “land mine policy reversals”, “memo writer”.
    if (tokens.joinNext(index) && next < count && !tokens.cap(next)) {
      const nextLower = tokens.lower(next)
      // (Or a body named for what it writes: “the budget office”, “the
      // policy institute”.)
      // (Nor one named for its field: “a Georgetown University law professor”.)
      // (Nor a business named for its trade: “one research firm”.)
      if (documentHeads.has(nextLower) || (nextLower.endsWith('s') && !documentVerbs.has(nextLower)) || (tokens.classes(next) & (word.orgHead | word.role)) !== 0 || orgDescriptions.has(nextLower)) return undefined
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
      const classes = tokens.classes(previous)
      if ((classes & word.determiner) !== 0) {
        determiner = previous
        break
      }

      if ((classes & (word.modifierStop | word.possessivePronoun | word.pronoun)) !== 0) break
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
      // In half points: an integer field (a fraction would box a number in every candidate).
      score += /\d/.test(lower) ? 6 : tokens.cap(item) ? 4 : 1
    }

    const found = candidate(
      'document',
      start,
      end,
      tokens,
      index,
      'description',
      // “the same poll” points back at a poll: its name is “poll”; “own”
      // sets it apart and names nothing either (“the department’s own report”).
      collapse(view.slice(tokens.start(from), end)).replace(/^(?:same|own)\s+/i, ''),
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
    // “The official Xinhua news agency”: an adjective before a name.
    if (head === 'official' && tokens.joinNext(index) && index + 1 < count && tokens.cap(index + 1) && (tokens.classes(index + 1) & (word.weekday | word.calendar)) === 0) {
      return undefined
    }
    // “an associate professor”, “a senior official spokesman”: a modifier of the role after it.
    if (tokens.joinNext(index) && index + 1 < count && !tokens.cap(index + 1) && (tokens.classes(index + 1) & word.role) !== 0) return undefined
    const from = modifiersBefore(index, 4, true)
    const determiner = determinerFound
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

      // “one official who asked not to be named”: not a dangling “who”.
      if (item > index && tokens.lower(item) === 'who') item--
      end = tokens.end(item)
    } else if (alwaysAnonymous.has(head)) {
      if (tokens.joinNext(index) && index + 1 < count) {
        const next = tokens.lower(index + 1)
        if (next === 'of' || next === 'for') return undefined
      }
    } else if (
      // (“Another unnamed GOP official said”: was the organization GOP.)
      !(determinerLower && /^(?:a|an|one|another)$/.test(determinerLower) && anonymousWhenIndefinite.has(head)) &&
      !definiteDeterminers.has(determinerLower) &&
      // “Two U.S. officials told …”, “several aides said”: a few unnamed people.
      !(plural && counts.has(determinerLower) && anonymousWhenIndefinite.has(head.slice(0, -1)))
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
    // “A machinists spokesman”, “a teachers union leader”: the plural
    // modifies a role or a body, no group.
    if (index + 1 < count && tokens.joinNext(index) && !tokens.cap(index + 1) && ((tokens.classes(index + 1) & word.role) !== 0 || memberBodies.has(tokens.lower(index + 1)))) return undefined
    let from = modifiersBefore(index, 3, true)
    // “a move officials say will save …”: after a singular “a”, the words
    // before a plural are another noun’s (but “a few officials”).
    if (from < index && determinerFound >= 0 && (tokens.is(determinerFound, 'a') || tokens.is(determinerFound, 'an')) && !collectiveQuantities.has(tokens.lower(from))) {
      from = index
    }

    if (tokens.possessive(from) && from < index) return undefined
    from = shareStart(from < index ? from : determinerFound, from)
    // (Before a capitalized modifier too: “8 in 10 GOP primary voters”.)
    if (from > 2 && from < index && tokens.cap(from) && tokens.joinNext(from - 1) && countWord(from - 1)) {
      const share = shareStart(from - 1, from)
      if (share !== from) from = share
    }
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

    // “Analysts at Bernstein”: the employer names which analysts (others
    // are another group) and is their affiliation.
    const at = index + 1
    let employer = at + 1
    // (Only people who work somewhere: not “police officers at Pride”.)
    if (at + 1 < count && tokens.joinNext(index) && tokens.is(at, 'at') && tokens.joinNext(at) && tokens.cap(employer) && employed(tokens.lower(index))) {
      // (“St. Mary’s Hospital”: a possessive inside the name.)
      while (employer + 1 < count && employer - at < 5 && (tokens.joinNext(employer) || tokens.possessive(employer)) && tokens.cap(employer + 1)) employer++
      text += ' at ' + collapse(view.slice(tokens.start(at + 1), tokens.end(employer)))
    } else {
      employer = -1
    }

    const found = candidate('group', start, tokens.end(index), tokens, index, 'description', text, text.toLowerCase())
    found.plural = true
    found.initial = tokens.initial(from)
    if (employer !== -1) found.affiliationRange = [tokens.start(at + 1), tokens.end(employer)]
    return found
  }

  /**
   * Where a share of a group opens when the group’s count at `count` ends
   * one (“*1 in* 10 voters”, “*three out of* four doctors”): the share
   * speaks, not the count (“10 voters”); else `from`.
   */
  function shareStart(count: number, from: number): number {
    if (count < 2 || !countWord(count)) return from
    let first = -1
    if (tokens.is(count - 1, 'in')) first = count - 2
    else if (count >= 3 && tokens.is(count - 1, 'of') && tokens.is(count - 2, 'out')) first = count - 3
    if (first < 0 || !countWord(first)) return from
    for (let token = first; token < count; token++) if (!tokens.joinNext(token)) return from
    return first
  }

  /** Whether the token at `index` is a small count: digits or “one” to “ten”. */
  function countWord(index: number): boolean {
    return isDigitCode(view.charCodeAt(tokens.start(index))) || shareCounts.has(tokens.lower(index))
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
      if (tokens.is(previous, 'the')) break
      // (A body’s nationality too, right before its noun: “the Swedish
      // company”; not “the Islamic State group”.)
      if ((tokens.classes(previous) & word.titleModifier) === 0 && !(previous === index - 1 && (tokens.classes(previous) & word.demonym) !== 0 && orgDescriptions.has(tokens.lower(index)))) return undefined
      from--
      steps++
    }

    const determiner = from - 1
    if (determiner < 0 || !tokens.is(determiner, 'the') || !tokens.joinNext(determiner)) return undefined
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
      isRole ? roleKey(head, index > from ? tokens.lower(index - 1) : undefined) : head
    )
    found.initial = tokens.initial(determiner)
    return found
  }
}

/** Staff of an employer named after “at” (“analysts at Bernstein”, “executives at Twitter”). */
function employed(plural: string): boolean {
  return plural.endsWith('s') && (institutionRoles.has(plural.slice(0, -1)) || plural === 'executives' || plural === 'doctors' || plural === 'officials')
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Whether roles at `index` are a title before a name: “its chief executive,
 * Gregory J. Hayes”, “its spokesman John Smith” (not “its official
 * website”, “its co-founder in 2009”).
 */
function titleBeforeName(tokens: Tokens, index: number): boolean {
  const count = tokens.count
  let last = index
  while (last < count && last < index + 3 && (tokens.classes(last) & word.role) !== 0) {
    if (last + 1 >= count || !tokens.joinNext(last) || (tokens.classes(last + 1) & word.role) === 0) break
    last++
  }

  if ((tokens.classes(last) & word.role) === 0 || last + 1 >= count) return false
  return tokens.cap(last + 1) && (tokens.view.charCodeAt(tokens.end(last)) === 44 /* , */ || tokens.joinNext(last))
}
