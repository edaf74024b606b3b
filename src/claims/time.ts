/**
 * Time expressions in claims: dates (“Dec. 2”), years (“2024”, “the
 * 1990s”), relative times (“this year”, “three decades ago”, “on Friday”)
 * and durations (“within 90 days”), resolved against the article’s date when
 * it is known.
 *
 * Hand-rolled rather than chrono-node: chrono (measured for the claims
 * issue) finds “Dec. 2” and “last year” but not bare years or “three decades
 * ago”, which news claims lean on; this reader is a single linear pass over
 * tokens with bounded look-ahead.
 */
import type {Location} from '../parse/location.js'
import type {TimeExpression} from '../schema.js'
import {approximatorBefore} from './approximators.js'
import {
  currencySymbols,
  currencyWords,
  indexNames,
  isPluralNoun,
  measureUnits,
  months,
  NUMBER,
  ARTICLE,
  FINITE,
  seasons,
  TIME,
  timePrepositions,
  UNIT,
  unitWords,
  weekdays,
  yearDeterminers
} from './lexicon.js'
import {numberWord, ordinalWord, readNumber} from './numbers.js'
import {tokenize, touches, type Token} from './tokens.js'

/** A time expression found in tokens (internal form of {@link TimeExpression}). */
export interface TimeMatch {
  /** Index of the first and last token (inclusive). */
  first: number
  last: number
  /** Offsets `[start, end)` in the view. */
  start: number
  end: number
  type: TimeExpression['type']
  value: string | null
  duration: string | null
}

/** A calendar date (the article’s publication date). */
interface Day {
  year: number
  month: number
  day: number
  /** For the article’s date: the tense of the sentence being read. */
  tense?: Tense
}

/** Which way a date without a year points: back, ahead, or the nearest. */
type Tense = 'past' | 'future' | 'near'

// (“looked forward to signing the bill by July 4”: a past form in
// reported speech, a date ahead.)
const futureWords = new Set([
  'will', 'shall', 'won’t', "won't", 'would', 'going', 'expected', 'scheduled', 'slated', 'planned', 'plans', 'intends', 'upcoming', 'next',
  'forward', 'expects', 'hopes', 'aims'
])
const pastWords = new Set([
  'was', 'were', 'had', 'did', 'wasn’t', "wasn't", 'weren’t', "weren't", 'hadn’t', "hadn't", 'didn’t', "didn't", 'ago',
  'said', 'told', 'fell', 'rose', 'grew', 'won', 'lost', 'began', 'went', 'came', 'took', 'made', 'got', 'gave', 'saw', 'found',
  'paid', 'spent', 'sold', 'bought', 'left', 'met', 'held', 'led', 'kept', 'ran', 'became', 'brought', 'sent', 'built', 'wrote',
  'thought', 'knew', 'felt', 'stood', 'struck', 'drew', 'shot', 'hit', 'cut', 'quit', 'sank', 'shrank', 'swung', 'fought', 'taken',
  'spoke', 'broke', 'chose', 'wore', 'threw', 'flew', 'heard', 'sought', 'caught', 'taught', 'meant', 'fled', 'sat', 'understood', 'withdrew',
  'forgot', 'stole', 'woke', 'swore', 'tore', 'rode', 'drove', 'ate', 'hung', 'sang', 'rang', 'blew', 'slid', 'dealt', 'overcame',
  // (Regular forms too short for the “-ed” test.)
  'died', 'lied', 'tied',
  // “since January” looks back, whatever the verb.
  'since'
])

/**
 * The tense of a sentence, for dates without a year: future when a future
 * word occurs (“will”, “would”, “is expected to”, “next”), past when a past
 * form or “since” does (“was”, “fell”, “-ed”), else the nearest date.
 */
function tenseOf(tokens: Token[]): Tense {
  let past = false
  let previous = ''
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'word') continue
    const lower = token.lower
    const before = previous
    previous = lower
    // (“Saturday would have been Reagan’s 105th birthday”: a counterfactual
    // of the past, no future.)
    if (lower === 'would' && counterfactual(tokens, index)) {
      past = true
      continue
    }

    if (futureWords.has(lower) || lower.endsWith('’ll') || lower.endsWith("'ll")) {
      // (“His next speech, on May 28, was delivered”: the one after another,
      // no future; “next year” is.)
      if (lower === 'next' && nextPossessives.has(before) && !timeAfterNext(tokens[index + 1])) continue
      // (“rose more than expected in October”, “as planned”, “than
      // economists had expected”: a comparison with a forecast, no future.)
      if (!(futureParticiples.has(lower) && notAheadBefore.has(before))) return 'future'
      past = true
      continue
    }

    // (“expects the Fed to cut rates”, “aims to hit”: an infinitive, no past.)
    if (!past && before !== 'to' && pastForm(lower)) past = true
  }

  return past ? 'past' : 'near'
}

/** Whether the “would” at `index` opens a counterfactual of the past (“would have been”, “would not have won”). */
function counterfactual(tokens: Token[], index: number): boolean {
  let next = index + 1
  if (tokens[next]?.lower === 'not') next++
  if (tokens[next]?.lower !== 'have') return false
  const verb = tokens[next + 1]?.lower ?? ''
  return verb === 'been' || pastForm(verb)
}

/**
 * Whether the future of a sentence is only a “would” after a past form
 * (“struggled to answer a question on Sunday about how he would form a
 * coalition”, “said at a Saturday rally that he would bomb”): a future in
 * the past, whose weekdays are mostly the days things were said. (Read only
 * for a weekday in a future sentence.)
 */
function reportedWould(tokens: Token[]): boolean {
  let past = false
  let previous = ''
  for (const token of tokens) {
    if (token.kind !== 'word') continue
    const lower = token.lower
    const before = previous
    previous = lower
    if (futureWords.has(lower) || lower.endsWith('’ll') || lower.endsWith("'ll")) {
      if (futureParticiples.has(lower) && notAheadBefore.has(before)) continue
      return lower === 'would' && past
    }

    if (!past && before !== 'to' && pastForm(lower)) past = true
  }

  return false
}

/** Possessives before “next” that make it the one after another (“his next speech”; not “the next president”, still ahead). */
const nextPossessives = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Whether a token after “next” makes a time ahead (“the next year”, “the next two weeks”, “the next Tuesday”). */
function timeAfterNext(token: Token | undefined): boolean {
  if (!token) return false
  if (token.kind === 'number' || numberWord(token.lower) !== undefined) return true
  return unitOf(token) !== undefined || weekdays.has(token.lower) || months.has(token.lower) || seasons.has(token.lower)
}

/**
 * The index of the “to” of a forecast (“was likely to cut again in
 * January”, “is set to open in March”), also in a past-tense report of it,
 * or -1: dates after it lie ahead. (Dates before it are the sentence’s:
 * “Tuesday’s outcome is unlikely to provide clarity”.) Not a comparison,
 * “more likely to be viewed as honest than in December”; and “set” after a
 * present “be” only: “was set to commence” tells a story, “set to work” is
 * no forecast.
 */
function forecastAt(tokens: Token[]): number {
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.lower !== 'to') continue
    const before = tokens[index - 1]!.lower
    if (!aheadBeforeTo.has(before)) continue
    const twoBack = tokens[index - 2]!.lower
    if (before === 'set' ? presentBe.has(twoBack) : !comparatives.has(twoBack)) return index
  }

  return -1
}

/** Words before “to” that make what follows a forecast (“likely to”, “set to”). */
const aheadBeforeTo = new Set(['likely', 'unlikely', 'poised', 'set'])

/** Present “be” (and adverbs after it) before “set to” (“is set to open”). */
const presentBe = new Set(['is', 'are', 'now', 'also', 'still', 'be'])

/** Comparatives before “likely to”, a propensity rather than a forecast (“more likely to”). */
const comparatives = new Set(['more', 'less', 'most', 'least'])

/** Whether a lowercase word speaks of the past: one of {@link pastWords} or a regular “-ed” form (not “need”, “agreed”). */
function pastForm(lower: string): boolean {
  return pastWords.has(lower) || (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed'))
}

/** Future words that are also participles (“expected”), a forecast looked back on after {@link notAheadBefore}. */
const futureParticiples = new Set(['expected', 'planned', 'scheduled', 'slated'])

/** Words before a participle of {@link futureParticiples} that make it no future (“than expected”, “as planned”, “had expected”). */
const notAheadBefore = new Set(['than', 'as', 'had'])

/** Whether a date `offset` after the article’s (negative: before) goes against the sentence’s tense. */
function againstTense(today: Day, offset: number): boolean {
  return (today.tense === 'past' && offset > 0) || (today.tense === 'future' && offset < 0)
}

type Unit = NonNullable<ReturnType<typeof unitWords.get>>

/** Configuration for {@link findTimes}. */
export interface TimeOptions {
  /**
   * Publication date (ISO 8601, `YYYY-MM-DD…`) to resolve relative and
   * year-less expressions (default: none: “Dec. 2” → `--12-02`, “in
   * December” → `--12`, “this year” → `null`).
   */
  published?: string | null | undefined
}

/**
 * Find the time expressions of `view[start..end)`.
 *
 * @param view
 *   The document view (markup blanked; offsets are input offsets).
 * @param start
 *   Start offset.
 * @param end
 *   End offset (exclusive).
 * @param location
 *   Location index of the input, to build spans.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Time expressions in order. Spans hold the expression without a plain
 *   preposition (“2024” of “In 2024”, “Friday” of “on Friday”) but with words
 *   that change its meaning (“within 90 days”, “more than three decades
 *   ago”, “earlier this year”).
 */
export function findTimes(
  view: string,
  start: number,
  end: number,
  location: Location,
  options?: Readonly<TimeOptions> | null | undefined
): TimeExpression[] {
  return matchTimes(tokenize(view, start, end), options?.published ?? null).map((match) => toTimeExpression(location, match))
}

/**
 * The public form of a match.
 *
 * @param location
 *   Location index of the input.
 * @param match
 *   A match from {@link matchTimes}.
 * @returns
 *   The time expression.
 */
export function toTimeExpression(location: Location, match: TimeMatch): TimeExpression {
  const span = location.span(match.start, match.end)
  return {text: span.text, position: span.position, type: match.type, value: match.value, duration: match.duration}
}

/**
 * Find time expressions in tokens (the internal form of {@link findTimes}).
 *
 * @param tokens
 *   Tokens of a range.
 * @param published
 *   Publication date (ISO 8601) or `null`.
 * @returns
 *   Non-overlapping matches in order.
 */
export function matchTimes(tokens: Token[], published: string | null): TimeMatch[] {
  const result: TimeMatch[] = []
  let today: Day | null | undefined
  // (See `forecastAt`.)
  let forecast = -1
  let floor = 0
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    // Most tokens start nothing: a bit test, and the date is read only when needed.
    if (token.kind === 'punct' || (token.kind === 'word' && (token.flags & (TIME | NUMBER | ARTICLE | UNIT)) === 0)) {
      index++
      continue
    }

    if (today === undefined) {
      today = parseDay(published)
      if (today) today = {...today, tense: tenseOf(tokens)}
      forecast = today && today.tense !== 'future' ? forecastAt(tokens) : -1
    }

    if (forecast !== -1 && index > forecast && today) {
      today = {...today, tense: 'future'}
      forecast = -1
    }

    // “campaigned ahead of the June 7 primary”: a past sentence may look
    // ahead; after such words, the nearest date, not the last one.
    // And a sentence about the future may look back: “expected to end next
    // year at 2.5%, up from the 2.1% forecast in September”; so may one in
    // the present (“stands at 46 percent, down from 52 percent in April”).
    const found = matchAt(
      tokens,
      index,
      floor,
      today && today.tense === 'past' && looksAhead(tokens, index, floor)
        ? {...today, tense: 'near'}
        : today &&
            ((today.tense === 'future' && (looksBack(tokens, index, floor) || pastVerbAfter(tokens, index) || pastVerbBefore(tokens, index, floor) || pastClauseBefore(tokens, index, floor))) ||
              (today.tense === 'near' && looksBack(tokens, index, floor)))
          ? {...today, tense: 'past'}
          : today
    )
    if (found && titleAt(tokens, found.first, found.last)) {
      // (And the rest of the title: “Last Week Tonight”.)
      index = found.last + 1
      while (tokens[index]?.capitalized) index++
      continue
    }

    const match = found ? widen(tokens, found, floor) : undefined
    if (match) {
      result.push(match)
      index = match.last + 1
      floor = index
    } else {
      index++
    }
  }

  return result
}

/**
 * Whether `tokens[first..last]` is (in) the title of a show, film or book:
 * a capitalised phrase in quotes (“Saturday Night Live”, ''This Week,'',
 * ''60 Minutes.'') or one of words mid-sentence, after a lowercase word, a
 * possessive or a comma (“the movie 13 Hours”, “ABC’s This Week”) — not a
 * headline’s “Two Years Later”. (Also for quantities: “the movie 13 Hours”
 * counts no hours.)
 *
 * @param tokens
 *   Tokens of a range.
 * @param first
 *   First token of the phrase.
 * @param last
 *   Last token of the phrase (inclusive).
 * @returns
 *   Whether it is a title.
 */
export function titleAt(tokens: Token[], first: number, last: number): boolean {
  const lead = tokens[first]!
  const end = tokens[last]!
  if ((!lead.capitalized && lead.kind !== 'number') || end.kind !== 'word' || !end.capitalized) return false
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  if (!before || (after && relativeWords.has(after.lower))) return false
  if (openQuotes.has(before.text)) return closesTitle(tokens, last + 1)
  // (Unquoted, a unit only, “13 Hours”, “This Week”: not a date, “on 4 July”.)
  if (first === last || (end.flags & UNIT) === 0) return false
  // (Not after an article: “the 20th Century”.)
  return (
    before.text === ',' ||
    (before.kind === 'word' && (!before.capitalized || isPossessive(before)) && !timePrepositions.has(before.lower) && before.lower !== 'the' && (before.flags & ARTICLE) === 0)
  )
}

/** Whether token `index` goes on or closes a quoted title: a capitalised word, or a closing quote (maybe after a comma or full stop). */
function closesTitle(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  if (!token) return false
  if (token.kind === 'word') return token.capitalized
  if (closeQuotes.has(token.text)) return true
  return (token.text === ',' || token.text === '.') && closeQuotes.has(tokens[index + 1]?.text ?? '')
}

const openQuotes = new Set(['“', '‘', '"', "'"])
const closeQuotes = new Set(['”', '’', '"', "'"])

function matchAt(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  if (token.kind === 'word') {
    if ((token.flags & TIME) === 0) {
      // “a”/“an”: only “a decade ago”, “a year”, so only before a unit (a
      // word `unitOf` knows has the flag); most articles are not, and would
      // go through four matchers for nothing.
      if ((token.flags & (NUMBER | UNIT)) === 0 && ((tokens[index + 1]?.flags ?? 0) & UNIT) === 0) return undefined
      return (
        (token.flags & UNIT ? (partOfThe(tokens, index, floor, today) ?? unitsFrom(tokens, index, floor)) : undefined) ??
        quarter(tokens, index, today) ??
        wordDuration(tokens, index, floor, today) ??
        wordCentury(tokens, index)
      )
    }

    return (
      dayWord(tokens, index, today) ??
      shifted(tokens, index, today) ??
      weekdayDate(tokens, index, floor, today) ??
      weekday(tokens, index, index, 'same', today) ??
      monthDate(tokens, index, index, floor, today) ??
      wordDuration(tokens, index, floor, today) ??
      wordCentury(tokens, index)
    )
  }

  if (token.kind === 'number') {
    return (
      numericDate(tokens, index) ??
      slashDay(tokens, index) ??
      dayMonth(tokens, index, today) ??
      digitCentury(tokens, index) ??
      shortDecade(tokens, index, floor) ??
      quarterCode(tokens, index, floor, today) ??
      fiscalCode(tokens, index, floor) ??
      numberDuration(tokens, index, floor, today) ??
      year(tokens, index, floor)
    )
  }

  return undefined
}

/** Words after which a date may lie ahead even in a past-tense sentence (“ahead of”, “until”, “before”). */
const aheadWords = new Set(['ahead', 'before', 'until', 'till', 'upcoming', 'forthcoming', 'scheduled', 'slated'])

/** Whether one of {@link aheadWords} comes in the three tokens before `index` (the date’s own words may be between: “before the state’s June 7 primary”). */
function looksAhead(tokens: Token[], index: number, floor: number): boolean {
  for (let back = index - 1; back >= Math.max(floor, index - 4); back--) {
    const token = tokens[back]!
    if (token.kind === 'word' && aheadWords.has(token.lower)) return true
  }

  return false
}

/**
 * Whether the date at `index` is a point of comparison in the past: after
 * “since” (“the highest since March”) or “up from”/“down from” (“up from
 * the 2.1% forecast in September”), within the six tokens before it.
 */
function looksBack(tokens: Token[], index: number, floor: number): boolean {
  for (let back = index - 1; back >= Math.max(floor, index - 6); back--) {
    const lower = tokens[back]!.lower
    if (lower === 'since') return true
    if (lower === 'from' && back > floor) {
      const before = tokens[back - 1]!.lower
      if (before === 'up' || before === 'down') return true
    }
  }

  return false
}

/**
 * Whether a past verb follows the day or month at `index` (“The Senate on
 * Tuesday passed the bill, sending it to Biden, who has said he will sign
 * it”): that clause is about the past, whatever the sentence says later.
 */
function pastVerbAfter(tokens: Token[], index: number): boolean {
  let comma = false
  for (let ahead = index + 1; ahead <= index + 4 && ahead < tokens.length; ahead++) {
    const token = tokens[ahead]!
    // (Past the comma of an opening phrase and its clause’s pronoun: “In a
    // speech on Saturday, he said the army would …”.)
    if (token.kind === 'punct' && token.text === ',' && !comma) {
      comma = true
      continue
    }

    if (token.kind !== 'word') return false
    const lower = token.lower
    if (pastForm(lower)) return true
    // (Past a part of the day or an adverb: “on Tuesday night voted”, “on
    // Thursday night largely abandoned”.)
    if (!dayPartWords.has(lower) && !(lower.length > 4 && lower.endsWith('ly')) && !(comma && subjectPronouns.has(lower) && tokens[ahead - 1]!.text === ',')) return false
  }

  return false
}

/** Pronouns that open a clause after an opening phrase’s comma. */
const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'it'])

/**
 * Whether a past verb comes right before the day at `index`, maybe with
 * “on” between (“will allow inspectors to return, the minister said on
 * Sunday”): the day the words were said, in the past, whatever they tell
 * of the future. Not a passive or infinitive after “be” or “to” (“will be
 * announced Monday”), nor a plan (“expected Monday”).
 */
function pastVerbBefore(tokens: Token[], index: number, floor: number): boolean {
  let back = index - 1
  if (back > floor && tokens[back]!.lower === 'on') back--
  if (back < floor) return false
  const verb = tokens[back]!
  if (verb.kind !== 'word' || !pastForm(verb.lower) || futureParticiples.has(verb.lower) || verb.lower === 'since') return false
  const before = tokens[back - 1]?.lower
  return before !== 'be' && before !== 'been' && before !== 'being' && before !== 'to'
}

/**
 * Whether the day or month at `index` ends a past clause, whatever future
 * the sentence tells of after it (“The competition entered an urgent new
 * phase Wednesday — a minuet that leaders hope will soothe tensions”): a
 * finite past verb in the six tokens before it, with no punctuation, “to”
 * or future word between (not “plans to campaign in Ohio on Wednesday”,
 * “said he will campaign Wednesday”).
 */
function pastClauseBefore(tokens: Token[], index: number, floor: number): boolean {
  for (let back = index - 1; back >= Math.max(floor, index - 6); back--) {
    const token = tokens[back]!
    if (token.kind === 'punct' || clauseStops.has(token.lower) || futureWords.has(token.lower)) return false
    if (pastForm(token.lower) && !futureParticiples.has(token.lower) && token.lower !== 'since') {
      // (An infinitive, a participle after “be”, a modal or a determiner, or
      // before “by”, is no past: “to cut rates again in January”, “could be
      // concluded in October”, “a contested convention in July”, “followed
      // by one in Pittsburgh on Tuesday”.)
      const before = tokens[back - 1]
      // (Nor a condition’s past: “if he won the election on Nov. 8”.)
      return !(notFinite.has(before?.lower ?? '') || clauseStops.has(tokens[back - 2]?.lower ?? '') || (before !== undefined && (before.flags & ARTICLE) !== 0) || determiners.has(before?.lower ?? '') || tokens[back + 1]?.lower === 'by')
    }
  }

  return false
}

/** Words that end the scan of {@link pastClauseBefore}: an infinitive’s “to”, a condition (“if he won the election on Nov. 8”). */
const clauseStops = new Set(['to', 'if', 'unless', 'whether'])

/** Determiners before a participle that make it an adjective (“his latest”, “a divided party”). */
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those'])

/** Words before a verb form that make it no finite past (“to cut”, “be concluded”, “is scheduled”; “were hammered out” is one). */
const notFinite = new Set(['to', 'be', 'been', 'being', 'is', 'are', 'has', 'have', 'can', 'could', 'may', 'might', 'must', 'should', 'will', 'would'])

/** Parts of a day between a weekday and its verb. */
const dayPartWords = new Set(['morning', 'afternoon', 'evening', 'night'])

/** Nouns of a part of a period: “the end of 2015”, “the start of the year”. */
const partHeads = new Set(['end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'close'])

/** “early 2017”, “late last year”: narrower, same period. */
const edgeWords = new Set(['early', 'late'])

/** The ordinal of a quarter or half (“first” → 1), or 0. */
function partOrdinal(token: Token | undefined, part: string): number {
  if (!token) return 0
  const ordinal = ordinalWord(token.lower)
  const value = ordinal && ordinal.suffix === null ? ordinal.value : token.lower === 'final' ? (part === 'quarter' ? 4 : 2) : 0
  return value <= (part === 'quarter' ? 4 : 2) ? value : 0
}

/**
 * “the end of the year”, “the rest of the month”, “the first quarter of the
 * year”: a part of the article’s current period (the match is at the unit).
 */
function partOfThe(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  const unit = unitWords.get(token.lower)
  // Not days: “at the end of the day” is an idiom far more often than a time.
  if (!unit || unit.code === 'D' || token.lower.endsWith('s') || tokens[index - 1]?.lower !== 'the' || tokens[index - 2]?.lower !== 'of') {
    return undefined
  }

  const head = tokens[index - 3]
  if (!head) return undefined
  if (partHeads.has(head.lower) && index - 3 >= floor) {
    // (The past only of a clause that tells it: “By the end of the year, he
    // had climbed”, “sold its shares at the end of the month”; not “the
    // act, which expires at the end of the year”, nor “to defeat it
    // before the end of the year”.)
    const told = today && today.tense === 'past' && !(pastVerbAfter(tokens, index) || pastVerbBack(tokens, index - 3, floor)) ? {...today, tense: 'near' as const} : today
    return match(tokens, index - 3, index, 'relative', told ? shiftCalendar(told, unit, partStep(told, head.lower, unit)) : null, null)
  }

  const part = head.lower
  if ((part !== 'quarter' && part !== 'half') || unit.code !== 'Y' || unit.factor !== 1 || index - 4 < floor) return undefined
  const ordinal = partOrdinal(tokens[index - 4], part)
  if (ordinal === 0) return undefined
  return match(tokens, index - 4, index, 'relative', today ? partOfYear(today, part, ordinal) : null, null)
}

/**
 * Which year or month a part of “the year” or “the month” is in: the one
 * before when the sentence tells of the past and this one’s end is still
 * ahead (“By the end of the year, he had climbed to 35 percent”, in June),
 * the one after when it tells of the future and this one’s start is gone
 * (“will take effect at the start of the year”, in December); else this
 * one.
 */
function partStep(today: Day, head: string, unit: Unit): number {
  if (unit.factor !== 1 || (unit.code !== 'Y' && unit.code !== 'M')) return 0
  // (How far into the period the date is: a month of the year, a day of the month.)
  const into = unit.code === 'Y' ? today.month : today.day
  const last = unit.code === 'Y' ? 12 : 25
  const first = unit.code === 'Y' ? 1 : 5
  if (today.tense === 'past' && endHeads.has(head) && into < last) return -1
  if (today.tense === 'future' && startHeads.has(head) && into > first) return 1
  return 0
}

/**
 * Whether a past verb comes in the six tokens before `index`, in its
 * clause (not past a comma) and with no word of {@link aheadWords} between
 * (“sold its shares at the end”, not “to defeat it before the end”).
 */
function pastVerbBack(tokens: Token[], index: number, floor: number): boolean {
  for (let back = index - 1; back >= Math.max(floor, index - 6); back--) {
    const token = tokens[back]!
    if (token.kind === 'punct' || aheadWords.has(token.lower)) return false
    if (pastForm(token.lower)) return true
  }

  return false
}

/** Parts at the end of a period (“the end of the year”). */
const endHeads = new Set(['end', 'close'])

/** Parts at the start of a period (“the start of the year”). */
const startHeads = new Set(['beginning', 'start'])

/**
 * “Months after the vote”, “Years later”, “a few weeks before”, “decades
 * ago”: some number of units from an event or from now, which no ISO 8601
 * duration says. (Not “for years after”, “the days before”: a span.)
 */
function unitsFrom(tokens: Token[], index: number, floor: number): TimeMatch | undefined {
  const token = tokens[index]!
  const lower = token.lower
  if (!lower.endsWith('s') || !relativeWords.has(tokens[index + 1]?.lower ?? '')) return undefined
  let first = index
  const lead = index > floor ? tokens[index - 1]!.lower : ''
  if (someWords.has(lead)) first = lead === 'few' && index - 2 >= floor && tokens[index - 2]!.lower === 'a' ? index - 2 : index - 1
  const before = first > floor ? tokens[first - 1]!.lower : ''
  if (spanBefore.has(before) || spanBefore.has(lead) || (first === index && lead !== '' && !startsClause(tokens[index - 1]!))) return undefined
  return match(tokens, first, index + 1, 'relative', null, null)
}

/** Words for some number before a plural unit (“many years later”, “a few weeks before”). */
const someWords = new Set(['several', 'many', 'few', 'some'])

/**
 * Whether a token may come right before a bare plural unit that opens a
 * time (“, months later”, “just days after”, “released days before”):
 * punctuation, a verb or an adverb, not a determiner or an adjective of the
 * unit (“those years after”, “early days before”).
 */
function startsClause(token: Token): boolean {
  const lower = token.lower
  return token.kind === 'punct' || clauseOpeners.has(lower) || pastForm(lower) || (lower.length > 4 && lower.endsWith('ly'))
}

/** Words that may come right before “days after”, “months later” and leave it a time. */
const clauseOpeners = new Set(['just', 'only', 'came', 'comes', 'come', 'but', 'then', 'was', 'is', 'were', 'are', 'died', 'left', 'returned', 'even', 'again', 'until'])

/**
 * “the third quarter”, “fourth-quarter earnings”, “the first quarter 2023”:
 * a calendar quarter; without a year, the one the sentence’s tense points to
 * from the article’s date (the latest begun in a past-tense sentence, the
 * next unfinished in one about the future). “… of 2023” is read from the
 * year, in {@link widen}.
 */
function quarter(tokens: Token[], index: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  const ordinal = ordinalWord(token.lower)
  if (!ordinal) return undefined
  let last = index
  if (ordinal.suffix === null) {
    if (tokens[index + 1]?.lower !== 'quarter') return undefined
    last = index + 1
  } else if (ordinal.suffix !== 'quarter') {
    return undefined
  }

  if (ordinal.value > 4) return undefined
  const next = tokens[last + 1]
  if (next?.lower === 'of') return undefined
  const year = yearAfterQuarter(tokens, last + 1, today)
  if (year) return match(tokens, index, year.last, year.type, year.value === null ? null : year.value + partCode('quarter', ordinal.value), null)
  return match(tokens, index, last, 'relative', today ? partOfYear(today, 'quarter', ordinal.value) : null, null)
}

/**
 * The year right after a quarter at `index`: “Q3 2024”, “the third quarter
 * last year”, “the second quarter of fiscal 2025” (`FY2025`, the TIMEX3 form:
 * a fiscal year is no calendar year), or `undefined`.
 */
function yearAfterQuarter(tokens: Token[], index: number, today: Day | null): {value: string | null; last: number; type: TimeExpression['type']} | undefined {
  const next = tokens[index]
  if (!next) return undefined
  const fiscal = next.lower === 'fiscal' ? 1 : 0
  const number = tokens[index + fiscal]
  const glued = tokens[index + fiscal + 1]
  // (Not glued on, but a year may end the sentence: “Q3 2024.”.)
  if (number && /^\d{4}$/.test(number.text) && !(touches(number, glued) && !(glued!.text === '.' || glued!.text === ','))) {
    return {value: (fiscal ? 'FY' : '') + number.text, last: index + fiscal, type: 'date'}
  }

  // (Business news drops the “of”: “$401 million in Q3 last year”.)
  const shift = next.lower === 'last' ? -1 : next.lower === 'this' ? 0 : next.lower === 'next' ? 1 : undefined
  if (shift === undefined || tokens[index + 1]?.lower !== 'year') return undefined
  return {value: today ? formatYear(today.year + shift) : null, last: index + 1, type: 'relative'}
}

/**
 * “Q3”, “Q3 2024”, “H1 2025”: a quarter or half as business news writes it
 * (the number at `index`, its “Q” or “H” glued before); without a year, as
 * {@link quarter} reads “the third quarter”.
 */
function quarterCode(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  const letter = tokens[index - 1]
  if (!letter || index - 1 < floor || !touches(letter, token)) return undefined
  const part = letter.text === 'Q' ? 'quarter' : letter.text === 'H' ? 'half' : undefined
  if (part === undefined || !(part === 'quarter' ? /^[1-4]$/ : /^[12]$/).test(token.text)) return undefined
  // (Not glued on: “Q3-2”, “Q3s”, nor “AQ3”.)
  const next = tokens[index + 1]
  if (next && touches(token, next) && next.text !== ',' && next.text !== '.') return undefined
  if (touches(tokens[index - 2], letter) && tokens[index - 2]!.kind !== 'punct') return undefined
  const ordinal = Number(token.text)
  const year = yearAfterQuarter(tokens, index + 1, today)
  if (year) return match(tokens, index - 1, year.last, year.type, year.value === null ? null : year.value + partCode(part, ordinal), null)
  // (“H2” alone is hydrogen as often as a half.)
  if (part === 'half') return undefined
  return match(tokens, index - 1, index, 'relative', today ? partOfYear(today, part, ordinal) : null, null)
}

/**
 * “FY26”, “FY2025”: a fiscal year as business news writes it (the number
 * at `index`, “FY” glued before), `FY2026` (TIMEX3).
 */
function fiscalCode(tokens: Token[], index: number, floor: number): TimeMatch | undefined {
  const token = tokens[index]!
  const letters = tokens[index - 1]
  if (!letters || index - 1 < floor || letters.text !== 'FY' || !touches(letters, token) || !/^(?:\d{2}|\d{4})$/.test(token.text)) return undefined
  const next = tokens[index + 1]
  if ((next && touches(token, next) && next.text !== ',' && next.text !== '.') || (touches(tokens[index - 2], letters) && tokens[index - 2]!.kind !== 'punct')) return undefined
  return match(tokens, index - 1, index, 'year', 'FY' + (token.text.length === 2 ? '20' : '') + token.text, null)
}

/**
 * The quarter or half of the year the sentence’s tense points to from the
 * article’s date: the latest begun in a past-tense sentence or one with no
 * tense, the next unfinished in one about the future.
 */
function partOfYear(today: Day, part: string, ordinal: number): string {
  const months = part === 'quarter' ? 3 : 6
  const first = (ordinal - 1) * months + 1
  let year = today.year
  if (today.tense === 'future') {
    if (first + months - 1 < today.month) year++
  } else if (first > today.month) {
    year--
  }

  return formatYear(year) + partCode(part, ordinal)
}

/** `-Q1`…`-Q4`, `-H1`, `-H2` (the TIMEX3 forms). */
function partCode(part: string, ordinal: number): string {
  return (part === 'quarter' ? '-Q' : '-H') + ordinal
}

/**
 * Widen a match over words that narrow it: “end of 2015”, “beginning of
 * this month”, “early next year”, “mid-2024” keep its value; “first quarter
 * of 2023”, “second half of last year” take the part’s (`2023-Q1`).
 */
function widen(tokens: Token[], found: TimeMatch, floor: number): TimeMatch {
  if (found.type === 'duration') return found
  const first = found.first
  const before = tokens[first - 1]
  if (!before || first - 1 < floor) return found
  const value = found.value
  // “the week of March 4”: the week that holds the day, as “this week” is
  // read (the day alone was a week off for a week-long event).
  if (before.lower === 'of' && tokens[first - 2]?.lower === 'week' && first - 2 >= floor && value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = {year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10))}
    return {...found, first: first - 2, start: tokens[first - 2]!.start, value: isoWeek(day)}
  }

  // “fiscal 2025”, “fiscal year 2025”, “the 2025 fiscal year”: a company’s
  // or a government’s year, not the calendar’s (TIMEX3 `FY2025`).
  if (found.type === 'year' && value !== null && /^\d{4}$/.test(value)) {
    const fiscal = before.lower === 'fiscal' ? first - 1 : before.lower === 'year' && tokens[first - 2]?.lower === 'fiscal' ? first - 2 : -1
    if (fiscal >= floor) return widen(tokens, {...found, first: fiscal, start: tokens[fiscal]!.start, value: 'FY' + value}, floor)
    const last = found.last
    if (tokens[last + 1]?.lower === 'fiscal' && tokens[last + 2]?.lower === 'year') {
      return widen(tokens, {...found, last: last + 2, end: tokens[last + 2]!.end, value: 'FY' + value}, floor)
    }
  }

  // Years, months, weeks, decades, centuries: not days (“the beginning of Saturday night’s debate”).
  const calendar = value !== null && /^(?:(?:FY)?\d{2,4}(?:-\d{2}|-W\d{2})?|--\d{2})$/.test(value)
  if (!calendar) return found
  if (edgeWords.has(before.lower)) return {...found, first: first - 1, start: before.start}
  if (before.text === '-' && tokens[first - 2]?.lower === 'mid' && touches(tokens[first - 2], before) && touches(before, tokens[first]) && first - 2 >= floor) {
    return {...found, first: first - 2, start: tokens[first - 2]!.start}
  }

  // “summer 2019”, “the spring of 2016”, “the fall of last year”: the season of that year.
  const yearValue = value !== null && /^\d{4}$/.test(value)
  if (yearValue && seasonStarts.has(before.lower) && !isPossessive(before)) return seasonOf(found, first - 1, before, value)
  // (A fiscal year may take “the”: “the third quarter of the 2025 fiscal year”.)
  const of = before.lower === 'the' && value !== null && value.startsWith('FY') && tokens[first - 2]?.lower === 'of' ? first - 2 : first - 1
  if (tokens[of]!.lower !== 'of' || of - 1 < floor) return found
  const head = tokens[of - 1]!
  if (yearValue && seasonStarts.has(head.lower)) return seasonOf(found, of - 1, head, value)
  if (partHeads.has(head.lower)) return {...found, first: of - 1, start: head.start}
  if ((head.lower === 'quarter' || head.lower === 'half') && of - 2 >= floor && value !== null && /^(?:FY)?\d{4}$/.test(value)) {
    const ordinal = partOrdinal(tokens[of - 2], head.lower)
    if (ordinal === 0) return found
    return {
      ...found,
      first: of - 2,
      start: tokens[of - 2]!.start,
      type: found.type === 'year' ? 'date' : found.type,
      value: value + partCode(head.lower, ordinal)
    }
  }

  return found
}

/**
 * The season `season` (at token `first`) of the year `year` a match
 * resolved to: `2016-SP` (TIMEX3), from the season on.
 */
function seasonOf(found: TimeMatch, first: number, season: Token, year: string): TimeMatch {
  return {...found, first, start: season.start, type: found.type === 'year' ? 'date' : found.type, value: year + '-' + seasonStarts.get(season.lower)![0]}
}

/** “today”, “yesterday”, “tomorrow”, “tonight”. */
function dayWord(tokens: Token[], index: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  const offset =
    token.lower === 'today' || token.lower === 'tonight' ? 0 : token.lower === 'yesterday' ? -1 : token.lower === 'tomorrow' ? 1 : undefined
  if (offset === undefined) return undefined
  return match(tokens, index, index, 'relative', today ? formatDay(addDays(today, offset)) : null, null)
}

/** Words before “last” that make it a verb (“to last”, “could last”, “would not last”). */
const verbBeforeLast = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', "won't", 'won’t', 'cannot', 'also', 'still'])

/**
 * “this year”, “last month”, “next week”, “earlier this year”, “last
 * Friday”, “this December”, “the past two years”, “the next decade”.
 */
function shifted(tokens: Token[], index: number, today: Day | null): TimeMatch | undefined {
  let position = index
  let lead = tokens[position]!.lower
  const first = index
  if (lead === 'earlier' || lead === 'later') {
    position++
    lead = tokens[position]?.lower ?? ''
    if (lead !== 'this' && lead !== 'last' && lead !== 'next') return undefined
  }

  if (lead !== 'this' && lead !== 'last' && lead !== 'next' && lead !== 'past' && lead !== 'coming') return undefined
  // “this past weekend”, “this past Sunday”: the last one (not “this past
  // year”, which may be the last twelve months).
  const pastDay = tokens[position + 2]
  if (lead === 'this' && tokens[position + 1]?.lower === 'past' && pastDay && (pastDay.lower === 'weekend' || weekdays.has(stripPossessive(pastDay.lower)))) {
    position++
    lead = 'last'
  }

  // (“expected to last three weeks”, “will last two days”: the verb, and a duration after it.)
  if (lead === 'last' && position === index && verbBeforeLast.has(tokens[index - 1]?.lower ?? '')) return undefined
  const afterThe = tokens[index - 1]?.lower === 'the' && first === index
  const next = tokens[position + 1]
  if (!next) return undefined

  // “the past two years”, “the last 90 days”, “past decade”: a duration.
  const count = next.kind === 'number' || numberWord(next.lower) !== undefined ? readNumber(tokens, position + 1) : undefined
  if (count && count.value !== null && count.value > 0) {
    const unitToken = tokens[count.last + 1]
    const unit = unitToken ? unitOf(unitToken) : undefined
    if (unit && unitToken && lead !== 'this') {
      return match(tokens, first, count.last + 1, 'duration', null, isoDuration(count.value, unit), unitToken)
    }

    return undefined
  }

  if (next.kind !== 'word') return undefined
  const unit = unitOf(next)
  if (unit) {
    // (“the last year of his presidency”, “the last week of October”: the
    // final one of a period, neither the past one nor a span from now.)
    if (afterThe && lead === 'last' && tokens[position + 2]?.lower === 'of') return undefined
    if (lead === 'past' || lead === 'coming' || afterThe) {
      // (“the coming weeks”, “the past decades”: some number of them, which
      // no ISO 8601 duration says — not one week.)
      const some = stripPossessive(next.lower).endsWith('s')
      return match(tokens, first, position + 1, 'duration', null, some ? null : isoDuration(1, unit), next)
    }

    const step = lead === 'this' ? 0 : lead === 'last' ? -1 : 1
    return match(tokens, first, position + 1, 'relative', today ? shiftCalendar(today, unit, step) : null, null, next)
  }

  if (lead === 'past' || lead === 'coming') return undefined
  const direction = lead === 'this' ? 'this' : lead === 'last' ? 'last' : 'next'
  if (first === index && isCapitalized(next) && weekdays.has(next.lower)) {
    return weekday(tokens, position + 1, first, direction, today)
  }

  const month = isCapitalized(next) ? months.get(next.lower) : undefined
  if (month !== undefined && next.lower.length > 3) {
    let value: string | null = null
    if (today) {
      let year = today.year
      if (direction === 'last' && month >= today.month) year--
      if (direction === 'next' && month <= today.month) year++
      value = pad(year, 4) + '-' + pad(month, 2)
    }

    return match(tokens, first, position + 1, 'relative', value, null)
  }

  if (seasons.has(next.lower)) {
    return match(tokens, first, position + 1, 'relative', today ? seasonValue(today, next.lower, direction) : null, null, next)
  }

  return undefined
}

/** TIMEX3 codes of the seasons, by the month each starts in (northern hemisphere, meteorological). */
const seasonStarts = new Map<string, readonly [string, number]>([
  ['spring', ['SP', 3]],
  ['summer', ['SU', 6]],
  ['fall', ['FA', 9]],
  ['autumn', ['FA', 9]],
  ['winter', ['WI', 12]]
] as const)

/**
 * “this spring” → `2025-SP`, “last fall” → the latest fall that has ended,
 * “next summer” → the first that has not begun, “this weekend” → `2025-W49-WE`
 * (TIMEX3). A winter takes the year it starts in (December).
 */
function seasonValue(today: Day, season: string, direction: 'this' | 'last' | 'next'): string | null {
  if (season === 'weekend') {
    const shift = direction === 'this' ? 0 : direction === 'last' ? -7 : 7
    return isoWeek(addDays(today, shift)) + '-WE'
  }

  const found = seasonStarts.get(season)
  if (!found) return null
  const [code, startMonth] = found
  const now = today.month
  const begun = (year: number): boolean => today.year > year || (today.year === year && now >= startMonth)
  // Counted in months from year 0, so that a winter runs on into the next year.
  const ended = (year: number): boolean => today.year * 12 + now >= year * 12 + startMonth + 3
  let year = today.year
  if (direction === 'this') {
    // (“this winter” in January is the one that began in December.)
    if (code === 'WI' && now < 3) year--
  } else if (direction === 'last') {
    if (!ended(year)) year--
  } else if (begun(year)) {
    year++
  }

  return formatYear(year) + '-' + code
}

/**
 * “Thursday, Oct. 24”, “Tuesday, 2 December 2024”: one date, which the
 * weekday only names (read alone, “Thursday” would be the latest Thursday).
 */
function weekdayDate(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  if (!isCapitalized(token) || !weekdays.has(token.lower)) return undefined
  let at = index + 1
  if (tokens[at]?.text === ',') at++
  const next = tokens[at]
  if (!next) return undefined
  const date = next.kind === 'number' ? dayMonth(tokens, at, today) : next.kind === 'word' ? monthDate(tokens, at, index, floor, today) : undefined
  if (!date || date.last === at) return undefined
  return {...date, first: index, start: token.start}
}

/** “Friday”, “on Friday”, “last Friday”, “next Monday”. */
function weekday(
  tokens: Token[],
  index: number,
  first: number,
  direction: 'same' | 'this' | 'last' | 'next',
  today: Day | null
): TimeMatch | undefined {
  const token = tokens[index]!
  if (!isCapitalized(token)) return undefined
  const day = weekdays.get(stripPossessive(token.lower))
  if (day === undefined) return undefined
  let value: string | null = null
  if (today) {
    const current = weekdayOf(today)
    let delta: number
    if (direction === 'next') delta = ((day - current + 7) % 7) || 7
    else if (direction === 'this') delta = (day - current + 7) % 7
    else if (direction === 'last') delta = -(((current - day + 7) % 7) || 7)
    // A sentence about the future (“will vote Tuesday”) means the coming
    // one; otherwise news tells of what happened: the latest, today included.
    // (“as of Monday night”: a state up to then, the latest, whatever the tense.)
    else if ((today.tense === 'future' && !asOf(tokens, first) && !reportedWould(tokens)) || modalUntil(tokens, first) || scheduled(tokens, first)) delta = (day - current + 7) % 7
    // A sentence with no tense (a headline’s present, “Obama signs bill
    // Friday”; “heading into Tuesday’s primary”) may look either way: the
    // nearest such day, as a month without a year is read.
    // (Not after “after”: “losing supporters after the debate on Saturday”.)
    else if (today.tense === 'near' && !asOf(tokens, first) && !afterEvent(tokens, first)) delta = nearestDelta(day, current)
    else delta = -((current - day + 7) % 7)
    value = formatDay(addDays(today, delta))
  }

  return match(tokens, first, index, 'relative', value, null, token)
}

/** Whether “after” comes in the four tokens before `first` (“after the debate on Saturday”): an event gone by. */
function afterEvent(tokens: Token[], first: number): boolean {
  for (let back = first - 1; back >= Math.max(0, first - 4); back--) if (tokens[back]!.lower === 'after') return true
  return false
}

/** Whether “after” opens the phrase of the month at `first`, in the six tokens before it with no punctuation or verb between (“after the church massacre in June”). */
function eventAfter(tokens: Token[], first: number): boolean {
  for (let back = first - 1; back >= Math.max(0, first - 6); back--) {
    const token = tokens[back]!
    if (token.lower === 'after') return true
    if (token.kind === 'punct' || (token.flags & FINITE) !== 0) return false
  }

  return false
}

/** Days from weekday `current` to the nearest weekday `day`, back or ahead (−3…3). */
function nearestDelta(day: number, current: number): number {
  const ahead = (day - current + 7) % 7
  return ahead > 3 ? ahead - 7 : ahead
}

/** Present verbs of a schedule (“preorders begin Friday”, “the show opens in March”). */
const scheduleVerbs = new Set([
  'begin', 'begins', 'start', 'starts', 'open', 'opens', 'reopen', 'reopens', 'launch', 'launches', 'resume', 'resumes', 'debut', 'debuts',
  'premiere', 'premieres', 'air', 'airs', 'end', 'ends', 'close', 'closes', 'expire', 'expires', 'arrive', 'arrives', 'ship', 'ships', 'meet', 'meets'
])

/** Verbs of {@link scheduleVerbs} that are also nouns (“a rocky start”, “the end”), verbs only after a plural subject. */
const nounLikeVerbs = new Set(['start', 'end', 'close', 'open', 'launch', 'resume', 'debut', 'premiere', 'air', 'ship', 'meet'])

/** Pronouns a plural verb follows (“they begin Monday”). */
const pluralPronouns = new Set(['they', 'we', 'you', 'i'])

/** Verbs of a schedule in two words, by their last word and the present verbs before it (“kicks off”, “takes effect”, “goes on sale”). */
const scheduleParticles = new Map([
  ['off', new Set(['kick', 'kicks'])],
  ['effect', new Set(['take', 'takes', 'go', 'goes'])],
  ['sale', new Set(['on'])]
])

/**
 * Words before a verb of {@link scheduleVerbs} that tell of the past or
 * deny it (“did not begin Friday”, “polls were open Monday”), or make it a
 * noun (“in the air Friday”, “the close Monday”).
 */
const notScheduled = new Set(['did', "didn't", 'not', 'never', 'had', "hadn't", 'was', 'were', 'been', 'to', 'the', 'a', 'an', 'its', 'their', 'his', 'her'])

/**
 * Whether a present verb of a schedule comes right before the day or month
 * at `first`, maybe with “on” or “in” between (“preorders begin Friday”,
 * “goes on sale on Monday”): what a schedule announces lies ahead, whatever
 * the tense of the sentence’s cue (“Apple said …”). (Not after “to”: an
 * infinitive follows the tense of its verb, “agreed to meet Monday”.)
 */
function scheduled(tokens: Token[], first: number): boolean {
  let back = first - 1
  const preposition = tokens[back]?.lower
  if (preposition === 'on' || preposition === 'in') back--
  const verb = tokens[back]
  if (!verb || verb.kind !== 'word') return false
  const particle = scheduleParticles.get(verb.lower)
  if (particle !== undefined) {
    if (!particle.has(tokens[back - 1]?.lower ?? '')) return false
    back--
    // (“goes on sale”: the verb is before “on”.)
    if (verb.lower === 'sale') {
      back--
      const go = tokens[back]?.lower
      if (go !== 'go' && go !== 'goes') return false
    }
  } else if (!scheduleVerbs.has(verb.lower)) {
    return false
  } else if (nounLikeVerbs.has(verb.lower)) {
    // (“got off to a rocky start Monday”: a noun; the verb has a plural
    // subject, “classes start Monday”.)
    const subject = tokens[back - 1]
    return subject !== undefined && subject.kind === 'word' && (pluralPronouns.has(subject.lower) || (isPluralNoun(subject.lower) && !notScheduled.has(subject.lower)))
  }

  return !notScheduled.has(tokens[back - 1]?.lower ?? '')
}

/** Whether “as of” comes right before `first`. */
function asOf(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.lower === 'as'
}

/**
 * Whether “until”, “till” or “through” comes right before `first` after a
 * modal in the few words before (“could be without power until
 * Wednesday”): how long something may last, so the coming day, whatever
 * the tense of the sentence’s cue (“National Grid said …”). Or after a
 * present verb (“has issued a warning … through Wednesday”, “schools are
 * closed until Monday”): a state that holds now, until then.
 */
function modalUntil(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower
  if (before !== 'until' && before !== 'till' && before !== 'through') return false
  for (let index = first - 2; index >= Math.max(0, first - 14); index--) {
    const lower = tokens[index]!.lower
    if (lower === 'could' || lower === 'may' || lower === 'might' || lower === 'can') return true
    // (“from Monday through Wednesday”: a span told as a whole.)
    if (lower === 'from' || lower === 'was' || lower === 'were' || lower === 'had') return false
    if (lower === 'is' || lower === 'are' || lower === 'remains' || lower === 'remain') return true
    // (A perfect only with a state that lasts: “has issued a warning …
    // through Wednesday”, not “the 15 states that have held primaries
    // through Tuesday”, a tally up to a day gone.)
    if (lower === 'has' || lower === 'have') return lastingBetween(tokens, index + 1, first - 1)
  }

  return false
}

/** States that last until a day (“a blizzard *warning* … through Tuesday”, “an *order* … until Friday”). */
const lastingStates = new Set(['warning', 'warnings', 'advisory', 'advisories', 'watch', 'effect', 'order', 'orders', 'closure', 'closures', 'closed', 'ban', 'curfew', 'emergency', 'suspended', 'extended'])

/** Whether a word of {@link lastingStates} is in `tokens[from, to)`. */
function lastingBetween(tokens: Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (lastingStates.has(tokens[index]!.lower)) return true
  return false
}

/** “Dec. 2”, “December 2, 2024”, “Dec. 2nd”, “December 2024”, “in December”, “mid-December”. */
function monthDate(tokens: Token[], index: number, first: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  if (!isCapitalized(token) && !token.lower.startsWith('mid-')) return undefined
  const name = token.lower.startsWith('mid-') ? token.lower.slice(4) : token.lower
  const month = months.get(name)
  if (month === undefined) return undefined
  if (token.lower.startsWith('mid-') && !/^\p{Lu}/u.test(token.text.slice(4))) return undefined
  let last = index
  const abbreviated = name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july'
  const dot = tokens[index + 1]
  if (abbreviated && dot?.text === '.' && touches(token, dot)) last = index + 1

  // A day: “Dec. 2”, “Dec. 2nd”.
  const dayToken = tokens[last + 1]
  if (dayToken && dayToken.kind === 'number' && /^\d{1,2}$/.test(dayToken.text)) {
    const day = Number(dayToken.text)
    if (day >= 1 && day <= 31) {
      let end = last + 1
      const suffix = tokens[end + 1]
      if (suffix && touches(dayToken, suffix) && /^(?:st|nd|rd|th)$/.test(suffix.lower)) end++
      // Days of one month: “Oct. 20-23”, “March 1–8” (a poll’s field dates,
      // a meeting): the first day, lasting to the last.
      const lastDay = end === last + 1 ? dayRangeEnd(tokens, end, day) : 0
      let duration: string | null = null
      if (lastDay > 0) {
        duration = 'P' + (lastDay - day + 1) + 'D'
        end += 2
      }

      // A year: “Dec. 2, 2024”.
      const comma = tokens[end + 1]
      const yearToken = comma?.text === ',' ? tokens[end + 2] : undefined
      if (yearToken && /^\d{4}$/.test(yearToken.text)) {
        const year = Number(yearToken.text)
        return match(tokens, first, end + 2, 'date', formatDay({year, month, day}), duration)
      }

      const value = yearlessDay(month, day, today && scheduled(tokens, first) ? {...today, tense: 'future'} : today)
      return match(tokens, first, end, 'date', (duration === null && namedDay(tokens, first, end + 1, month, day, value, today)) || value, duration)
    }
  }

  // A year: “December 2024”, “December of 2024”.
  let yearIndex = last + 1
  if (tokens[yearIndex]?.lower === 'of') yearIndex++
  const yearToken = tokens[yearIndex]
  // Not glued to more (“May 2016-17”, “June 2024x”); a comma or full stop may follow.
  const afterYear = tokens[yearIndex + 1]
  if (
    yearToken &&
    /^\d{4}$/.test(yearToken.text) &&
    !(touches(yearToken, afterYear) && afterYear && (afterYear.kind !== 'punct' || /^[-–/]$/.test(afterYear.text)))
  ) {
    return match(tokens, first, yearIndex, 'date', yearToken.text + '-' + pad(month, 2), null)
  }

  // A bare month needs a word that makes it one: “in December”, not “May I”.
  if (abbreviated && last === index) return undefined
  const previous = index > floor ? tokens[index - 1] : undefined
  if (!token.lower.startsWith('mid-') && (!previous || !timePrepositions.has(previous.lower))) return undefined

  let value: string | null = null
  if (today) {
    // The nearest such month to the article’s date, in the past or the
    // future when the sentence’s tense says which (“fell in March”, “will
    // open in March”).
    if (scheduled(tokens, first) || (month === 11 && today.month < 12 && !pastForm(tokens[first - 2]?.lower ?? '') && electionAhead(tokens))) today = {...today, tense: 'future'}
    // (“an issue after the Charleston church massacre in June”: a sentence
    // with no tense that dates an event after which things are as they
    // are, a past one — as a weekday after “after” is read.)
    else if (today.tense === 'near' && eventAfter(tokens, first)) today = {...today, tense: 'past'}
    const candidates = [today.year - 1, today.year, today.year + 1]
    let best = today.year
    let bestDistance = Infinity
    for (const year of candidates) {
      const offset = year * 12 + month - (today.year * 12 + today.month)
      if (againstTense(today, offset)) continue
      const distance = Math.abs(offset)
      if (distance < bestDistance) {
        bestDistance = distance
        best = year
      }
    }

    value = pad(best, 4) + '-' + pad(month, 2)
  } else {
    value = '--' + pad(month, 2)
  }

  return match(tokens, first, last, 'date', value, null)
}

/**
 * Whether a sentence speaks of an election to come (“can win in November”,
 * “less likely to vote Republican in November”, “her chances against Trump
 * in November”): news means the coming November, Election Day, even from
 * January or in a past-tense report — unless a past verb comes right before
 * (“a trial was held in November”). (Read only for a bare “November”.)
 */
function electionAhead(tokens: Token[]): boolean {
  for (const token of tokens) if (electionWords.has(token.lower)) return true
  return false
}

/** Words of an election to come (not “won”: a past one). */
const electionWords = new Set([
  'win', 'wins', 'winning', 'beat', 'beating', 'defeat', 'defeating', 'lose', 'losing', 'vote', 'votes', 'voters', 'voting', 'ballot',
  'ballots', 'election', 'electability', 'elected', 'polls', 'nominee', 'ticket', 'seats', 'turnout', 'chances', 'victory'
])

/**
 * The last day of a range of days glued to the day at `index` (“20-23”,
 * “1–8”), or 0: a later day of the month, nothing glued after it.
 */
function dayRangeEnd(tokens: Token[], index: number, day: number): number {
  const dash = tokens[index + 1]
  const next = tokens[index + 2]
  if (!dash || !next) return 0
  // (Or written out: “conducted Nov. 13 to 17”, “Oct. 2 through 6” — not a
  // time of day, “June 3 to 5 p.m.”.)
  const spelled = dash.lower === 'to' || dash.lower === 'through'
  if (spelled) {
    const after = tokens[index + 3]
    if (after && after.kind !== 'punct' && !/^(?:and|or|in|at|of|for|the|with|by|but|when|after|before)$/.test(after.lower)) return 0
  } else if ((dash.text !== '-' && dash.text !== '–') || !touches(tokens[index], dash) || !touches(dash, next)) {
    return 0
  }

  if (next.kind !== 'number' || !/^\d{1,2}$/.test(next.text)) return 0
  const after = tokens[index + 3]
  if (after && touches(next, after) && after.kind !== 'punct') return 0
  const value = Number(next.text)
  return value > day && value <= 31 ? value : 0
}

/**
 * Days that name an event of one year (“the Sept. 11 attacks”, “the Jan. 6
 * committee”): read as that year’s day before a noun of the event, and
 * with `bare`, also alone after “since” or “after” when far from the
 * article’s date (“the country has changed since Sept. 11”, in March; near
 * the date, “a Sept. 11 memorial ceremony” is this year’s anniversary).
 * Not alone otherwise: news leaves out the year of this year’s days (“the
 * hearing on Sept. 11”, in December). (Only for articles after the event.)
 */
const namedDays: ReadonlyArray<{month: number; day: number; year: number; bare: boolean}> = [
  {month: 9, day: 11, year: 2001, bare: true},
  {month: 1, day: 6, year: 2021, bare: false},
  {month: 10, day: 7, year: 2023, bare: false}
]

/** Nouns after a day of {@link namedDays} that make it the event (“the Sept. 11 attacks”, “the Jan. 6 riot”). */
const eventNouns = new Set([
  'attack', 'attacks', 'attackers', 'terrorist', 'terror', 'terrorism', 'hijackers', 'hijacking', 'hijackings', 'commission', 'committee', 'riot',
  'riots', 'rioters', 'insurrection', 'massacre', 'plot', 'plotters', 'victims', 'families', 'era', 'bombings'
])

/**
 * The ISO day of the event a month and day without a year name (see
 * {@link namedDays}), or `undefined`: `next` is the token after the day,
 * `nearest` the day the article’s date makes of it.
 */
function namedDay(tokens: Token[], first: number, next: number, month: number, day: number, nearest: string | null, today: Day | null): string | undefined {
  const named = namedDays.find((entry) => entry.month === month && entry.day === day)
  if (!named || (today && today.year <= named.year)) return undefined
  const value = formatDay({year: named.year, month, day})!
  if (eventNouns.has(tokens[next]?.lower ?? '')) return value
  const before = tokens[first - 1]?.lower
  if (!named.bare || !today || nearest === null || (before !== 'since' && before !== 'after')) return undefined
  // (Two weeks either side of the date, in any year: the anniversary, a
  // day of this year’s, whichever way the tense points.)
  const reference = toDate(today).getTime()
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    if (Math.abs(toDate({year, month, day}).getTime() - reference) <= 14 * 86_400_000) return undefined
  }

  return value
}

/** “9/11”: a day of {@link namedDays} written with a slash, the event (a fraction or a score otherwise: “9/10”). */
function slashDay(tokens: Token[], index: number): TimeMatch | undefined {
  const month = tokens[index]!
  const slash = tokens[index + 1]
  const day = tokens[index + 2]
  if (month.text !== '9' || slash?.text !== '/' || day?.text !== '11' || !touches(month, slash) || !touches(slash, day)) return undefined
  // (Not part of a longer date or number: “9/11/2001” is `numericDate`’s,
  // “19/11”, “9/110”; nor of a title, “Fahrenheit 9/11”: a capitalised word
  // right before, not a possessive.)
  const before = tokens[index - 1]
  if (before && before.kind === 'word' && before.capitalized && index > 1 && !isPossessive(before) && tokens[index - 2]!.kind === 'word') return undefined
  const after = tokens[index + 2 + 1]
  if ((before && touches(before, month) && (before.kind === 'number' || before.text === '/')) || (after && touches(day, after) && (after.kind === 'number' || after.text === '/'))) {
    return undefined
  }

  return match(tokens, index, index + 2, 'date', '2001-09-11', null)
}

/** “2 December”, “2 December 2024”. */
function dayMonth(tokens: Token[], index: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  if (!/^\d{1,2}$/.test(token.text)) return undefined
  const day = Number(token.text)
  if (day < 1 || day > 31) return undefined
  const monthToken = tokens[index + 1]
  if (!monthToken || !isCapitalized(monthToken)) return undefined
  const month = months.get(monthToken.lower)
  if (month === undefined) return undefined
  const yearToken = tokens[index + 2]
  if (yearToken && /^\d{4}$/.test(yearToken.text)) {
    const date = {year: Number(yearToken.text), month, day}
    if (!validDay(date)) return undefined
    return match(tokens, index, index + 2, 'date', formatDay(date), null)
  }

  // Without a year, any month but “May” and “March” (“the 5 May I …”, “2 March on Washington”): “by 30 June”.
  if (monthToken.lower === 'may' || monthToken.lower === 'march') return undefined
  return match(tokens, index, index + 1, 'date', yearlessDay(month, day, today && scheduled(tokens, index) ? {...today, tense: 'future'} : today), null)
}

/** “2024-12-02”, “12/2/2024”. */
function numericDate(tokens: Token[], index: number): TimeMatch | undefined {
  const a = tokens[index]!
  const s1 = tokens[index + 1]
  const b = tokens[index + 2]
  const s2 = tokens[index + 3]
  const c = tokens[index + 4]
  if (!s1 || !b || !s2 || !c) return undefined
  if (!touches(a, s1) || !touches(s1, b) || !touches(b, s2) || !touches(s2, c)) return undefined
  if (b.kind !== 'number' || c.kind !== 'number' || s1.text !== s2.text) return undefined
  if (touches(c, tokens[index + 5]) && tokens[index + 5]!.kind !== 'punct') return undefined
  if (s1.text === '-' && /^\d{4}$/.test(a.text) && /^\d{2}$/.test(b.text) && /^\d{2}$/.test(c.text)) {
    const day = {year: Number(a.text), month: Number(b.text), day: Number(c.text)}
    if (validDay(day)) return match(tokens, index, index + 4, 'date', formatDay(day), null)
  }

  if (s1.text === '/' && /^\d{1,2}$/.test(a.text) && /^\d{1,2}$/.test(b.text) && /^(?:\d{2}|\d{4})$/.test(c.text)) {
    const year = c.text.length === 2 ? 2000 + Number(c.text) : Number(c.text)
    const day = {year, month: Number(a.text), day: Number(b.text)}
    if (validDay(day)) return match(tokens, index, index + 4, 'date', formatDay(day), null)
  }

  return undefined
}

/** “the 20th century” → `19` (ISO 8601 century). */
function digitCentury(tokens: Token[], index: number): TimeMatch | undefined {
  const token = tokens[index]!
  const suffix = tokens[index + 1]
  const century = tokens[index + 2]
  if (!suffix || !touches(token, suffix) || !/^(?:st|nd|rd|th)$/.test(suffix.lower) || !/^\d{1,2}$/.test(token.text)) {
    return undefined
  }

  if (century?.lower !== 'century') return undefined
  const value = Number(token.text)
  if (value < 1) return undefined
  return match(tokens, index, index + 2, 'year', pad(value - 1, 2), null)
}

/**
 * “the ’90s”, “the late '60s”: a decade by its last two digits, in the 1900s
 * from ’30s to ’90s and in the 2000s for ’00s and ’10s (“the ’20s” is left
 * alone: the 1920s or the 2020s).
 */
function shortDecade(tokens: Token[], index: number, floor: number): TimeMatch | undefined {
  const token = tokens[index]!
  const mark = tokens[index - 1]
  const suffix = tokens[index + 1]
  if (token.end - token.start !== 2 || index - 1 < floor || !mark || !suffix) return undefined
  if ((mark.text !== "'" && mark.text !== '’') || !touches(mark, token) || !touches(token, suffix) || suffix.text !== 's') return undefined
  // (Not the end of a quotation or a word: “said 'the 90s”.)
  const before = tokens[index - 2]
  if (before && touches(before, mark)) return undefined
  if (touches(suffix, tokens[index + 2]) && tokens[index + 2]!.kind !== 'punct') return undefined
  const digits = Number(token.text)
  if (digits % 10 !== 0 || digits === 20) return undefined
  return match(tokens, index - 1, index + 1, 'year', String((digits >= 30 ? 1900 : 2000) + digits).slice(0, 3), null)
}

/** “the twenty-first century”. */
function wordCentury(tokens: Token[], index: number): TimeMatch | undefined {
  const token = tokens[index]!
  const ordinal = ordinalWord(token.lower)
  if (!ordinal || ordinal.suffix !== null) {
    if (ordinal?.suffix === 'century') return match(tokens, index, index, 'year', pad(ordinal.value - 1, 2), null)
    return undefined
  }

  if (tokens[index + 1]?.lower !== 'century') return undefined
  return match(tokens, index, index + 1, 'year', pad(ordinal.value - 1, 2), null)
}

/** “a two-year study”, “a decade ago”, “a year”. */
function wordDuration(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  // “two-year”, “90-day” (the digits case is numberDuration).
  const dash = token.lower.indexOf('-')
  if (dash > 0) {
    const count = numberWord(token.lower.slice(0, dash))
    // (“two-and-a-half-year”: the half adds to the count.)
    const rest = token.lower.slice(dash + 1)
    const half = rest.startsWith('and-a-half-') ? 0.5 : 0
    const unit = unitWords.get(half ? rest.slice(11) : rest)
    if (count !== undefined && unit && count > 0) {
      return match(tokens, index, index, 'duration', null, isoDuration(count + half, unit))
    }
  }

  if (token.lower === 'a' || token.lower === 'an') {
    const unitToken = tokens[index + 1]
    const unit = unitToken ? unitOf(unitToken) : undefined
    if (!unit || !unitToken || unitToken.lower.endsWith('s')) return undefined
    // “a second term”, “a second round”: the ordinal, which news uses far
    // more than the unit (“for a second”, “a second later” stay).
    if (unitToken.lower === 'second' && startsWord(tokens, index + 2) && !relativeWords.has(tokens[index + 2]!.lower)) return undefined
    // “a day hike”, “a day trip”: the unit makes a kind of the noun after
    // it, which lasts no set time.
    if (unitCompounds.has(tokens[index + 2]?.lower ?? '')) return undefined
    // “$3.8 billion a year”, “98 trucks a day”, “24 hours a day”: a rate of
    // the amount (a quantity’s), no duration (“$5 a year ago” stays one).
    // (Nor “€15 million a year before bonuses”, “$40,000 a year after tax”.)
    const after = tokens[index + 2]?.lower ?? ''
    if (afterAmount(tokens, index) && (!relativeWords.has(after) || ((after === 'before' || after === 'after') && grossWords.has(tokens[index + 3]?.lower ?? '')))) {
      return undefined
    }

    return afterCount(tokens, index, index + 1, 1, unit, floor, today, false)
  }

  if (numberWord(token.lower) !== undefined || token.lower === 'half') {
    return numberDuration(tokens, index, floor, today)
  }

  return undefined
}

/** Nouns a singular unit makes a compound with (“a day hike”, “a day pass”): no duration. */
const unitCompounds = new Set([
  'hike', 'trip', 'tripper', 'pass', 'care', 'job', 'laborer', 'labourer', 'school', 'shift', 'camp', 'spa', 'tour', 'ticket', 'rate', 'student', 'return', 'planner', 'hand'
])

/** What an amount is counted before or after (“a year before tax”): a rate, no time. */
const grossWords = new Set(['tax', 'taxes', 'bonus', 'bonuses', 'inflation', 'expenses', 'deductions', 'fees', 'interest', 'costs', 'benefits'])

/** Words after a duration that make it a time relative to another (“a second later”, “two weeks earlier”). */
const relativeWords = new Set(['ago', 'later', 'earlier', 'before', 'after'])

/** Words that end an amount (“5 percent”, “$2 million”, “300 dollars”). */
const amountEnds = new Set(['%', 'percent', 'cents', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'k', 'm', 'bn'])

/**
 * Whether the token before `index` ends an amount, maybe with one noun after
 * it (“$2 million”, “5%”, “98 trucks”, “millions of dollars”).
 */
function afterAmount(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1]
  if (!previous) return false
  if (previous.kind === 'number' || amountEnds.has(previous.lower) || currencyWords.has(previous.lower)) return true
  // (“once a month”, “$20 or more an hour”, “10 dollars a ton a year”.)
  const before = tokens[index - 2]
  if (previous.lower === 'once' || previous.lower === 'twice') return true
  if (before?.lower === 'or' && (previous.lower === 'more' || previous.lower === 'less' || previous.lower === 'so')) return true
  if (before && (before.lower === 'a' || before.lower === 'an' || before.lower === 'per') && index - 3 >= 0 && afterAmount(tokens, index - 2)) return true
  if (previous.kind !== 'word' || previous.capitalized) return false
  // (“one day a week”, “35-plus hours a week”, “multiple rallies a day”.)
  if (unitWords.has(previous.lower)) return before !== undefined && isCount(before)
  if (!isPluralNoun(previous.lower)) return false
  return before !== undefined && isCount(before)
}

/** Whether a token is a count before a noun: a number, a number word, “multiple”, the “plus” of “35-plus”. */
function isCount(token: Token): boolean {
  const lower = token.lower
  return token.kind === 'number' || amountEnds.has(lower) || numberWord(lower) !== undefined || countWords.has(lower)
}

/** Words for a count before a plural (“multiple rallies a day”). */
const countWords = new Set(['multiple', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'plus'])

/** Whether token `index` is a word (or a number) that goes on the phrase before it. */
function startsWord(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  return token !== undefined && token.kind !== 'punct'
}

/** “90 days”, “within 90 days”, “three decades ago”, “more than three decades ago”, “90-day”. */
function numberDuration(tokens: Token[], index: number, floor: number, today: Day | null): TimeMatch | undefined {
  const token = tokens[index]!
  // “90-day review”.
  if (token.kind === 'number') {
    const dash = tokens[index + 1]
    const unitToken = tokens[index + 2]
    if (dash?.text === '-' && unitToken && touches(token, dash) && touches(dash, unitToken)) {
      const unit = unitWords.get(unitToken.lower)
      const count = Number(token.text.replaceAll(',', ''))
      if (unit && Number.isFinite(count) && count > 0) return match(tokens, index, index + 2, 'duration', null, isoDuration(count, unit))
      return undefined
    }
  }

  const count = readNumber(tokens, index)
  if (!count || count.value === null || count.value <= 0 || count.vague) return undefined
  let value = count.value
  let last = count.last
  // “two and a half minutes”: the half adds to the count.
  if (tokens[last + 1]?.lower === 'and' && (tokens[last + 2]?.lower === 'a' || tokens[last + 2]?.lower === 'one') && tokens[last + 3]?.lower === 'half') {
    value += 0.5
    last += 3
  }

  // “a 2 1/2-year sentence”, “a 1½-hour delay”: the fraction’s unit glued
  // on, as in “10-year” (else the fraction’s denominator read “2-year”).
  const glued = last > index ? hyphenUnit(tokens, last) : undefined
  if (glued) return match(tokens, index, last + 2, 'duration', null, isoDuration(value, glued))
  const unitToken = tokens[last + 1]
  // (A range’s end is the quantity’s, unless it dates something: “six to eight weeks ago”.)
  if (rangeEnd(tokens, index) && !relativeWords.has(tokens[last + 2]?.lower ?? '')) return undefined
  const unit = unitToken ? unitOf(unitToken) : undefined
  if (!unit || !unitToken) return undefined
  // “the median age rose to 39.1 years”: an age, a value in years (a
  // quantity’s), no span of time.
  if (unit.code === 'Y' && unit.factor === 1 && !relativeWords.has(tokens[last + 2]?.lower ?? '') && ageBefore(tokens, index, floor)) return undefined
  // (“25 years old”, “six months old”: an age as well.)
  if (tokens[last + 2]?.lower === 'old') return undefined
  // “1 second” reads as a duration; “second” after a word number is not a unit we want (“one second-term”).
  return afterCount(tokens, index, last + 1, value, unit, floor, today, true)
}

/** The unit glued by a hyphen after token `last` (“-year” of “1/2-year”), or `undefined`. */
function hyphenUnit(tokens: Token[], last: number): Unit | undefined {
  const dash = tokens[last + 1]
  const unitToken = tokens[last + 2]
  if (dash?.text !== '-' || !unitToken || !touches(tokens[last], dash) || !touches(dash, unitToken)) return undefined
  return unitWords.get(unitToken.lower)
}

/** Words that may link an age to its number (“the median age *rose to* 39.1”, “an average age *of about* 71”). */
const ageLinks = new Set([
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'been', 'now', 'rose', 'risen', 'fell', 'fallen', 'grew', 'grown', 'increased', 'decreased',
  'dropped', 'declined', 'climbed', 'jumped', 'reached', 'hit', 'stood', 'stands', 'remains', 'remained', 'to', 'at', 'of', 'about', 'around',
  'nearly', 'almost', 'roughly', 'approximately', 'just', 'over', 'under', 'than', 'more', 'less', 'slightly'
])

/**
 * Whether the number at `index` is an age: “age” or “ages” (the noun; not
 * the verb “aged”, “the wine aged 10 years”) within five tokens before it,
 * with only words of {@link ageLinks} between (not another number: “at age
 * 40 to 5 years”).
 *
 * @param tokens
 *   Tokens of a range.
 * @param index
 *   Index of the number.
 * @param floor
 *   First token that may be read (after the previous match).
 * @returns
 *   Whether it is an age.
 */
export function ageBefore(tokens: Token[], index: number, floor: number): boolean {
  for (let back = index - 1; back >= floor && back >= index - 5; back--) {
    const lower = tokens[back]!.lower
    if (lower === 'age' || lower === 'ages') return true
    if (!ageLinks.has(lower)) return back > index - 5 && ageOf(tokens, back, floor)
  }

  return false
}

/**
 * Whether the word at `at` ends the “of” phrase of an age, one or two words
 * long (“the average age *of farmers* is 58”, “the age *of U.S. farmers*”,
 * “the age *of consent* is 16”).
 */
function ageOf(tokens: Token[], at: number, floor: number): boolean {
  for (let back = at; back >= floor + 2 && back > at - 2; back--) {
    if (tokens[back]!.kind !== 'word') return false
    const of = tokens[back - 1]!
    if (of.lower === 'of') {
      const age = tokens[back - 2]!.lower
      return age === 'age' || age === 'ages'
    }
  }

  return false
}

/**
 * Whether the number at `index` ends a range (“3 to 5 years”, “between 12
 * and 15 months”): a quantity’s, whose bounds a duration cannot hold.
 */
function rangeEnd(tokens: Token[], index: number): boolean {
  const link = tokens[index - 1]?.lower
  const start = tokens[index - 2]
  if (!start || (start.kind !== 'number' && numberWord(start.lower) === undefined)) return false
  if (link === 'to' || (link === '-' && touches(start, tokens[index - 1]!) && touches(tokens[index - 1]!, tokens[index]!))) return true
  return link === 'and' && tokens[index - 3]?.lower === 'between'
}

/** Shared tail of durations: “… ago”, “… later”, “within …”, approximators. */
function afterCount(
  tokens: Token[],
  countIndex: number,
  unitIndex: number,
  count: number,
  unit: Unit,
  floor: number,
  today: Day | null,
  allowApproximator: boolean
): TimeMatch {
  let first = countIndex
  const unitToken = tokens[unitIndex]!
  const approximator = allowApproximator || countIndex > 0 ? approximatorBefore(tokens, countIndex) : undefined
  if (approximator && approximator.first >= floor) first = approximator.first
  else if (countIndex - 1 >= floor && tokens[countIndex - 1]?.lower === 'within') first = countIndex - 1

  // “a year and a half”, “an hour and a half later”: the half adds to the count.
  let last = unitIndex
  if (tokens[unitIndex + 1]?.lower === 'and' && tokens[unitIndex + 2]?.lower === 'a' && tokens[unitIndex + 3]?.lower === 'half') {
    count += 0.5
    last = unitIndex + 3
  }

  const duration = isoDuration(count, unit)
  const after = tokens[last + 1]
  if (after?.lower === 'ago' && !isPossessive(unitToken)) {
    return match(tokens, first, last + 1, 'relative', today ? ago(today, count, unit) : null, duration)
  }

  // “in two weeks” in a sentence about the future, “two months from now”:
  // a time that far ahead (not “in two weeks of talks”, nor “has done more
  // in two weeks”, a span).
  const fromNow = after?.lower === 'from' && tokens[last + 2]?.lower === 'now'
  if (
    !isPossessive(unitToken) &&
    (fromNow ||
      (after?.lower !== 'of' &&
        first - 1 >= floor &&
        tokens[first - 1]!.lower === 'in' &&
        !rankBefore(tokens, first - 1) &&
        (today ? today.tense : tenseOf(tokens)) === 'future'))
  ) {
    return match(tokens, first, fromNow ? last + 2 : last, 'relative', today ? ago(today, -count, unit) : null, duration)
  }

  if (after && (after.lower === 'later' || after.lower === 'earlier') && !isPossessive(unitToken)) {
    return match(tokens, first, last + 1, 'relative', null, duration)
  }

  // “a day after the vote”, “two weeks before the primary”: a time that
  // far from an event, as “a day later” is (not “for a month after he
  // posted”, “the three years after the merger”: a span that long).
  if (after && (after.lower === 'after' || after.lower === 'before') && !isPossessive(unitToken) && !spanBefore.has(tokens[first]!.lower) && !spanBefore.has(tokens[first - 1]?.lower ?? '')) {
    return match(tokens, first, last + 1, 'relative', null, duration)
  }

  return match(tokens, first, last, 'duration', null, duration, unitToken)
}

/**
 * Whether a rank comes in the five tokens before the “in” at `index` (“the
 * first time in almost a decade”, “the highest in 20 years”): the span the
 * rank holds over, not a time ahead.
 */
function rankBefore(tokens: Token[], index: number): boolean {
  for (let back = index - 1; back >= Math.max(0, index - 5); back--) {
    const lower = tokens[back]!.lower
    if (rankWords.has(lower) || (lower.length > 4 && lower.endsWith('est'))) return true
  }

  return false
}

/** Words of a rank over a span (“the first … in a decade”, “the only … in 20 years”). */
const rankWords = new Set(['first', 'last', 'only', 'ever', 'time', 'best', 'worst', 'most', 'least'])

/** Words before a duration that keep it a span when “after” or “before” follows (“for a month after”, “the first three years after”, “within 90 days after”). */
const spanBefore = new Set(['for', 'the', 'first', 'final', 'last', 'next', 'past', 'during', 'over', 'or', 'within'])

/** “2024”, “In 2024”, “the 1990s”, “2019-20”. */
function year(tokens: Token[], index: number, floor: number): TimeMatch | undefined {
  const token = tokens[index]!
  if (!/^\d{4}$/.test(token.text)) return undefined
  const value = Number(token.text)
  if (value < 1000 || value > 2100) return undefined
  const previous = index > floor ? tokens[index - 1] : undefined
  // (“by 2100”, the horizon of climate projections; a time only after a preposition.)
  if (value === 2100 && !(previous && timePrepositions.has(previous.lower))) return undefined
  const next = tokens[index + 1]

  // “1990s”.
  if (next && touches(token, next) && next.lower === 's') {
    if (value % 10 !== 0) return undefined
    return match(tokens, index, index + 1, 'year', token.text.slice(0, 3), null)
  }

  // Glued to letters or a currency sign: a model number or money (“F-2024”, “$2024”).
  if (touches(previous, token) && previous && (previous.kind === 'word' || currencySymbols.has(previous.text))) return undefined
  if (next && touches(token, next) && next.kind === 'word') return undefined

  // “2019-20”, “2019–2020”.
  const dash = next
  const end = tokens[index + 2]
  if (dash && end && touches(token, dash) && touches(dash, end) && (dash.text === '-' || dash.text === '–') && end.kind === 'number') {
    const endYear = end.text.length === 2 ? Math.floor(value / 100) * 100 + Number(end.text) : end.text.length === 4 ? Number(end.text) : Number.NaN
    if (endYear > value && endYear <= value + 100) {
      return match(tokens, index, index + 2, 'year', token.text + '/' + pad(endYear, 4), null)
    }
  }

  if (!isYearLike(tokens, index)) return undefined
  // (An index’s name: “the Russell 2000”.)
  if (previous && previous.kind === 'word' && previous.capitalized && indexNames.has(previous.lower)) return undefined
  if (value < 1500 && !(previous && timePrepositions.has(previous.lower))) return undefined
  return match(tokens, index, index, 'year', token.text, null)
}

/** Nouns after a year that make it one, approximator or not (“below 1990 levels”). */
const yearNouns = new Set(['levels', 'dollars', 'prices', 'rates', 'standards', 'figures', 'budgets'])

/**
 * Whether a four-digit number reads as a year rather than a count: not
 * after a currency sign or approximator, not before `%`, `percent`, a unit,
 * or a plural noun (“2000 people”) unless a determiner marks an event (“the
 * 2024 elections”) or it is a non-round modern year (“2005 levels”).
 */
function isYearLike(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  if (!/^\d{4}$/.test(token.text)) return false
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  if (previous && currencySymbols.has(previous.text)) return false
  // “below 1990 levels”, “in 2010 dollars”: a year whatever comes before.
  const value = Number(token.text)
  if (next && next.kind === 'word' && yearNouns.has(next.lower) && value >= 1900 && value < 2100) return true
  if (approximatorBefore(tokens, index) && previous?.lower !== 'around') return false
  if (previous?.lower === 'than') return false
  if (!next) return true
  if (next.text === '%' || next.lower === 'percent' || next.lower === 'per') return false
  if (next.kind !== 'word') return true
  if (measureUnits.has(next.lower) || unitWords.has(next.lower)) return false
  if (isPluralNoun(next.lower) && !next.capitalized) {
    // “the 2024 elections”, “2005 budgets” are years; “2000 people” a count
    // (news writes larger counts with a comma: a round, comma-less number
    // before a plural is the one left ambiguous).
    return (previous !== undefined && yearDeterminers.has(previous.lower)) || (value >= 1900 && value % 100 !== 0)
  }

  return true
}

function unitOf(token: Token): Unit | undefined {
  if (token.kind !== 'word') return undefined
  return unitWords.get(stripPossessive(token.lower))
}

function stripPossessive(lower: string): string {
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("s'") ? lower.slice(0, -1) : lower
}

function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s") || token.lower.endsWith("s'")
}

function isCapitalized(token: Token): boolean {
  return token.capitalized
}

/**
 * Build a match; when `possessive` is given and ends in `’s`, the span stops
 * before it (“last year’s” → “last year”).
 */
function match(
  tokens: Token[],
  first: number,
  last: number,
  type: TimeExpression['type'],
  value: string | null,
  duration: string | null,
  possessive?: Token
): TimeMatch {
  let end = tokens[last]!.end
  if (possessive && possessive === tokens[last]) {
    if (possessive.lower.endsWith("'s")) end -= 2
    else if (possessive.lower.endsWith("s'")) end -= 1
  }

  return {first, last, start: tokens[first]!.start, end, type, value, duration}
}

function isoDuration(count: number, unit: Unit): string {
  const amount = formatAmount(count * unit.factor)
  switch (unit.code) {
    case 'S':
      return 'PT' + amount + 'S'
    case 'MIN':
      return 'PT' + amount + 'M'
    case 'H':
      return 'PT' + amount + 'H'
    default:
      return 'P' + amount + unit.code
  }
}

function formatAmount(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1000) / 1000)
}

/** Parse the `YYYY-MM-DD` start of an ISO date (time zones ignored: the article’s calendar day). */
let lastPublished: string | null = null
let lastDay: Day | null = null

function parseDay(published: string | null): Day | null {
  if (!published) return null
  // One article’s claims share a date: remember the last one read.
  if (published === lastPublished) return lastDay
  lastPublished = published
  lastDay = readDay(published)
  return lastDay
}

function readDay(published: string): Day | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published)
  if (!match) return null
  const day = {year: Number(match[1]), month: Number(match[2] ?? 1), day: Number(match[3] ?? 1)}
  return validDay(day) ? day : null
}

function validDay(day: Day): boolean {
  if (day.month < 1 || day.month > 12 || day.day < 1) return false
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day))
  return date.getUTCDate() === day.day
}

function toDate(day: Day): Date {
  const date = new Date(Date.UTC(2000, day.month - 1, day.day))
  date.setUTCFullYear(day.year)
  return date
}

function fromDate(date: Date): Day {
  return {year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate()}
}

function addDays(day: Day, days: number): Day {
  const date = toDate(day)
  date.setUTCDate(date.getUTCDate() + days)
  return fromDate(date)
}

function weekdayOf(day: Day): number {
  return toDate(day).getUTCDay()
}

function formatDay(day: Day): string | null {
  if (day.year < 0 || day.year > 9999) return null
  return pad(day.year, 4) + '-' + pad(day.month, 2) + '-' + pad(day.day, 2)
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0')
}

/** A month and day without a year: the nearest such day to the article’s date (before it in a past-tense sentence, after it in a future one). */
function yearlessDay(month: number, day: number, today: Day | null): string | null {
  if (!today) return '--' + pad(month, 2) + '-' + pad(day, 2)
  let best: string | null = null
  let bestDistance = Infinity
  const reference = toDate(today).getTime()
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const candidate = {year, month, day}
    if (!validDay(candidate)) continue
    const offset = toDate(candidate).getTime() - reference
    if (againstTense(today, offset)) continue
    const distance = Math.abs(offset)
    if (distance < bestDistance) {
      bestDistance = distance
      best = formatDay(candidate)
    }
  }

  return best
}

/** The calendar period `step` units from today: “last year” → the year before. */
function shiftCalendar(today: Day, unit: Unit, step: number): string | null {
  switch (unit.code) {
    case 'Y': {
      if (unit.factor === 1) return formatYear(today.year + step)
      // Decades and centuries: ISO 8601 reduced precision (“202”, “20”).
      const size = unit.factor
      const start = Math.floor(today.year / size) * size + step * size
      if (start < 0) return null
      return String(start / size).padStart(size === 10 ? 3 : 2, '0')
    }

    case 'M': {
      const index = today.year * 12 + (today.month - 1) + step * unit.factor
      return formatYear(Math.floor(index / 12)) + '-' + pad((index % 12) + 1, 2)
    }

    case 'W':
      return isoWeek(addDays(today, 7 * step))
    case 'D':
      return formatDay(addDays(today, step * unit.factor))
    default:
      return null
  }
}

function formatYear(year: number): string {
  return pad(year, 4)
}

/** ISO 8601 week (“2025-W49”). */
function isoWeek(day: Day): string {
  const date = toDate(day)
  const weekday = (date.getUTCDay() + 6) % 7
  // Thursday of this week decides the year.
  date.setUTCDate(date.getUTCDate() - weekday + 3)
  const year = date.getUTCFullYear()
  const firstThursday = new Date(Date.UTC(year, 0, 4))
  const firstWeekday = (firstThursday.getUTCDay() + 6) % 7
  firstThursday.setUTCDate(firstThursday.getUTCDate() - firstWeekday + 3)
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000))
  return pad(year, 4) + '-W' + pad(week, 2)
}

/** The time `count` units before today, at the unit’s precision. */
function ago(today: Day, count: number, unit: Unit): string | null {
  const amount = count * unit.factor
  switch (unit.code) {
    case 'Y':
      if (Number.isInteger(amount)) return formatYear(today.year - amount)
      return agoMonths(today, Math.round(amount * 12))
    case 'M':
      return agoMonths(today, Math.round(amount))
    case 'W':
      return formatDay(addDays(today, -Math.round(amount * 7)))
    case 'D':
      return formatDay(addDays(today, -Math.round(amount)))
    default:
      return formatDay(today)
  }
}

function agoMonths(today: Day, months: number): string | null {
  if (!Number.isFinite(months) || Math.abs(months) > 120_000) return null
  const index = today.year * 12 + (today.month - 1) - months
  if (index < 0) return null
  return formatYear(Math.floor(index / 12)) + '-' + pad((index % 12) + 1, 2)
}
