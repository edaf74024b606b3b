/**
 * Quantities in claims: counts with the noun they count (“nearly 2,000
 * people”), bounds from approximators (“more than 160”), vague amounts (“tens
 * of thousands”), percentages, money, ranges, measures, ordinals and
 * multipliers (“three times as many”, “doubled”).
 *
 * Years and dates are not quantities: they are time expressions
 * (`./time.ts`), found first and skipped here. Hand-rolled (no npm package
 * reads approximators), as one pass over tokens with bounded look-around, so
 * the cost is linear in the text whatever it holds.
 */
import {irregularPasts} from '../attribution/words.js'
import type {Location} from '../parse/location.js'
import type {Bound, Quantity, TimeExpression} from '../schema.js'
import {approximatorAfter, approximatorBefore, type Approximation} from './approximators.js'
import {
  CHANGE,
  CURRENCY_PREFIX,
  currencyPrefixWords,
  currencySymbols,
  currencyWords,
  dollarCountries,
  dollarPrefixes,
  functionWords,
  indexNames,
  isPluralNoun,
  measureUnits,
  MULTIPLIER,
  multiplierWords,
  NUMBER,
  ordinalWords,
  unitWords,
  ARTICLE,
  UNIT
} from './lexicon.js'
import {digitsValue, numberWord, ordinalWord, readNumber, scaleBy, type NumberPhrase} from './numbers.js'
import {ageBefore, matchTimes, titleAt} from './time.js'
import {tokenize, touches, type Token} from './tokens.js'

/** A quantity found in tokens (internal form of {@link Quantity}). */
export interface QuantityMatch {
  start: number
  end: number
  value: number | null
  lower: Bound | null
  upper: Bound | null
  unit: Quantity['unit']
  currency: string | null
  noun: string | null
  approximate: boolean
  vague: boolean
}

/** A word with a capital after its first lowercase letters (“iPhone”). */
const innerCapital = /^\p{Ll}{1,2}\p{Lu}/u

/** Capitalized words before a number that make it a name, not an amount (“Title 42”, “Route 66”, a station: “AM 970”). */
const identifiers = new Set(
  (
    'title article section amendment chapter route highway interstate flight room no number ' +
    'proposition prop resolution rule phase level category stage class paragraph item figure ' +
    'table page volume part model version district ward precinct gate terminal building floor ' +
    'suite unit lot block game week episode season apollo windows iphone ipad pixel galaxy air channel ' +
    'force one covid mig su boeing airbus tu code am fm'
  ).split(' ')
)

/**
 * Of {@link identifiers}, those that name a number lowercase too (“on
 * channel 125”, “in precinct 78”); not verbs nor nouns a count may follow
 * (“building 20 homes”, “this season 30 teams”).
 */
const lowercaseIdentifiers = new Set(
  'channel precinct ward route highway interstate chapter section article amendment paragraph page flight gate terminal suite episode volume'.split(' ')
)

/** Words after “one” that make it a pronoun or idiom, not a count (“one another”, “one day”, “in one fell swoop”). */
const notOne = new Set('another more day time way thing point side hand other fell'.split(' '))

/** Words before “one” that make it a pronoun (“a new one”, “no one”). */
const oneDeterminers = new Set(
  'a an the no any every each this that which new another someone anyone last first old big small same such'.split(' ')
)

/** Suffixes after an ordinal that keep it a ranking (“third-largest”, “second-term”). */
const ordinalSuffixes = new Set('term place ranked quarter half round tier generation'.split(' '))

/** Configuration for {@link findQuantities}. */
export interface QuantityOptions {
  /**
   * Time expressions already found in the range, in order (their numbers
   * are not quantities); default: found here.
   */
  times?: readonly TimeExpression[] | null | undefined
}

/**
 * Find the quantities of `view[start..end)`.
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
 *   Quantities in order. A span runs from an approximator or currency sign
 *   to the noun counted (“nearly 2,000 people”); `value` is `null` for
 *   ranges and vague amounts; `lower`/`upper` are set only when the words
 *   give a bound (approximators, ranges, vague amounts, “exactly”); numbers
 *   too large for a float, identifiers (“Title 42”, “F-35”), clock times and
 *   model numbers are skipped.
 */
export function findQuantities(
  view: string,
  start: number,
  end: number,
  location: Location,
  options?: Readonly<QuantityOptions> | null | undefined
): Quantity[] {
  const times = options?.times
  const tokens = tokenize(view, start, end)
  const covered = times ? coveredByTimes(tokens, times) : coveredByMatches(tokens, matchTimes(tokens, null))
  return matchQuantities(tokens, covered).map((match) => toQuantity(location, match))
}

/**
 * The public form of a match.
 *
 * @param location
 *   Location index of the input.
 * @param match
 *   A match from {@link matchQuantities}.
 * @returns
 *   The quantity (fields set one by one: no object spread on the hot path).
 */
export function toQuantity(location: Location, match: QuantityMatch): Quantity {
  const span = location.span(match.start, match.end)
  return {
    text: span.text,
    position: span.position,
    value: match.value,
    lower: match.lower,
    upper: match.upper,
    unit: match.unit,
    currency: match.currency,
    noun: match.noun,
    approximate: match.approximate,
    vague: match.vague
  }
}

/**
 * Which tokens lie inside time expressions given as spans.
 *
 * @param tokens
 *   Tokens of a range.
 * @param times
 *   Time expressions, in order.
 * @returns
 *   A flag per token.
 */
export function coveredByTimes(tokens: Token[], times: readonly TimeExpression[]): Uint8Array {
  const covered = new Uint8Array(tokens.length)
  let timeIndex = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    while (timeIndex < times.length && times[timeIndex]!.position.end.offset <= token.start) timeIndex++
    const time = times[timeIndex]
    if (time && time.position.start.offset <= token.start) covered[index] = 1
  }

  return covered
}

const noTokens = new Uint8Array(0)

/** Code units of the currency signs. */
const currencyCodes = new Set([...currencySymbols.keys()].map((sign) => sign.charCodeAt(0)))

/** “few” or “couple” (“a few hundred”), without building strings for other words. */
function isFewOrCouple(token: Token): boolean {
  const length = token.end - token.start
  return (length === 3 || length === 6) && (token.lower === 'few' || token.lower === 'couple')
}

/** Whether token `index` is in a time expression (`covered` may be the shared empty array). */
function isCovered(covered: Uint8Array, index: number): boolean {
  return index < covered.length && covered[index] === 1
}

/**
 * Which tokens lie inside time matches.
 *
 * @param tokens
 *   Tokens of a range.
 * @param matches
 *   Matches from `matchTimes` over the same tokens.
 * @returns
 *   A flag per token.
 */
export function coveredByMatches(tokens: Token[], matches: ReadonlyArray<{first: number; last: number}>): Uint8Array {
  // Most claims have no time expression: share one empty array (reads past its end are `undefined`).
  if (matches.length === 0) return noTokens
  const covered = new Uint8Array(tokens.length)
  for (const match of matches) {
    for (let index = match.first; index <= match.last; index++) covered[index] = 1
  }

  return covered
}

/**
 * Find quantities in tokens (the internal form of {@link findQuantities}).
 *
 * @param tokens
 *   Tokens of a range.
 * @param covered
 *   Tokens inside time expressions (skipped).
 * @returns
 *   Non-overlapping matches in order.
 */
export function matchQuantities(tokens: Token[], covered: Uint8Array): QuantityMatch[] {
  const result: QuantityMatch[] = []
  let floor = 0
  let index = 0
  while (index < tokens.length) {
    if (isCovered(covered, index)) {
      index++
      floor = index
      continue
    }

    // Most tokens start nothing: a bit test or a character test.
    const token = tokens[index]!
    if (token.kind === 'word' ? (token.flags & (NUMBER | CURRENCY_PREFIX | ARTICLE | MULTIPLIER)) === 0 : token.kind === 'punct' && !currencyCodes.has(token.code)) {
      index++
      continue
    }

    // “Linda Perez, 61, created …”: an age in apposition to a name, no amount of anything.
    if (token.kind === 'number' && isAge(tokens, index)) {
      index++
      continue
    }

    // “call 614-645-4730”, “1-800-222-8477”: three numbers or more joined by
    // hyphens are a phone number or a code, no amount (nor a range).
    if (token.kind === 'number' && tokens[index + 1]?.text === '-') {
      const end = codeEnd(tokens, index)
      if (end > index) {
        index = end + 1
        floor = index
        continue
      }
    }

    const found = token.kind === 'number' && statedAge(tokens, index) ? ageMatch(token, index) : quantityAt(tokens, index, floor, covered)
    // “adults aged 40 to 79”, “ages 18 to 29”, “at age 65”, and “voters 45
    // and older”, “18 or younger” without the word: ages, not counts of nothing.
    const bound = found && found.match.unit === 'count' && found.match.noun === null && token.kind === 'number' ? ageBound(tokens, found.last) : undefined
    if (found && bound !== undefined && (ageWords.has(tokens[index - 1]?.lower ?? '') || bound === 'older' || bound === 'younger')) {
      found.match.unit = 'measure'
      found.match.noun = 'years old'
      // “65 and older”, “18 or younger”: a bound.
      const side = ageSides.get(bound)
      if (side && found.match.value !== null && found.match.lower === null && found.match.upper === null) {
        found.match[side] = {value: found.match.value, inclusive: true}
        found.last += 2
        found.match.end = tokens[found.last]!.end
      }
    }

    // “the median age rose to 39.1 years”, “an average age of 71”: an age
    // linked to its number by a verb or a preposition.
    if (found && found.match.unit === 'count' && token.kind === 'number' && (found.match.noun === null || found.match.noun === 'years') && ageBefore(tokens, index, floor)) {
      found.match.unit = 'measure'
      found.match.noun = 'years old'
    }

    // “when they turned 18”, “Trump turns 70 on Tuesday”: an age reached, no
    // count of nothing.
    if (
      found &&
      found.match.unit === 'count' &&
      found.match.noun === null &&
      found.match.value !== null &&
      found.match.value <= 125 &&
      token.kind === 'number' &&
      index - 1 >= floor &&
      turnWords.has(tokens[index - 1]!.lower)
    ) {
      found.match.unit = 'measure'
      found.match.noun = 'years old'
    }

    // “the death toll had risen to 41”: what the count counts stands before it.
    if (found && found.match.unit === 'count' && found.match.noun === null && token.kind === 'number') found.match.noun = nounBefore(tokens, index, floor)

    // “on his 757 jet”, “said his 757 was”: a bare number after a possessive
    // with nothing counted names a model or a thing, no amount (years are
    // read before; not an age, nor an amount written with commas: “Her
    // 2,203 (to Sanders’s 1,828)”). So does one after “the” that a
    // singular verb or a modal follows (“the 757 does not help”, “the 757
    // might seem”; “the 180 were enough” counts).
    if (
      found &&
      found.match.unit === 'count' &&
      found.match.noun === null &&
      found.last === index &&
      token.kind === 'number' &&
      /^\d{3,}$/.test(token.text) &&
      Number(token.text) > 125 &&
      index - 1 >= floor &&
      (possessiveDeterminers.has(tokens[index - 1]!.lower) || (tokens[index - 1]!.lower === 'the' && singularVerbs.has(tokens[index + 1]?.lower ?? ''))) &&
      !found.match.approximate
    ) {
      index++
      continue
    }

    // “a quarter were older than 65”: an age with its bound.
    if (found && found.match.unit === 'count' && found.match.noun === null && found.match.value !== null && token.kind === 'number' && tokens[index - 1]?.lower === 'than' && index - 2 >= floor) {
      const side = comparedAges.get(tokens[index - 2]!.lower)
      if (side && found.match.lower === null && found.match.upper === null) {
        // (“no older than 40”: the other side, inclusive.)
        const negated = index - 3 >= floor && (tokens[index - 3]!.lower === 'no' || tokens[index - 3]!.lower === 'not')
        found.match.unit = 'measure'
        found.match.noun = 'years old'
        found.match[negated ? (side === 'lower' ? 'upper' : 'lower') : side] = {value: found.match.value, inclusive: negated}
        found.match.start = tokens[negated ? index - 3 : index - 2]!.start
      }
    }

    // “100 percent American”, “supports Trump 100 percent”: a whole said for
    // emphasis, no share of anything.
    if (found && found.match.unit === 'percent' && found.match.value !== null && found.match.value >= 100 && emphaticWhole(tokens, index, found.last, floor)) {
      index = found.last + 1
      floor = index
      continue
    }

    if (found) {
      result.push(found.match)
      index = found.last + 1
      floor = index
    } else {
      index++
    }
  }

  return result
}

/**
 * Whether a percentage of 100 or more from `first` to `last` is said for
 * emphasis: not of anything, nor a change or a rate after a word that
 * makes it one (“rose 100 percent”, “by”, “a 100 percent tariff”); and
 * before a word that qualifies someone (“100 percent American”, “100%
 * convinced”, “100 percent in his corner”) or, at the end of a phrase,
 * after someone it is said of (“supports Donald Trump 100 percent,”,
 * “agreeing with me 100 percent.”, “Yeah, 100 percent.”).
 */
function emphaticWhole(tokens: Token[], first: number, last: number, floor: number): boolean {
  const before = first > floor ? tokens[first - 1] : undefined
  // (The word after “percent”, which the match may have taken as its noun: “100 percent American”.)
  let sign = first
  while (sign < last && tokens[sign]!.lower !== 'percent' && tokens[sign]!.text !== '%') sign++
  const after = tokens[sign + 1]
  if (before && (before.flags & CHANGE || amountOpeners.has(before.lower))) return false
  if (after && after.kind === 'word') {
    const lower = after.lower
    if (lower === 'of') return false
    return after.capitalized || emphaticAfter.has(lower) || /..(?:ed|ly|ent|ant|ence|ate|ive|ful|ous)$/.test(lower)
  }

  return before !== undefined && (before.kind === 'punct' ? before.text === ',' : (before.capitalized && before.kind === 'word') || objectWords.has(before.lower))
}

/** Words before a percentage that make it an amount (“by 100 percent”, “a 100 percent tariff”, “up to 100%”). */
const amountOpeners = new Set(['a', 'an', 'the', 'by', 'to', 'from', 'of', 'up', 'down', 'than', 'at', 'over', 'about', 'nearly', 'almost', 'some', 'only', 'just'])

/** Words after “100 percent” that qualify someone (“100 percent sure”, “100 percent behind him”). */
const emphaticAfter = new Set(['sure', 'certain', 'right', 'wrong', 'true', 'correct', 'clear', 'honest', 'positive', 'behind', 'in', 'on', 'for', 'with', 'there'])

/** Words “100 percent” may be said of at the end of a phrase (“agreeing with me 100 percent”, “Yeah, 100 percent”). */
const objectWords = new Set(['me', 'him', 'her', 'them', 'us', 'you', 'it', 'yes', 'yeah'])

/**
 * The last token of three or four numbers from `index` joined by touching
 * hyphens (“614-645-4730”, “1-800-222-8477”), else -1. (Bounded: a longer
 * chain is no phone number, and is not scanned further.)
 */
function codeEnd(tokens: Token[], index: number): number {
  let last = index
  let parts = 1
  while (parts < 5 && tokens[last + 1]?.text === '-' && tokens[last + 2]?.kind === 'number' && touches(tokens[last], tokens[last + 1]) && touches(tokens[last + 1], tokens[last + 2])) {
    last += 2
    parts++
  }

  return parts >= 3 && parts <= 4 ? last : -1
}

/** Words right before a count (past an approximator) that give it to a noun before (“the death toll had risen *to* 41”, “a toll *of* 300”). */
const reachWords = new Set(['to', 'at', 'of', 'is', 'was', 'are', 'were', 'reached', 'hit', 'topped', 'passed', 'surpassed', 'exceeded', 'totaled', 'totalled'])

/** Approximators between one of {@link reachWords} and the count (“stood at *about* 300”). */
const reachApproximators = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'than', 'more', 'least', 'just'])

/** What a toll counts, by the word before it; a determiner leaves it “toll” (“the toll”, not “bells toll”). */
const tollNouns = new Map([
  ['death', 'deaths'],
  ['casualty', 'casualties'],
  ['injury', 'injuries'],
  ['the', 'toll'],
  ['a', 'toll'],
  ['its', 'toll'],
  ['their', 'toll'],
  ['official', 'toll']
])

/** Nouns after “toll” that make it a road’s (“the toll road”), no count of anything. */
const tollCompounds = new Set(['road', 'roads', 'booth', 'booths', 'bridge', 'bridges', 'plaza', 'plazas', 'lane', 'lanes', 'collector', 'collectors', 'free', 'increase', 'increases', 'hike', 'hikes'])

/** Words that end the clause of a noun before a count (“the toll rose *and* police said at 9”). */
const clauseEnds = new Set(['and', 'but', 'or', 'while', 'that', 'which', 'who', 'said', 'says', 'when', 'after', 'before'])

/**
 * The noun a bare count at `index` counts when it stands before it: a toll
 * (“the death toll had risen to 41” → deaths, “the casualty toll stood at
 * about 300”) or a “number of” (“the number of uninsured Americans fell to
 * 28 million”), within nine tokens in the same clause, the count given to it
 * by one of {@link reachWords}; else `null`.
 */
function nounBefore(tokens: Token[], index: number, floor: number): string | null {
  let back = index - 1
  while (back >= floor && back > index - 3 && reachApproximators.has(tokens[back]!.lower)) back--
  if (back < floor || !reachWords.has(tokens[back]!.lower)) return null
  for (let at = back - 1; at >= floor && at >= index - 10; at--) {
    const token = tokens[at]!
    if (token.kind !== 'word' || clauseEnds.has(token.lower)) return null
    if (token.lower === 'toll') {
      return tollCompounds.has(tokens[at + 1]?.lower ?? '') ? null : tollNouns.get(tokens[at - 1]?.lower ?? '') ?? null
    }

    if (token.lower === 'number' && tokens[at + 1]?.lower === 'of') {
      // (“the number of uninsured Americans”: past adjectives, to the plural.)
      for (let noun = at + 2; noun < at + 5 && noun < back; noun++) {
        const word = tokens[noun]!
        if (word.kind !== 'word' || functionWords.has(word.lower)) break
        if (isPluralNoun(word.lower) && !verbsInS.has(word.lower)) return nounText(word)
      }

      return null
    }
  }

  return null
}

/** Verbs before an age reached (“turned 18”). */
const turnWords = new Set(['turn', 'turns', 'turned', 'turning'])

/** Words before an age given as a bare number. */
const ageWords = new Set(['aged', 'age', 'ages'])

/**
 * The word of an age’s bound after token `last` (“and older”, “or
 * younger”, “and up”: one of {@link ageSides}), `''` when there is none.
 * “older” and “younger” make an age even without “aged”.
 */
function ageBound(tokens: Token[], last: number): string {
  const link = tokens[last + 1]?.lower
  const word = tokens[last + 2]?.lower
  return (link === 'and' || link === 'or') && word !== undefined && ageSides.has(word) ? word : ''
}

/** Which bound “older than”, “younger than” set. */
const comparedAges = new Map<string, 'lower' | 'upper'>([
  ['older', 'lower'],
  ['younger', 'upper']
])

/** Which bound “and older”, “or younger” set. */
const ageSides = new Map<string, 'lower' | 'upper'>([
  ['older', 'lower'],
  ['over', 'lower'],
  ['up', 'lower'],
  ['younger', 'upper'],
  ['under', 'upper']
])

/** Units of time and of a score that a number takes with a hyphen (“a 5-year plan”, “a 14-point lead”). */
const hyphenUnits = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century', 'point', 'game', 'vote', 'seat', 'page', 'story', 'mile', 'foot', 'inch', 'yard', 'meter', 'metre', 'kilometer', 'kilometre', 'acre', 'pound', 'ton', 'gallon', 'degree', 'member', 'person', 'magnitude', 'caliber', 'calibre', 'karat', 'carat'])

/**
 * The unit of a number joined to it by a hyphen at `dash` (“10-mile”,
 * “24-year-old” → “years old”), or `undefined`.
 */
function hyphenUnit(dash: Token, word: Token | undefined): string | undefined {
  if (!word || word.kind !== 'word' || !touches(dash, word)) return undefined
  const lower = word.lower
  const old = lower.endsWith('-old') ? lower.slice(0, -4) : undefined
  if (old !== undefined) return hyphenUnits.has(old) ? old + 's old' : undefined
  // (“a 25-basis-point cut”: one word after the hyphen.)
  if (lower === 'basis-point') return 'basis points'
  return hyphenUnits.has(lower) || measureUnits.has(lower) ? lower : undefined
}

/** Words after “50-” that are no noun counted (“50-plus”, “600-strong”, “30-something”, “10-fold”). */
const notCompoundNouns = new Set(['plus', 'strong', 'something', 'odd', 'fold', 'percent', 'old', 'ish', 'year-old'])

/**
 * The singular noun a number is glued to by a hyphen when the compound
 * modifies a noun after it (“a 50-state strategy” → “state”), else
 * `undefined`: one lowercase word, not a function word nor a plural (“a
 * 4-to-4 tie”, “50-plus”), then a word.
 */
function compoundNoun(tokens: Token[], index: number): string | undefined {
  const word = tokens[index]
  const head = tokens[index + 1]
  if (!word || word.kind !== 'word' || word.capitalized || !touches(tokens[index - 1], word) || !head || head.kind !== 'word' || functionWords.has(head.lower)) return undefined
  const lower = word.lower
  if (lower.length < 3 || lower.includes('-') || functionWords.has(lower) || notCompoundNouns.has(lower) || isPluralNoun(lower) || /(?:ed|ing|ly)$/.test(lower)) return undefined
  // (Glued on further: “5-foot-11”.)
  return touches(word, head) ? undefined : word.text
}

/**
 * “He was 100.”, “She is 87.”: a person’s age stated alone, as obituaries
 * and profiles do — a measure in years, not a count of nothing.
 */
function statedAge(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const verb = tokens[index - 1]
  const pronoun = tokens[index - 2]
  const after = tokens[index + 1]
  return (
    /^\d{1,3}$/.test(token.text) &&
    Number(token.text) <= 125 &&
    verb !== undefined &&
    (verb.lower === 'was' || verb.lower === 'is') &&
    pronoun !== undefined &&
    (pronoun.lower === 'he' || pronoun.lower === 'she') &&
    (after === undefined || after.text === '.' || after.text === ',' || after.text === ';')
  )
}

/** The quantity of an age stated alone (see {@link statedAge}). */
function ageMatch(token: Token, index: number): Found {
  const value = Number(token.text)
  return {
    match: {start: token.start, end: token.end, value, lower: null, upper: null, unit: 'measure', currency: null, noun: 'years old', approximate: false, vague: false},
    last: index
  }
}

/** Whether the number at `index` is an age set off by commas or parentheses after a name (“Perez, 61,”, “Sanders (74)”). */
function isAge(tokens: Token[], index: number): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  const name = tokens[index - 2]
  const after = tokens[index + 1]
  const parenthesized = before !== undefined && before.code === 40 /* ( */ && after !== undefined && after.code === 41 /* ) */
  return (
    token.end - token.start <= 3 &&
    before !== undefined &&
    (before.code === 44 /* , */ || parenthesized) &&
    name !== undefined &&
    name.kind === 'word' &&
    name.capitalized &&
    (after === undefined || after.code === 44 /* , */ || after.code === 46 /* . */ || parenthesized) &&
    // (Not a list of numbers: “in March, 12, 14 and 16 percent”.)
    tokens[index + 2]?.kind !== 'number' &&
    Number(token.text) <= 120
  )
}

interface Found {
  match: QuantityMatch
  last: number
}

function quantityAt(tokens: Token[], index: number, floor: number, covered: Uint8Array): Found | undefined {
  const token = tokens[index]!
  // “a” and “an” start an amount only before a number word or “few”:
  // “a million”, “a dozen”, “a third of”, “a few hundred”, “A$5”.
  if (token.flags & ARTICLE) {
    const next = tokens[index + 1]
    if (!(next && ((next.flags & NUMBER) !== 0 || next.code === 36 /* $ */ || isFewOrCouple(next)))) return undefined
  }

  // (A title: “the movie 13 Hours”, ''60 Minutes''.)
  if (token.kind === 'number' && (tokens[index + 1]?.flags ?? 0) & UNIT && tokens[index + 1]!.capitalized && titleAt(tokens, index, index + 1)) return undefined

  // Money with a sign: “$1.2 billion”, “US$5m”, “€30”.
  let currency: string | null = null
  // Whether the currency is a word, which a space may separate from the number.
  let spaced = false
  let numberIndex = index
  if (token.kind === 'punct' && currencySymbols.has(token.text)) {
    currency = currencySymbols.get(token.text)!
    numberIndex = index + 1
  } else if (token.kind === 'word' && dollarPrefixes.has(token.lower) && tokens[index + 1]?.text === '$' && touches(token, tokens[index + 1])) {
    currency = dollarPrefixes.get(token.lower)!
    numberIndex = index + 2
  } else if (token.kind === 'word' && currencyPrefixWords.has(token.lower) && token.text !== token.lower) {
    // “Rs 10,000 crore”, “Rs. 500”, “INR 40”: a word, so a space may follow (capitalized: not “rs”).
    currency = currencyPrefixWords.get(token.lower)!
    numberIndex = tokens[index + 1]?.text === '.' && touches(token, tokens[index + 1]) ? index + 2 : index + 1
    spaced = true
  }

  if (currency !== null) {
    const numberToken = tokens[numberIndex]
    if (!numberToken || numberToken.kind !== 'number' || (!spaced && !touches(tokens[numberIndex - 1], numberToken)) || isCovered(covered, numberIndex)) {
      return undefined
    }
  }

  if (currency === null) {
    const ratio = ratioAt(tokens, index, floor, covered)
    if (ratio) return ratio
  }

  if (currency === null && token.kind === 'word' && ((token.flags & MULTIPLIER) !== 0 || token.lower.endsWith('fold'))) {
    return multiplierAt(tokens, index, floor, covered)
  }

  if (currency === null && token.kind === 'word') {
    // Before the ordinal: “by a third” is a share, not the third.
    const fraction = fractionAt(tokens, index, floor, covered)
    if (fraction) return fraction
    const ordinal = ordinalAt(tokens, index)
    if (ordinal) return ordinal
  }

  if (currency === null && token.kind === 'number') {
    const ordinal = digitOrdinalAt(tokens, index)
    if (ordinal) return ordinal
  }

  const phrase = readNumber(tokens, numberIndex, currency !== null)
  if (!phrase || (phrase.value !== null && !Number.isFinite(phrase.value))) return undefined
  if (phrase.last > numberIndex && anyCovered(covered, numberIndex, phrase.last)) return undefined
  if (!acceptable(tokens, phrase)) return undefined
  if (currency === null && phrase.value !== null && phrase.first === phrase.last) {
    const ratio = ratioTo(tokens, phrase.first, phrase.value, floor)
    if (ratio) return ratio
  }

  let first = index
  let last = phrase.last
  let lowerValue: number | null = phrase.value
  let upperValue: number | null = null
  let isRange = false

  // Ranges: “between 10 and 20”, “10-20”, “10 to 20” (not “from 10 to 20” nor
  // “grew by 1.5 million to 40 million”: a change and where it led).
  // (Before “$50”, “between” is before the currency sign.)
  const betweenIndex = (currency === null ? phrase.first : index) - 1
  const between = betweenIndex >= floor && tokens[betweenIndex]?.lower === 'between'
  // “between the ages of 18 and 29”: “between” before the age opens the
  // range as well (the span stays the numbers’, read as an age below).
  const agesBetween =
    !between && betweenIndex - 3 >= floor && tokens[betweenIndex]?.lower === 'of' && tokens[betweenIndex - 1]?.lower === 'ages' && tokens[betweenIndex - 3]?.lower === 'between'
  // “cuts of 5% to 10%”, “between 5 percent and 10 percent”: the unit may
  // come before the link too (checked after the second number).
  const unitBefore = currency === null && phrase.value !== null ? percentSignAt(tokens, last + 1) : 0
  const link = tokens[last + 1 + unitBefore]
  if (phrase.value !== null && link) {
    const at = last + unitBefore
    let secondIndex = -1
    if ((between || agesBetween) && link.lower === 'and') secondIndex = at + 2
    else if (!between && link.lower === 'to' && (tokens[first - 1]?.lower !== 'from' || rangeFrom(tokens, first, floor)) && !changeBy(tokens, first)) secondIndex = at + 2
    else if ((link.text === '-' || link.text === '–') && touches(tokens[at], link) && !tallyAt(tokens, at + 1)) secondIndex = at + 2
    // “two or three guards”, “four or five people”: an estimate between two
    // close numbers (checked below), no unit before the link.
    const alternative = secondIndex === -1 && !between && link.lower === 'or' && unitBefore === 0 && currency === null
    if (alternative) secondIndex = at + 2
    let secondCurrency = false
    if (secondIndex !== -1 && currency !== null && tokens[secondIndex]?.text === tokens[index]!.text) {
      secondIndex++
      secondCurrency = true
    }

    let second = secondIndex === -1 || isCovered(covered, secondIndex) ? undefined : readNumber(tokens, secondIndex, secondCurrency)
    // (The second takes the percent sign too; and two shares that add up
    // to most of a whole are a poll’s tally, “approve 37 percent to 43
    // percent”, “a 42%-49% approval”, as a change is, “rose 2% to 3%”.)
    if (
      unitBefore > 0 &&
      second &&
      second.value !== null &&
      (percentSignAt(tokens, second.last + 1) === 0 ||
        (!between && !rangeFrom(tokens, first, floor) && (phrase.value + second.value >= 60 || ((tokens[first - 1]?.flags ?? 0) & CHANGE) !== 0)))
    ) {
      second = undefined
    }

    if (second && second.value !== null && Number.isFinite(second.value) && !second.vague && (!secondCurrency || second.first === secondIndex)) {
      let low = phrase.value
      // “between 2 and 3 million”: the scale of the second applies to the first.
      if (!phrase.scaled && second.scaled && low < 1000) low = scaleBy(low, second.value / digitsOrWordValue(tokens, second))
      // (An alternative is of close numbers: not “1 or 100”, “5 or 5”.)
      if (alternative ? second.value > low && second.value <= 2 * low + 1 : second.value >= low) {
        lowerValue = low
        upperValue = second.value
        isRange = true
        last = second.last
        if (between) first = betweenIndex
      }
    }
  }

  // (“one or two days later”: the time took the second, so “one” is no
  // count alone.)
  if (!isRange && phrase.first === phrase.last && tokens[phrase.first]!.lower === 'one' && tokens[phrase.last + 1]?.lower === 'or') return undefined
  // (Nor any number so: “three or four months ago”.)
  if (!isRange && tokens[phrase.last + 1]?.lower === 'or' && isCovered(covered, phrase.last + 2)) return undefined

  // The unit after the number: %, percent, currency words, measures.
  let unit: Quantity['unit'] = currency === null ? 'count' : 'money'
  let noun: string | null = null
  let nounLast = -1
  const after = tokens[last + 1]
  let scale = 1
  const percentSign = after ? percentSignAt(tokens, last + 1) : 0
  // (How many tokens after the number make it a multiplier: “times as”, “-fold”.)
  const multiplied = currency === null && !isRange && phrase.value !== null ? multiplierAfter(tokens, last) : 0
  if (after) {
    if (percentSign > 0) {
      unit = 'percent'
      last += percentSign
    } else if (after.lower === 'percentage' && (tokens[last + 2]?.lower === 'points' || tokens[last + 2]?.lower === 'point')) {
      unit = 'percent'
      noun = 'percentage ' + tokens[last + 2]!.lower
      last += 2
      nounLast = last
    } else if (after.lower === 'percentage-point' || after.lower === 'percentage-points') {
      // (Hyphenated before the noun it qualifies: “a 10 percentage-point lead”.)
      unit = 'percent'
      noun = 'percentage point'
      last++
      nounLast = last
    } else if (currency === null && after.lower === 'basis' && (tokens[last + 2]?.lower === 'points' || tokens[last + 2]?.lower === 'point')) {
      // “25 basis points”: hundredths of a percentage point, a unit of its
      // own (not “points”, a hundred times as large).
      unit = 'measure'
      noun = 'basis ' + tokens[last + 2]!.lower
      last += 2
      nounLast = last
    } else if (currency === null && currencyWords.has(after.lower) && !(after.capitalized && tokens[last + 2]?.capitalized)) {
      // (Not a name: “10 Rand Paul supporters”.)
      unit = 'money'
      currency = currencyWords.get(after.lower)!
      last++
    } else if (currency === null && isPence(tokens, last + 1)) {
      // “5p a litre”: pence, as British news writes them.
      unit = 'money'
      currency = 'GBP'
      scale = 0.01
      last++
    } else if (currency === null && (after.lower === 'cents' || after.lower === 'cent')) {
      unit = 'money'
      currency = 'USD'
      scale = 0.01
      last++
    } else if (currency === null && (after.lower === 'pounds' || after.lower === 'pound') && poundsSterling(tokens, first, last + 1, phrase.scaled)) {
      unit = 'money'
      currency = 'GBP'
      last++
    } else if (currency === null && after.lower === 'parts' && tokens[last + 2]?.lower === 'per' && partsPer.has(tokens[last + 3]?.lower ?? '')) {
      // “423.9 parts per million”: one unit (the scale word is no second number).
      unit = 'measure'
      noun = 'parts per ' + tokens[last + 3]!.lower
      last += 3
      nounLast = last
    } else if (currency === null && temperatureUnit(tokens, last + 1) !== undefined) {
      // “0.26 C per decade”, “1.5C”, “15 °C”.
      unit = 'measure'
      noun = temperatureUnit(tokens, last + 1)!
      last += after.text === '°' ? 2 : 1
      nounLast = last
    } else if (currency === null && measureUnits.has(after.lower)) {
      unit = 'measure'
      noun = after.lower
      last++
      // “15.91 degrees Celsius”.
      const scale = tokens[last + 1]
      if ((noun === 'degrees' || noun === 'degree') && scale && (scale.lower === 'celsius' || scale.lower === 'fahrenheit')) {
        noun = 'degrees ' + scale.text
        last++
      }

      nounLast = last
    } else if (currency === null && after.text === '-' && touches(tokens[last], after) && hyphenUnit(after, tokens[last + 2]) !== undefined) {
      // “a 10-mile race”, “a 14-point lead”, “a 24-year-old man”: the unit
      // joined by a hyphen (an age reads “years old”).
      unit = 'measure'
      noun = hyphenUnit(after, tokens[last + 2])!
      last += 2
      nounLast = last
    } else if (currency === null && after.text === '-' && touches(tokens[last], after) && compoundNoun(tokens, last + 2) !== undefined) {
      // “a 50-state strategy”, “a 12-hole course”: the number counts the
      // noun it is glued to, which modifies the next one.
      noun = compoundNoun(tokens, last + 2)!
      last += 2
      nounLast = last
    } else if (multiplied !== 0) {
      // “three times as many arrests”, “10-fold”: a multiplier, not a count
      // of times (“raised them 11 times” stays one).
      unit = 'ratio'
      last += multiplied
      const many = asMany(tokens, last, covered)
      if (many) {
        noun = many.noun
        last = many.last
        nounLast = last
      }
    } else if (currency === null && (after.lower === 'square' || after.lower === 'cubic') && measureUnits.has(tokens[last + 2]?.lower ?? '')) {
      unit = 'measure'
      noun = after.lower + ' ' + tokens[last + 2]!.lower
      last += 2
      nounLast = last
    }
  }

  // “a magnitude 7.1 earthquake”: the scale is named before the number.
  if (unit === 'count' && noun === null && !isRange && tokens[phrase.first - 1]?.lower === 'magnitude') {
    unit = 'measure'
    noun = 'magnitude'
  }

  // The first count of a tally takes the second’s percent sign (“voted 52-48 percent”).
  if (unit === 'count' && after && tallyAt(tokens, last + 1)) {
    const shared = tokens[last + 3]
    if (shared && (shared.text === '%' || shared.lower === 'percent')) unit = 'percent'
  }

  // What is counted: “2,000 people”, “tens of thousands of mines”, “24 percent of voters”.
  if (noun === null && (unit === 'count' || unit === 'percent')) {
    const found = nounAfter(tokens, last, phrase, unit, covered)
    if (found) {
      noun = found.noun
      nounLast = found.last
      if (unit === 'count' && currencyWords.has(found.noun)) {
        unit = 'money'
        // (“10 Canadian dollars”: not US dollars.)
        const country = found.noun.startsWith('dollar') ? dollarCountries.get(tokens[found.last - 1]?.lower ?? '') : undefined
        currency = country ?? currencyWords.get(found.noun)!
        noun = null
      }
    }
  }

  // “25 years old”, “18 to 25 years old”: an age (the time reader leaves it
  // here), in the words “24-year-old” reads as.
  if (unit === 'count' && noun !== null && nounLast !== -1 && tokens[nounLast + 1]?.lower === 'old' && unitWords.has(noun)) {
    unit = 'measure'
    noun = (noun.endsWith('s') ? noun : noun === 'century' ? 'centuries' : noun + 's') + ' old'
    nounLast++
  }

  // “12 to 18 months”: a span of time whose bounds no ISO 8601 duration
  // holds (so the time reader leaves it here), a measure of time rather
  // than a count of months.
  if (isRange && unit === 'count' && noun !== null && unitWords.has(noun)) unit = 'measure'

  // A height: “5-foot-11”, “6 feet 2 inches” is one length, in inches.
  let inches = -1
  if (unit === 'measure' && (noun === 'foot' || noun === 'feet') && phrase.value !== null && !isRange) {
    const link = tokens[last + 1]
    const number = link?.text === '-' && touches(tokens[last], link) ? tokens[last + 2] : link
    const inchWord = number ? tokens[number === link ? last + 2 : last + 3] : undefined
    const glued = number !== link && number !== undefined && touches(link, number)
    if (number && number.kind === 'number' && /^\d{1,2}$/.test(number.text) && Number(number.text) < 12) {
      const spelled = inchWord !== undefined && (inchWord.lower === 'inches' || inchWord.lower === 'inch')
      if (spelled || (glued && !(inchWord && inchWord.kind !== 'punct' && touches(number, inchWord)))) {
        inches = Number(number.text)
        last = (number === link ? last + 1 : last + 2) + (spelled ? 1 : 0)
        noun = 'inches'
        nounLast = last
      }
    }
  }

  // “412 of the 650 seats”, “23 of its 29 delegates”, “62 of the state’s
  // 88 counties”: the part counts what the whole does (the whole is its own
  // quantity).
  const wholeAt = noun === null && unit === 'count' && tokens[last + 1]?.lower === 'of' ? wholeIndex(tokens, last + 2) : -1
  if (wholeAt !== -1) {
    const whole = readNumber(tokens, wholeAt, false)
    const counted = whole && whole.value !== null ? nounAfter(tokens, whole.last, whole, 'count', covered) : undefined
    if (counted) noun = counted.noun
  } else if (noun === null && unit === 'count' && !phrase.vague && tokens[last + 1]?.lower === 'of' && partDeterminers.has(tokens[last + 2]?.lower ?? '')) {
    // “three of the victims”, “all 40 of the state’s delegates”: a part
    // of a group counts what the group is made of.
    const counted = nounAfter(tokens, last + 2, {vague: false, value: 2}, 'count', covered)
    if (counted) noun = counted.noun
  }

  if (nounLast > last) last = nounLast

  // A rate: “24 deaths per 100,000 people”, “5.2 cases per 1,000
  // residents”, “$2 per million tokens” — one quantity, the denominator
  // part of what is counted (it counts nobody itself; a scale word alone is
  // a number too).
  const denominatorAt = tokens[last + 2]
  if (
    (unit === 'count' || unit === 'percent' || unit === 'money') &&
    tokens[last + 1]?.lower === 'per' &&
    denominatorAt &&
    (denominatorAt.kind === 'number' || (denominatorAt.flags & NUMBER) !== 0)
  ) {
    const denominator = readNumber(tokens, last + 2, false)
    if (denominator && denominator.value !== null && !denominator.vague && !anyCovered(covered, last + 2, denominator.last)) {
      const per = nounAfter(tokens, denominator.last, denominator, 'count', covered)
      const end = per ? per.last : denominator.last
      const rate = 'per ' + collapseSpaces(tokens, last + 2, end)
      noun = noun === null ? rate : noun + ' ' + rate
      last = end
      nounLast = end
    }
  }

  // A rate per unit: “105 miles per hour”, “$1.78 per share”, “$3.10 a
  // gallon”, “$2 million a year” — the amount is per that unit, so the unit
  // is part of what is counted (“a year ago” is a time expression, covered;
  // a share’s rate stays out, as “12 percent year over year” does).
  const rateLink = tokens[last + 1]
  if (rateLink && (rateLink.lower === 'per' || rateLink.flags & ARTICLE) && unit !== 'percent') {
    const rate = tokens[last + 2]
    if (rate && rate.kind === 'word' && rateNouns.has(rate.lower) && !isCovered(covered, last + 2)) {
      const per = 'per ' + rate.lower
      noun = noun === null ? per : noun + ' ' + per
      last += 2
      nounLast = last
    }
  }

  // Below zero: “minus 20 degrees”, “-20 degrees”, “−5%” (a sign set off
  // from what comes before, not the hyphen of “COVID-19”).
  let negative = false
  if (currency === null && !isRange && !phrase.vague && phrase.value !== null && first === phrase.first && first - 1 >= floor && !isCovered(covered, first - 1)) {
    const sign = tokens[first - 1]!
    // (Not a margin: “plus or minus 3 percentage points”; nor a list’s
    // dash before a word: “-One poll”.)
    negative =
      (sign.kind === 'word' && sign.lower === 'minus' && !(tokens[first - 2]?.lower === 'or' && tokens[first - 3]?.lower === 'plus')) ||
      ((sign.text === '-' || sign.text === '\u2212') && tokens[first]!.kind === 'number' && touches(sign, tokens[first]) && !touches(tokens[first - 2], sign))
    if (negative) first--
  }

  // Approximators: before (“nearly”, “more than”) and after (“or more”).
  let approximation: Approximation | undefined
  if (!between) {
    const before = approximatorBefore(tokens, first)
    if (before && before.first >= floor && !anyCovered(covered, before.first, first - 1)) {
      approximation = before.approximation
      first = before.first
    }
  }

  const postfix = approximatorAfter(tokens, last) ?? (nounLast === -1 ? undefined : approximatorAfter(tokens, phrase.last))
  if (postfix && !approximation && postfix.last > last) {
    approximation = postfix.approximation
    last = postfix.last
    // “2,000 or more people”, “500+ deaths”.
    if (noun === null && unit === 'count') {
      const found = nounAfter(tokens, last, phrase, unit, covered)
      if (found) {
        noun = found.noun
        last = found.last
      }
    }
  } else if (postfix && !approximation && postfix.last <= last) {
    approximation = postfix.approximation
  }

  const match: QuantityMatch = {
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    value: null,
    lower: null,
    upper: null,
    unit,
    currency,
    noun,
    approximate: false,
    vague: false
  }

  if (phrase.vague) {
    match.vague = true
    match.approximate = true
    match.lower = {value: phrase.lower!, inclusive: true}
    match.upper = {value: phrase.upper!, inclusive: true}
  } else if (isRange) {
    match.lower = {value: scaleBy(lowerValue!, scale), inclusive: true}
    match.upper = {value: scaleBy(upperValue!, scale), inclusive: true}
    match.approximate = approximation?.approximate ?? false
  } else {
    const magnitude = inches >= 0 ? phrase.value! * 12 + inches : scaleBy(phrase.value!, scale)
    const value = negative ? -magnitude : magnitude
    match.value = value
    applyApproximation(match, value, approximation)
  }

  return {match, last}
}

function applyApproximation(match: QuantityMatch, value: number, approximation: Approximation | undefined): void {
  if (!approximation) return
  match.approximate = approximation.approximate
  if (approximation.bound === 'upper') match.upper = {value, inclusive: approximation.inclusive}
  else if (approximation.bound === 'lower') match.lower = {value, inclusive: approximation.inclusive}
  else if (approximation.bound === 'exact') {
    match.lower = {value, inclusive: true}
    match.upper = {value, inclusive: true}
  }
}

/** Tokens `from` to `to` (inclusive) as written, one space between words (commas in numbers kept). */
function collapseSpaces(tokens: Token[], from: number, to: number): string {
  let text = tokens[from]!.lower
  for (let index = from + 1; index <= to; index++) {
    text += (touches(tokens[index - 1], tokens[index]) ? '' : ' ') + tokens[index]!.lower
  }

  return text
}

function anyCovered(covered: Uint8Array, from: number, to: number): boolean {
  for (let index = from; index <= to; index++) if (isCovered(covered, index)) return true
  return false
}

/** The value of a phrase without its scale (“3 million” → 3). */
function digitsOrWordValue(tokens: Token[], phrase: NumberPhrase): number {
  const token = tokens[phrase.first]!
  if (token.kind === 'number') return digitsValue(token.text)
  return numberWord(token.lower) ?? phrase.value ?? 1
}

// Words near an amount in pounds that make it money (“worth up to 300
// pounds”, “fined 5,000 pounds”), and after it (“300 pounds a year”).
const moneyWords = new Set([
  'bill', 'budget', 'charge', 'cost', 'costing', 'costs', 'debt', 'deficit', 'fine', 'fined', 'fund', 'funding', 'grant', 'loan',
  'paid', 'pay', 'payment', 'payments', 'pays', 'price', 'priced', 'raise', 'raised', 'salary', 'save', 'saved', 'savings',
  'spend', 'spending', 'spent', 'tax', 'taxes', 'worth'
])
const rateWords = new Set(['a', 'an', 'per', 'each', 'every'])
const rateUnits = new Set(['year', 'month', 'week', 'day', 'hour', 'head', 'person'])

/**
 * Whether “pounds” after an amount is sterling rather than weight: a scale
 * word (“22 billion pounds”: no one weighs in billions), a money word within
 * three words before (“worth up to 300 pounds”), or a rate after (“300
 * pounds a year”). “weighs 200 pounds” stays a measure.
 */
function poundsSterling(tokens: Token[], first: number, pounds: number, scaled: boolean): boolean {
  if (scaled) return true
  for (let index = first - 1; index >= 0 && index >= first - 3; index--) {
    if (moneyWords.has(tokens[index]!.lower)) return true
  }

  return rateWords.has(tokens[pounds + 1]?.lower ?? '') && rateUnits.has(tokens[pounds + 2]?.lower ?? '')
}

// Words before a tally (“voted 52-48”, “won 5-4”, “by a 7-2 margin”) and
// nouns after one (“a 215-214 vote”).
const tallyVerbs = new Set([
  'ahead', 'approved', 'backed', 'beat', 'beats', 'confirmed', 'defeated', 'edged', 'edges', 'favored', 'lead', 'leading', 'leads',
  'led', 'loses', 'lost', 'passed', 'passes', 'ratified', 'rejected', 'ruled', 'split', 'tied', 'ties', 'topped', 'tops', 'trail',
  'trailed', 'trailing', 'trails', 'upheld', 'vote', 'voted', 'votes', 'win', 'wins', 'won', 'went', 'finished'
])
const tallyNouns = new Set(['decision', 'loss', 'majority', 'margin', 'record', 'ruling', 'score', 'tally', 'tie', 'victory', 'vote', 'win'])

/**
 * Whether the dash at `dash` joins the two counts of a tally (“the Senate
 * voted 52-48”, “passed 215–214”, “a 7-7 vote”) rather than a range: whole
 * numbers on both sides, the first not below the second (a range goes up)
 * unless a tally noun follows, and a tally word before (a few words
 * before: “by a 6-3 margin”, “passed it 215-214”) or after. Each count is then its own quantity.
 */
function tallyAt(tokens: Token[], dash: number): boolean {
  let leftIndex = dash - 1
  const mark = tokens[dash]
  const right = tokens[dash + 1]
  // (“decided by 5-to-4 votes”: the same tally, spelled; only before a tally noun.)
  const spelled = tokens[leftIndex]?.lower === 'to' && tokens[dash - 2]?.text === '-' && touches(tokens[dash - 3], tokens[dash - 2]) && touches(tokens[dash - 2], tokens[leftIndex])
  if (spelled) leftIndex = dash - 3
  const left = tokens[leftIndex]
  if (!left || !mark || !right || left.kind !== 'number' || right.kind !== 'number') return false
  if ((mark.text !== '-' && mark.text !== '–') || !touches(tokens[dash - 1], mark) || !touches(mark, right)) return false
  const first = left.text
  const second = right.text
  if (first.includes('.') || second.includes('.')) return false
  const after = tokens[dash + 2]
  // (“9-11 attacks”, “1-800-555”: a number glued on is no tally.)
  if (after && (after.text === '-' || (touches(right, after) && after.kind !== 'punct' && after.text !== '%'))) return false
  const before = tokens[leftIndex - 1]
  if (before && touches(before, left)) return false
  const nounAfter = after !== undefined && (tallyNouns.has(after.lower) || (spelled && tallyNouns.has(after.lower.slice(0, -1))))
  if (!nounAfter && (spelled || digitsValue(first) < digitsValue(second))) return false
  if (nounAfter) return true
  // (“passed it 215-214”, “ties former Fla. Gov. Jeb Bush at 41-41”: an
  // object may come between.)
  for (let cue = leftIndex - 1; cue >= leftIndex - 9 && cue >= 0; cue--) {
    const word = tokens[cue]!
    if (tallyVerbs.has(word.lower)) return true
    if (word.kind !== 'word' && word.text !== '.') return false
  }

  return false
}

/**
 * Whether a number phrase is an amount: not glued to letters (“F-35”,
 * “5G”), not an identifier (“Title 42”), not a clock time, and “one” only as
 * a count (“one country”, not “one of”, “no one”).
 */
function acceptable(tokens: Token[], phrase: NumberPhrase): boolean {
  const first = tokens[phrase.first]!
  const last = tokens[phrase.last]!
  const previous = tokens[phrase.first - 1]
  const next = tokens[phrase.last + 1]

  if (first.kind === 'number') {
    // Glued to a word or to “word-”: model numbers and names.
    if (previous && touches(previous, first)) {
      if (previous.kind === 'word') return false
      // (A handle or a file name: “@Musliiiiimah_1”.)
      if (previous.text === '_') return false
      if (previous.text === '-' || previous.text === '/' || previous.text === '.' || previous.text === ':') {
        const before = tokens[phrase.first - 2]
        if (before && touches(before, previous) && (before.kind === 'word' || before.kind === 'number') && !tallyAt(tokens, phrase.first - 1)) return false
      }
    }

    if (next && touches(last, next)) {
      if (next.kind === 'word' && phrase.last === phrase.first && temperatureUnit(tokens, phrase.last + 1) === undefined && !isPence(tokens, phrase.last + 1)) return false
      if (next.text === ':' || next.text === '/') return false
    }

    // Clock times: “3 p.m.”, “10 am”.
    if (next && /^(?:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)$/.test(next.lower)) return false
  }

  // “Hispanics 4 Trump”: “4” for “for” in a slogan between two capitalised
  // words (not “Wins 4 States”: a plural after it is counted).
  if (
    first.text === '4' &&
    phrase.first === phrase.last &&
    previous?.kind === 'word' &&
    previous.capitalized &&
    next?.kind === 'word' &&
    next.capitalized &&
    !isPluralNoun(next.lower)
  ) {
    return false
  }

  // The emergency number: “called 911”, “dial 911”.
  if (first.text === '911' && previous && emergencyVerbs.has(previous.lower)) return false
  // Identifiers: “Title 42”, “Route 66”, “No. 2”.
  let name = previous
  if (name && name.text === '.' && touches(tokens[phrase.first - 2], name)) name = tokens[phrase.first - 2]
  // (Or a brand’s inner capital: “iPhone 17”, “iPad 10”.)
  if (name && name.kind === 'word' && identifiers.has(name.lower) && (name.capitalized || innerCapital.test(name.text) || lowercaseIdentifiers.has(name.lower))) return false
  // Stock indexes and rankings: “the Nasdaq 100”, “Fortune 500 companies”,
  // “the S&P 500” — a whole number with no unit (“the Nasdaq 1.2 percent”
  // is a change).
  if (
    name &&
    name.kind === 'word' &&
    name.capitalized &&
    (indexNames.has(name.lower) || (name.text === 'P' && tokens[phrase.first - 2]?.text === '&' && tokens[phrase.first - 3]?.text === 'S')) &&
    phrase.first === phrase.last &&
    /^\d+$/.test(first.text) &&
    !(next && (next.text === '%' || next.lower === 'percent' || next.lower === 'points' || next.lower === 'point'))
  ) {
    return false
  }

  if (first.kind === 'word') {
    // Number words inside names: “Air Force One”, “Formula One”.
    if (first.capitalized && previous && previous.kind === 'word' && previous.capitalized) return false
    // “net zero emissions”: a target’s name, no count.
    if (first.lower === 'zero' && previous?.lower === 'net') return false
    if (phrase.first === phrase.last && first.lower === 'one') {
      if (previous && oneDeterminers.has(previous.lower)) return false
      // “the nephew of one president and the cousin of another”: a kin
      // relation or a contrast with “another”, not a count worth checking.
      if (previous?.lower === 'of' && (kinNouns.has(tokens[phrase.first - 2]?.lower ?? '') || anotherAhead(tokens, phrase.last + 1))) return false
      // (But “one to two years” opens a range.)
      const rangeNext = (next?.lower === 'to' || next?.lower === 'or') && (tokens[phrase.last + 2]?.kind === 'number' || ((tokens[phrase.last + 2]?.flags ?? 0) & NUMBER) !== 0)
      if (!rangeNext && (!next || next.kind !== 'word' || functionWords.has(next.lower) || notOne.has(next.lower))) return false
    }
  }

  return true
}

/** Kin and ties that “of one …” describes a person by (“the nephew of one president”), no count. */
const kinNouns = new Set(
  (
    'nephew niece son daughter wife husband widow widower cousin brother sister father mother grandson granddaughter ' +
    'grandfather grandmother uncle aunt child children parent parents sibling siblings spouse heir descendant stepson stepdaughter'
  ).split(' ')
)

/** Whether “another” comes within twelve tokens from `from`, in the same sentence (“of one president and … of another”). */
function anotherAhead(tokens: Token[], from: number): boolean {
  for (let index = from; index < tokens.length && index < from + 12; index++) {
    const token = tokens[index]!
    if (token.lower === 'another') return true
    if (token.text === '.' || token.text === ';') return false
  }

  return false
}

/** Words in -s after a plural noun that are not a head it modifies (“troops overseas”, “children ages 2 to 17”). */
const notPluralHeads = new Set(['overseas', 'ages', 'always', 'nowadays', 'afterwards', 'besides', 'indoors', 'outdoors', 'sideways', 'whereas'])

/** The noun a number counts, after the number (and its unit). */
function nounAfter(
  tokens: Token[],
  last: number,
  phrase: Pick<NumberPhrase, 'vague' | 'value'>,
  unit: Quantity['unit'],
  covered: Uint8Array
): {noun: string; last: number} | undefined {
  let position = last + 1
  let afterOf = false
  // “tens of thousands of mines”, “24 percent of voters”, “hundreds of people”.
  if (tokens[position]?.lower === 'of' && (phrase.vague || unit === 'percent')) {
    position++
    afterOf = true
    const determiner = tokens[position]?.lower
    if (determiner === 'the' || determiner === 'those' || determiner === 'these' || determiner === 'its' || determiner === 'their' || determiner === 'all') {
      position++
    }
  }

  // “72,000 more jobs”, “3,000 fewer troops”: a comparative before the noun.
  // (And “other”: “two other deaths”, “three other people”.)
  const comparative = tokens[position]?.lower
  if (!afterOf && (comparative === 'more' || comparative === 'fewer' || comparative === 'additional' || comparative === 'other')) position++
  const candidates: number[] = []
  // (Five words, to reach the head past modifiers and names: “12 Grand Slam
  // singles titles”, “33% of national Republican primary voters”; one more
  // past an adverb: “10 widely used prescription drugs”.)
  const limit = tokens[position]?.kind === 'word' && tokens[position]!.lower.endsWith('ly') && !tokens[position]!.capitalized ? 6 : 5
  while (candidates.length < limit && position < tokens.length) {
    const token = tokens[position]!
    if (token.kind !== 'word' || isCovered(covered, position) || functionWords.has(token.lower)) break
    // (A word that heads no compound ends the phrase, so the search goes no
    // further to a verb in “-s”: “a 70 percent rating far surpasses”.)
    if (candidates.length > 0 && notHeads.has(token.lower)) break
    candidates.push(position)
    position++
  }

  // A possessive or a name before the noun is not it: “5% of Ohio’s voters”,
  // “a quarter of Hillary Clinton’s donors”.
  // (One thing counts no plural: “one ranking pegs”, “in one case activists
  // criticized”.)
  const single = unit === 'count' && phrase.value === 1 && !phrase.vague
  for (const [at, candidate] of single ? [] : candidates.entries()) {
    const token = tokens[candidate]!
    // (A verb ends the phrase: “22% goes”, “a third of the electorate remains”.)
    if (verbsInS.has(token.lower)) break
    if (isPossessive(token) || honorifics.has(token.lower)) continue
    // (A name before a plural is not it either: “71 percent of Sanders supporters”.)
    const following = at + 1 < candidates.length ? tokens[candidates[at + 1]!]! : undefined
    if (token.capitalized && following && !following.capitalized && isPluralNoun(following.lower)) continue
    if (isPluralNoun(token.lower)) {
      // (A plural before another modifies it: “dozens of militia fighters”,
      // “three news outlets”, “20 sales reps”.)
      // (Not an adverb or an age range after it: “troops overseas”, “children ages 2 to 17”.)
      const head =
        following && !following.capitalized && isPluralNoun(following.lower) && !verbsInS.has(following.lower) && !notPluralHeads.has(following.lower) ? candidates[at + 1]! : candidate
      return {noun: nounText(tokens[head]!), last: head}
    }
  }

  for (const candidate of candidates) {
    if (phrase.value !== 1 && unit !== 'percent') break
    const token = tokens[candidate]!
    // “12 percent year over year”, “3 percent a month”: a rate, no noun.
    if (periodWords.has(token.lower)) break
    // “40 percent chose”, “54% went”, “13 percent supporting Trump”, “34%
    // strongly”, “one really”: a verb or an adverb right after the amount, no
    // noun (“the 15 percent polling threshold” has one); and “of the roughly 300”.
    if (!afterOf && isAdverb(token.lower)) break
    if (trailingAdverbs.has(token.lower) || verbsInS.has(token.lower)) break
    if (!afterOf && unit === 'percent' && shareVerbsBeforeObject.has(token.lower) && objectOpeners.has(tokens[candidate + 1]?.lower ?? '')) break
    if (!afterOf && unit === 'percent' && (shareVerbs.has(token.lower) || (token.lower.endsWith('ing') && !ingNouns.has(token.lower) && !lowercaseNext(tokens, candidates, candidate)))) break
    if (adverbApproximators.has(token.lower)) break
    // (“one soliciting his views”: a participle with its object, no noun.)
    if (token.lower.endsWith('ing') && !ingNouns.has(token.lower) && objectOpeners.has(tokens[candidate + 1]?.lower ?? '')) break
    // “95% effective”, “80 percent funded”, “10 percent higher”: a predicate, no noun.
    if (predicateWords.has(token.lower) || /(?:ive|ful|ous|able|ible|ed)$/.test(token.lower)) break
    if (isPossessive(token) || (token.capitalized && tokens[candidate + 1]?.capitalized)) continue
    // (Past adjectives before their noun: “7% of global turnover”, “of total
    // revenue”, “two-thirds of domestic economic activity”, “one small
    // subset”, “one Republican chamber”, “a fifth of its monthly income”.)
    let at = candidates.indexOf(candidate)
    while (at + 1 < candidates.length && qualifies(tokens[candidates[at]!]!, tokens[candidates[at + 1]!]!)) at++
    // (And past one noun modifying the next: “a quarter of its tax revenue”,
    // not “half of the money raised”.)
    const head = tokens[candidates[at + 1] ?? -1]
    const modifier = tokens[candidates[at]!]!
    if (
      unit === 'percent' &&
      head &&
      !modifier.capitalized &&
      !modifier.lower.endsWith('ly') &&
      !head.capitalized &&
      !/(?:ed|ing|ly)$/.test(head.lower) &&
      !predicateWords.has(head.lower) &&
      !periodWords.has(head.lower) &&
      !notHeads.has(head.lower) &&
      !verbsInS.has(head.lower) &&
      !trailingAdverbs.has(head.lower)
    ) {
      at++
      // (“of gross domestic product”.)
      while (at + 1 < candidates.length && adjectiveLike(tokens[candidates[at]!]!)) at++
    }
    return {noun: nounText(tokens[candidates[at]!]!), last: candidates[at]!}
  }

  return undefined
}

/**
 * The number of tokens of a percent sign at `index` (“%” glued to the
 * number, “percent”, “pct”, “per cent”), or 0.
 */
function percentSignAt(tokens: Token[], index: number): number {
  const token = tokens[index]
  if (!token) return 0
  if (token.text === '%') return touches(tokens[index - 1], token) ? 1 : 0
  if (token.lower === 'percent' || token.lower === 'pct') return 1
  return token.lower === 'per' && tokens[index + 1]?.lower === 'cent' ? 2 : 0
}

/** Verbs before the emergency number (“called 911”). */
const emergencyVerbs = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'to'])

/** Verbs before “from” that make “from 10 to 20” a range, not a change (“ranged from”, “varies from”). */
const rangeVerbs = new Set(['range', 'ranges', 'ranged', 'ranging', 'vary', 'varies', 'varied', 'varying', 'last', 'lasts', 'lasted', 'lasting'])

/** Whether `tokens[first]` follows “ranging from”, “varied from” (within the claim: `floor`). */
function rangeFrom(tokens: Token[], first: number, floor: number): boolean {
  return first - 2 >= floor && tokens[first - 1]?.lower === 'from' && rangeVerbs.has(tokens[first - 2]!.lower)
}

/** Scales after “parts per” (“parts per million”). */
const partsPer = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion'])

/** Units an amount is given per (“miles per hour”, “$1.78 per share”, “$3.10 a gallon”). */
const rateNouns = new Set([
  'hour', 'minute', 'second', 'day', 'night', 'week', 'month', 'year', 'capita', 'head', 'person', 'share', 'gallon', 'barrel',
  'ton', 'tonne', 'pound', 'ounce', 'mile', 'litre', 'liter', 'acre', 'student', 'pupil', 'household', 'family', 'ticket', 'vote', 'voter', 'resident'
])

/** Whether `tokens[first]` follows “grew by”, “fell by” (but not “vetted by”). */
function changeBy(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'by' && ((tokens[first - 2]?.flags ?? 0) & CHANGE) !== 0
}

/** Determiners after “of” that make a count part of a group (“three of the victims”, “40 of its delegates”). */
const partDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those'])

/** Possessive determiners before the whole of a part (“23 of its 29 delegates”). */
const possessiveDeterminers = new Set(['its', 'their', 'his', 'her', 'our'])

/** Singular verbs and modals after “the” and a bare number that make it a thing’s name (“the 757 does not”). */
const singularVerbs = new Set(['is', 'was', 'does', 'has', "isn't", "wasn't", "doesn't", 'might', 'may', 'can', 'could', 'will', 'would', 'should', 'must'])

/**
 * Index of the number of the whole after “of” at `index - 1`, past its
 * determiner (“the”, “its”, “the state’s”), or -1.
 */
function wholeIndex(tokens: Token[], index: number): number {
  const determiner = tokens[index]
  if (!determiner) return -1
  let at = -1
  if (determiner.lower === 'the') at = tokens[index + 1] && isPossessive(tokens[index + 1]!) ? index + 2 : index + 1
  else if (possessiveDeterminers.has(determiner.lower)) at = index + 1
  return at !== -1 && tokens[at]?.kind === 'number' ? at : -1
}

/** Verbs (not ending in “-ed”) that follow a share as its predicate (“40 percent chose”, “57 percent see”). */
const shareVerbs = new Set([
  'chose', 'choose', 'went', 'go', 'see', 'saw', 'say', 'said', 'think', 'thought', 'call', 'paid', 'pay', 'want', 'gave', 'give',
  'took', 'take', 'got', 'get', 'felt', 'feel', 'knew', 'know', 'believe', 'agree', 'disagree', 'oppose', 'prefer', 'themselves',
  'overall', 'grew', 'identify', 'become', 'approve', 'disapprove', 'favor', 'favour', 'expect'
])

/** Nouns that are a poll’s verbs before an object (“58 percent support a cap”; not “His 32% support gives him a lead”). */
const shareVerbsBeforeObject = new Set(['support', 'back'])

/** Words that open the object of one of {@link shareVerbsBeforeObject}. */
const objectOpeners = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'such', 'it', 'them', 'him', 'her', 'his', 'their', 'its'])

/** Nouns ending in “-ly” (not adverbs: “one family”). */
const lyNouns = new Set(['family', 'ally', 'rally', 'supply', 'assembly', 'anomaly', 'monopoly', 'belly', 'bully', 'folly', 'homily', 'lily', 'jelly', 'fly'])

/** Whether a lowercase word is an adverb in “-ly” (“strongly”, “nationally”), not a noun (“family”). */
function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !lyNouns.has(lower)
}

/** Nouns in “-ing” after a share (“a 49% rating”, “5 percent funding”), not participles (“13 percent supporting”). */
const ingNouns = new Set([
  'rating', 'funding', 'spending', 'polling', 'housing', 'building', 'meeting', 'hearing', 'training', 'warning', 'ruling',
  'saving', 'earning', 'financing', 'lending', 'pricing', 'staffing', 'timing', 'ceiling', 'reading', 'standing'
])

/** Whether the candidate after `candidate` is a lowercase word (a compound: “polling threshold”). */
function lowercaseNext(tokens: Token[], candidates: number[], candidate: number): boolean {
  const at = candidates.indexOf(candidate)
  const next = at + 1 < candidates.length ? tokens[candidates[at + 1]!] : undefined
  return next !== undefined && !next.capitalized
}

/** Verbs in “-s” after an amount, which look like plural nouns (“22% goes”, “32% support gives”). */
const verbsInS = new Set([
  'goes', 'gives', 'remains', 'becomes', 'says', 'seems', 'shows', 'wants', 'thinks', 'believes', 'means', 'comes', 'makes',
  'takes', 'gets', 'keeps', 'needs', 'leaves', 'represents', 'supports', 'opposes', 'favors', 'prefers', 'includes'
])

/** Adverbs and prepositions after an amount that are not what it counts (“32 percent below”, “55 percent now”). */
const trailingAdverbs = new Set([
  'now', 'then', 'afterward', 'afterwards', 'below', 'above', 'plus', 'longer', 'overnight', 'later', 'earlier', 'ago', 'apiece',
  // (Prepositions function words miss: “build one along the border”.)
  'along', 'behind', 'beyond', 'inside', 'outside', 'amid', 'beside', 'alongside', 'away', 'aside'
])

/** Approximators that start the next amount (“15 percent of the roughly 300”), not a noun. */
const adverbApproximators = new Set(['roughly', 'nearly', 'approximately', 'almost', 'around', 'about'])

/** Honorifics that look plural (“Mrs”, “Ms”) before a name: not what is counted. */
const honorifics = new Set(['mrs', 'ms', 'messrs'])

/** Adjectives and comparatives after a percentage that are not its noun (suffixes aside). */
const predicateWords = new Set([
  'higher', 'lower', 'greater', 'smaller', 'larger', 'bigger', 'cheaper', 'faster', 'slower', 'better', 'worse', 'more', 'less',
  'likely', 'unlikely', 'older', 'younger', 'sure', 'certain', 'accurate', 'complete', 'full', 'pure', 'true', 'correct', 'safe', 'clean', 'free'
])

/** Whether a lowercase word looks like an adjective (“global”, “economic”, “mayoral”). */
function adjectiveLike(token: Token): boolean {
  return !token.capitalized && /(?:al|ic|ous|ary|ern|ian)$/.test(token.lower)
}

/**
 * Whether `token` qualifies the word after it (`next`, a candidate noun):
 * an adjective by its suffix or a common plain one (“small”, “new”,
 * “monthly”), or a capitalised one in “-an”, “-ic”, “-al” (“Republican”)
 * before a lowercase noun (not a verb: “one American died”).
 */
function qualifies(token: Token, next: Token): boolean {
  if (adjectiveLike(token) || (!token.capitalized && plainQualifiers.has(token.lower))) return true
  return (
    token.capitalized &&
    token.lower.length > 4 &&
    /(?:an|ic|al)$/.test(token.lower) &&
    !next.capitalized &&
    !/(?:ed|ing|ly)$/.test(next.lower) &&
    !verbsInS.has(next.lower) &&
    !predicateWords.has(next.lower)
  )
}

/** Adjectives that no suffix tells, before the noun an amount counts (“one small subset”, “one new poll”). */
const plainQualifiers = new Set([
  'small', 'big', 'large', 'little', 'new', 'old', 'good', 'bad', 'great', 'major', 'minor', 'single', 'key', 'main', 'top', 'huge', 'tiny', 'whole',
  'different', 'particular', 'recent', 'young', 'long', 'short', 'high', 'low', 'final', 'last', 'next', 'quarterly', 'monthly', 'weekly', 'yearly',
  'daily', 'hourly', 'nightly'
])

/** Words after a noun that head no compound with it (“70 percent job-approval rating far above”). */
const notHeads = new Set(['far', 'more', 'less', 'much', 'former', 'latter', 'way', 'too', 'also', 'ago', 'alone', 'instead', 'overall', 'nationwide', 'statewide', 'apiece', 'each'])

function isPossessive(token: Token): boolean {
  return token.lower.endsWith("'s") || token.lower.endsWith("s'")
}

/** A noun as written (“people”, “Americans”). */
function nounText(token: Token): string {
  return token.text
}

/** Nouns after “3 to 1” that make it a ratio (“a 3 to 1 margin”). */
const ratioNouns = new Set(['margin', 'ratio', 'edge', 'advantage'])

/** Words before “4 to 1” that make it a ratio (“split 4 to 1”, “outnumbered 2 to 1”). */
const ratioVerbs = new Set(['split', 'outnumber', 'outnumbers', 'outnumbered', 'outnumbering'])

/**
 * “by a 2-to-1 margin”, “a 3 to 1 margin”, “split 4 to 1”, “a ratio of 3
 * to 1”: one ratio (the first over the second), not two counts. Not a
 * vote (“a 2-to-1 vote” is a tally) nor a range (“5 to 10”).
 */
function ratioTo(tokens: Token[], index: number, value: number, floor: number): Found | undefined {
  const link = tokens[index + 1]
  if (!link || !Number.isInteger(value)) return undefined
  let secondIndex = -1
  const hyphen = link.text === '-' && touches(tokens[index], link)
  if (hyphen) {
    const to = tokens[index + 2]
    const dash = tokens[index + 3]
    if (to?.lower === 'to' && touches(link, to) && dash?.text === '-' && touches(to, dash) && touches(dash, tokens[index + 4])) secondIndex = index + 4
  } else if (link.lower === 'to') {
    secondIndex = index + 2
  }

  const second = secondIndex === -1 ? undefined : smallNumber(tokens[secondIndex])
  // (Ratios are of small numbers: “split 52 to 48” is a tally.)
  if (second === undefined || second > value || second > 10 || value > 100 || percentSignAt(tokens, secondIndex + 1) > 0) return undefined
  const next = tokens[secondIndex + 1]?.lower ?? ''
  // (“won by nearly 3-to-1”; but “decided by 5-to-4 votes” is a tally.)
  const before = approximatorBefore(tokens, index)
  const by = tokens[(before ? before.first : index) - 1]?.lower === 'by'
  const tally = tallyNouns.has(next) || tallyNouns.has(next.slice(0, -1))
  if (!(ratioNouns.has(next) || (hyphen && by && !tally) || (index - 1 >= floor && ratioVerbs.has(tokens[index - 1]!.lower)) || (tokens[index - 1]?.lower === 'of' && tokens[index - 2]?.lower === 'ratio'))) {
    return undefined
  }

  const found = exactFound(tokens, index, secondIndex, 'ratio', Math.round((value / second) * 10_000) / 10_000, null)
  if (before && before.first >= floor) {
    found.match.start = tokens[before.first]!.start
    applyApproximation(found.match, found.match.value!, before.approximation)
  }

  return found
}

/**
 * Words after “times” or “twice” that make it a multiplier (“three times as
 * many”, “twice the rate”, “five times more likely”), not how often (“three
 * times in a row”, “twice a day”).
 */
const multiplierFollowers = new Set([
  'as', 'the', 'that', 'what', 'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'greater', 'bigger', 'smaller', 'faster',
  'slower', 'longer', 'likelier', 'over'
])

/**
 * The number of tokens that make the number ending at `last` a multiplier
 * (“times as”: 1, “-fold”: 2), or 0.
 */
function multiplierAfter(tokens: Token[], last: number): number {
  const next = tokens[last + 1]
  if (!next) return 0
  if (next.lower === 'times') return multiplierFollowers.has(tokens[last + 2]?.lower ?? '') ? 1 : 0
  return next.text === '-' && touches(tokens[last], next) && tokens[last + 2]?.lower === 'fold' && touches(next, tokens[last + 2]) ? 2 : 0
}

/** Particles after a verb that make it no multiplier (“doubled down”, “doubled as a reminder”, “doubled back”). */
const notMultiplied = new Set(['down', 'as', 'back', 'up'])

/** “as many arrests” after a multiplier at `last`: the noun counted and its index. */
function asMany(tokens: Token[], last: number, covered: Uint8Array): {noun: string; last: number} | undefined {
  const many = tokens[last + 2]?.lower
  if (tokens[last + 1]?.lower !== 'as' || (many !== 'many' && many !== 'much')) return undefined
  return nounAfter(tokens, last + 2, {vague: false, value: 2}, 'count', covered)
}

/**
 * A multiplier word: “twice as many people”, “more than doubled”, “a
 * threefold increase”, “a three-fold rise” — a ratio. Not “twice” alone
 * (how often: “met twice”) nor an idiom (“doubled down”, “doubled as”).
 */
function multiplierAt(tokens: Token[], index: number, floor: number, covered: Uint8Array): Found | undefined {
  const token = tokens[index]!
  let value = multiplierWords.get(token.lower)
  if (value === undefined) {
    const stem = token.lower.slice(0, token.lower.endsWith('-fold') ? -5 : -4)
    value = numberWord(stem)
    if (value === undefined || value < 2) return undefined
  }

  const next = tokens[index + 1]?.lower ?? ''
  if (token.lower === 'twice' || token.lower === 'thrice' ? !multiplierFollowers.has(next) : notMultiplied.has(next)) return undefined
  const many = asMany(tokens, index, covered)
  const last = many ? many.last : index
  const found = exactFound(tokens, index, last, 'ratio', value, many ? many.noun : null)
  // (“more than twice”, “nearly doubled”.)
  const before = approximatorBefore(tokens, index)
  if (before && before.first >= floor && !anyCovered(covered, before.first, index - 1)) {
    found.match.start = tokens[before.first]!.start
    applyApproximation(found.match, value, before.approximation)
  }

  return found
}

/** “first”, “third-largest”, “twenty-first”, with the noun after. */
function ordinalAt(tokens: Token[], index: number): Found | undefined {
  const token = tokens[index]!
  const ordinal = ordinalWord(token.lower)
  if (!ordinal) return undefined
  if (ordinal.suffix !== null && !ordinal.suffix.endsWith('est') && !ordinalSuffixes.has(ordinal.suffix)) return undefined
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  // “First Amendment”, “Second World War”: names.
  if (token.capitalized && previous && previous.kind === 'word') return undefined
  if (token.capitalized && next && next.capitalized) return undefined
  // Titles and set phrases: “the first lady”, “first responders”, “a
  // second look”, “the third world” (also possessive: “the first lady’s”).
  if (next && ordinalIdioms.get(ordinal.value)?.has(next.lower.replace(/['’]s$/, ''))) return undefined
  if (next && nameHeads.has(next.lower)) return undefined
  // Discourse uses: “First, …”, “at first”, “first of all”.
  if (next?.text === ',' || previous?.lower === 'at' || next?.lower === 'of' && tokens[index + 2]?.lower === 'all') return undefined
  // Before a count: “the first two debates”, “the first 100 days” — the
  // count is the amount and counts the noun, not “first two” (“the first
  // one” keeps its ordinal: “one” is a pronoun there).
  if (next && (next.kind === 'number' || (next.flags & NUMBER && next.lower !== 'one' && numberWord(next.lower) !== undefined))) return undefined
  // An adverb before a verb: “as first reported by”, “was first elected in”
  // (not “the first elected official”).
  if (
    ordinal.value === 1 &&
    next?.kind === 'word' &&
    ((next.lower.length > 4 && next.lower.endsWith('ed')) || irregularPasts.has(next.lower)) &&
    !(previous && ordinalDeterminers.has(previous.lower))
  ) {
    return undefined
  }

  return ordinalMatch(tokens, index, index, ordinal.value)
}

/**
 * Nouns an ordinal makes a title or set phrase with, no rank, by the
 * ordinal’s value (“the first lady”, “first responders”, “the first dude”,
 * “a second look”, “second thoughts”, “the third world”, “a third party”).
 */
const ordinalIdioms = new Map<number, ReadonlySet<string>>([
  [1, new Set(['lady', 'ladies', 'gentleman', 'gentlemen', 'daughter', 'daughters', 'responder', 'responders', 'mate', 'lieutenant', 'baseman', 'cousin', 'cousins', 'dude'])],
  [2, new Set(['look', 'looks', 'thought', 'thoughts', 'chance', 'chances', 'opinion', 'opinions', 'nature', 'fiddle', 'guessing', 'wind', 'helping', 'helpings'])],
  [3, new Set(['world', 'way', 'rail', 'party', 'parties'])]
])

/** Nouns an ordinal names rather than ranks (“5th Street”, “the 13th Amendment”, “the second amendment”). */
const nameHeads = new Set(['street', 'avenue', 'amendment'])

/** “21st”, “3rd-largest”. */
function digitOrdinalAt(tokens: Token[], index: number): Found | undefined {
  const token = tokens[index]!
  const suffix = tokens[index + 1]
  if (!suffix || !touches(token, suffix) || suffix.kind !== 'word') return undefined
  const match = /^(st|nd|rd|th)(?:-(.+))?$/.exec(suffix.lower)
  if (!match || !/^\d{1,6}$/.test(token.text)) return undefined
  const rest = match[2]
  if (rest !== undefined && !rest.endsWith('est') && !ordinalSuffixes.has(rest)) return undefined
  // (A street’s or an amendment’s name: “the 5th Street Gym”, “the 13th Amendment”.)
  if (nameHeads.has(tokens[index + 2]?.lower ?? '')) return undefined
  // (A company’s name: “21st Century Fox”, not the century.)
  if (tokens[index + 2]?.text === 'Century' && tokens[index + 3]?.capitalized && tokens[index + 3]!.kind === 'word') return undefined
  return ordinalMatch(tokens, index, index + 1, Number(token.text))
}

function ordinalMatch(tokens: Token[], first: number, last: number, value: number): Found {
  let end = last
  let noun: string | null = null
  const next = tokens[last + 1]
  if (next && next.kind === 'word' && !functionWords.has(next.lower)) {
    noun = nounText(next)
    end = last + 1
    // (Past a word of succession: “the 12th straight month”.)
    const after = tokens[last + 2]
    if (successionWords.has(next.lower) && after && after.kind === 'word' && !after.capitalized && !functionWords.has(after.lower)) {
      noun = nounText(after)
      end = last + 2
    }

    // (Past adjectives, to the noun they qualify: “the first presidential
    // debate”, “the first female president”, “the 9th Congressional
    // District” — not “the first Republican to win”.)
    for (let hops = 0; hops < 2 && (ordinalAdjective(tokens[end]!) || nameBeforeNoun(tokens[end]!, tokens[end + 1])); hops++) {
      const head = tokens[end + 1]
      if (!head || head.kind !== 'word' || functionWords.has(head.lower)) break
      noun = nounText(head)
      end++
    }
  }

  return exactFound(tokens, first, end, 'ordinal', value, noun)
}

/** A single value with no bounds nor currency, from token `first` to `last` (ordinals, ratios). */
function exactFound(tokens: Token[], first: number, last: number, unit: Quantity['unit'], value: number, noun: string | null): Found {
  return {
    match: {
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      value,
      lower: null,
      upper: null,
      unit,
      currency: null,
      noun,
      approximate: false,
      vague: false
    },
    last
  }
}

/** Whether token `index` is a “p” of pence glued to a whole number before it (“5p”, not “5p-” or “1080p60”). */
function isPence(tokens: Token[], index: number): boolean {
  const token = tokens[index]
  const number = tokens[index - 1]
  if (!token || !number || token.text !== 'p' || number.kind !== 'number' || !touches(number, token) || !/^\d{1,3}$/.test(number.text)) return false
  const next = tokens[index + 1]
  return !(next && touches(token, next) && next.text !== '.' && next.text !== ',')
}

/**
 * The temperature scale at token `index` after a number (“C”, “F”, “°C”:
 * a capital letter alone, not “5G” or “F-35”), as a noun (“degrees
 * Celsius”), or `undefined`.
 */
function temperatureUnit(tokens: Token[], index: number): string | undefined {
  let at = index
  if (tokens[at]?.text === '°' && touches(tokens[at], tokens[at + 1])) at++
  const token = tokens[at]
  if (!token || (token.text !== 'C' && token.text !== 'F')) return undefined
  // (Not “1-F”, “5F-”: a letter that goes on.)
  const next = tokens[at + 1]
  if (next && touches(token, next) && next.text !== '.' && next.text !== ',') return undefined
  return token.text === 'C' ? 'degrees Celsius' : 'degrees Fahrenheit'
}

/** Adjectives between an ordinal and its noun that no suffix tells (“the first black president”). */
const plainAdjectives = new Set([
  'black', 'white', 'female', 'male', 'openly', 'gay', 'transgender', 'new', 'major', 'big', 'full', 'straight', 'public', 'real', 'calendar',
  'quarterly', 'monthly', 'weekly', 'yearly', 'daily'
])

/**
 * Whether a word after an ordinal qualifies the noun after it rather than
 * being it: an adjective in “-al”, “-ic”, “-ous”, …, or a capitalized one in
 * “-an”, “-ic”, “-al” (“Republican”, “Democratic”, “Congressional”).
 */
function ordinalAdjective(token: Token): boolean {
  if (token.kind !== 'word') return false
  if (token.capitalized) return /(?:an|ic|al)$/.test(token.lower) && token.lower.length > 4
  // (And participles and “-ive” adjectives: “the seventh consecutive failed audit”.)
  return plainAdjectives.has(token.lower) || adjectiveLike(token) || (token.lower.length > 5 && /(?:ed|ive)$/.test(token.lower))
}

/**
 * Whether a capitalised word after an ordinal names what qualifies the
 * lowercase noun after it (“a third Obama term”, “the first TV ad”, “the
 * second CIA officer”), not a name the ordinal ranks (“the first Latina
 * to win”, “the second Trump lost”).
 */
function nameBeforeNoun(token: Token, next: Token | undefined): boolean {
  if (!token.capitalized || token.kind !== 'word' || !next || next.kind !== 'word' || next.capitalized || numberedHeads.has(token.lower)) return false
  const lower = next.lower
  return !functionWords.has(lower) && !/(?:ed|ing|ly)$/.test(lower) && !verbsInS.has(lower) && !predicateWords.has(lower) && !pastVerbs.has(lower)
}

/** Nouns an ordinal numbers, whatever follows (“the 19th District deserve”, “the 6th Circuit ruled”). */
const numberedHeads = new Set(['district', 'circuit', 'street', 'avenue', 'century', 'congress', 'precinct', 'ward', 'division', 'floor', 'round', 'place'])

/** Irregular past verbs after a name (“the second Trump lost”). */
const pastVerbs = new Set(['lost', 'won', 'led', 'took', 'made', 'got', 'went', 'came', 'ran', 'left', 'held', 'told', 'gave', 'became', 'began'])

/** Determiners before “first” that make it the ordinal of a participle’s noun (“the first elected official”). */
const ordinalDeterminers = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her'])

/** Adjectives between an ordinal and what it counts (“the 12th straight month”). */
const successionWords = new Set(['straight', 'consecutive', 'successive', 'continuous', 'running', 'annual'])

/** Units of time after a percentage: a rate (“12 percent year over year”), not what it is of. */
const periodWords = new Set(['year', 'month', 'week', 'day', 'quarter', 'decade', 'annually', 'year-over-year', 'year-on-year'])

/**
 * “one in four adults”, “1 in 5”, “nine out of 10 voters”: a share, as a
 * percentage.
 */
function ratioAt(tokens: Token[], index: number, floor: number, covered: Uint8Array): Found | undefined {
  const count = smallNumber(tokens[index])
  if (count === undefined) return undefined
  let link = index + 1
  if (tokens[link]?.lower === 'out' && tokens[link + 1]?.lower === 'of') link++
  else if (tokens[link]?.lower !== 'in') return undefined
  const total = smallNumber(tokens[link + 1])
  if (total === undefined || total <= count || isCovered(covered, link + 1)) return undefined
  const value = Math.round((count / total) * 10_000) / 100
  const last = link + 1
  return share(tokens, index, last, value, nounAfter(tokens, last, {vague: false, value: total}, 'count', covered), floor)
}

/**
 * A share (percentage) from token `index` to `last`, or to its noun, with
 * an approximator before it (“roughly one in four adults”).
 */
function share(tokens: Token[], index: number, last: number, value: number, noun: {noun: string; last: number} | undefined, floor: number): Found {
  const end = noun ? noun.last : last
  const found: Found = {
    match: {
      start: tokens[index]!.start,
      end: tokens[end]!.end,
      value,
      lower: null,
      upper: null,
      unit: 'percent',
      currency: null,
      noun: noun ? noun.noun : null,
      approximate: false,
      vague: false
    },
    last: end
  }
  const before = approximatorBefore(tokens, index)
  if (before && before.first >= floor) {
    found.match.start = tokens[before.first]!.start
    applyApproximation(found.match, value, before.approximation)
  }

  return found
}

/** A whole number from 1 to 1,000 written as digits or a word (“four”, “10”). */
function smallNumber(token: Token | undefined): number | undefined {
  if (!token) return undefined
  const value = token.kind === 'number' ? (/^\d{1,4}$/.test(token.text) ? Number(token.text) : undefined) : token.kind === 'word' ? numberWord(token.lower) : undefined
  return value !== undefined && value >= 1 && value <= 1000 ? value : undefined
}

/**
 * `count` parts of the denominator word `part` (“third”, “fifths”,
 * “quarters”) as a percentage, or `undefined`: a singular part goes with
 * one, a plural with two to nine (“two fifths”, not “two fifth” or “one
 * fifths”). “Second” is no denominator (“a second of silence”).
 */
function fractionOf(count: number | undefined, part: string): number | undefined {
  if (count === undefined || count < 1 || count > 9) return undefined
  const plural = part.endsWith('s')
  if (plural !== count > 1) return undefined
  const singular = plural ? part.slice(0, -1) : part
  const denominator = singular === 'quarter' ? 4 : ordinalWords.get(singular)
  if (denominator === undefined || denominator < 3 || count >= denominator) return undefined
  return Math.round((10_000 * count) / denominator) / 100
}

/** One-word approximators that may stand between “by” and a share (“by *nearly* a third”). */
const shareApproximators = new Set(['nearly', 'almost', 'about', 'roughly', 'around', 'approximately', 'some', 'over', 'under', 'just', 'more', 'less'])

/** A fraction of a point as one word: “a quarter-point cut”. */
const pointCompounds = new Map([
  ['quarter-point', 0.25],
  ['half-point', 0.5]
])

/** Periods a part is taken of after “the … half of the” (“the back half of the year”). */
const partPeriods = new Set(['year', 'month', 'week', 'day', 'decade', 'century', 'season', 'game', 'term', 'quarter'])

/**
 * Whether the fraction from `index` to `last` is a part of a period: “the”
 * a word or two before it, then “of the” and a period (“the back half of
 * the year”; not “half of the voters”).
 */
function partOfPeriod(tokens: Token[], index: number, last: number): boolean {
  if (tokens[last + 1]?.lower !== 'of' || tokens[last + 2]?.lower !== 'the' || !partPeriods.has(tokens[last + 3]?.lower ?? '')) return false
  return tokens[index - 1]?.lower === 'the' || tokens[index - 2]?.lower === 'the'
}

/** Words two after a fraction that make it part of a point (“a quarter percentage point”, “a half point”). */
const pointWords = new Set(['percentage', 'point'])

/**
 * The last token of the point a fraction is a part of, or -1: “a quarter *of
 * a percentage point*”, “half *a percentage point*”, “a quarter *point*” —
 * the unit of interest rates and polls, so no share. A bare “point” only
 * after a half or a quarter (“a third point” is an ordinal).
 *
 * @param tokens
 *   Tokens of the claim.
 * @param last
 *   Last token of the fraction.
 * @param value
 *   The fraction as a percentage.
 * @returns
 *   Index of “point”, or -1.
 */
function pointAfter(tokens: Token[], last: number, value: number): number {
  let at = last + 1
  const of = tokens[at]?.lower === 'of'
  if (of) at++
  const article = tokens[at]?.lower === 'a'
  if (article) at++
  else if (of) return -1
  const percentage = tokens[at]?.lower === 'percentage'
  if (percentage) at++
  if (tokens[at]?.lower !== 'point') return -1
  return percentage || article || value === 25 || value === 50 ? at : -1
}

/** “half of”, “a third of”, “two-thirds of”, “three quarters of”, “by a third”: a percentage. */
function fractionAt(tokens: Token[], index: number, floor: number, covered: Uint8Array): Found | undefined {
  // Cheap first: a share is followed by “of” or follows “by”/“in” (see below),
  // maybe past an approximator (“by nearly a third”).
  let previous = tokens[index - 1]?.lower
  if (previous !== undefined && shareApproximators.has(previous)) previous = tokens[index - 2]?.lower
  else if (previous === 'than' && shareApproximators.has(tokens[index - 2]?.lower ?? '')) previous = tokens[index - 3]?.lower
  const token = tokens[index]!
  const second = tokens[index + 1]?.lower
  if (second !== 'of' && tokens[index + 2]?.lower !== 'of' && previous !== 'by' && previous !== 'in' && !(token.lower === 'half' && second === 'a') && !pointWords.has(tokens[index + 2]?.lower ?? '') && !pointCompounds.has(second ?? '')) {
    return undefined
  }

  let last = index
  let value: number | undefined
  const dash = token.lower.indexOf('-')
  if (dash > 0) {
    // “two-thirds”, “three-quarters”, “one-fifth”, “two-fifths”.
    value = fractionOf(numberWord(token.lower.slice(0, dash)), token.lower.slice(dash + 1))
  } else if (token.lower === 'half') {
    value = 50
  } else if ((token.lower === 'a' || token.lower === 'one') && pointCompounds.has(second ?? '')) {
    // “a quarter-point cut”.
    return share(tokens, index, index + 1, pointCompounds.get(second!)!, {noun: 'percentage point', last: index + 1}, floor)
  } else if ((token.lower === 'a' || token.lower === 'one') && tokens[index + 1]) {
    // “a third”, “a quarter”, “one half”, “a tenth”.
    value = tokens[index + 1]!.lower === 'half' ? 50 : fractionOf(1, tokens[index + 1]!.lower)
    last = index + 1
  } else if (tokens[index + 1]) {
    value = fractionOf(numberWord(token.lower), tokens[index + 1]!.lower)
    last = index + 1
  }

  if (value === undefined) return undefined
  // “the back half of the year”, “the second half of the season”: a part of
  // a period (a time, where “first” or “second” opens it), no share.
  if (partOfPeriod(tokens, index, last)) return undefined
  const point = pointAfter(tokens, last, value)
  if (point !== -1) return share(tokens, index, point, value / 100, {noun: 'percentage point', last: point}, floor)
  // “a third of voters”; also “fell by a third”, “cut in half” (a change by
  // a share), but not “a third term”.
  const next = tokens[last + 1]
  const byShare = (previous === 'by' || previous === 'in') && (!next || next.kind === 'punct' || (functionWords.has(next.lower) && next.lower !== 'of'))
  if (next?.lower !== 'of' && !byShare) return undefined
  return share(tokens, index, last, value, byShare ? undefined : nounAfter(tokens, last, {vague: false, value}, 'percent', covered), floor)
}
