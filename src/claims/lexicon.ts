/**
 * Word data of the claim extractors, and one flag set per word so each token
 * is looked up once (by the tokenizer) and every later gate is a bit test:
 * most words of a claim are none of these, and the hot path stays cheap.
 */

/** May start a number, ordinal or fraction (“three”, “a million”, “third-largest”). */
export const NUMBER = 1
/** May start a time expression other than a number (“last”, “Friday”, “December”). */
export const TIME = 2
/** Hedge (“reportedly”, “could”). */
export const HEDGE = 4
/** Hedging verb before `to`/`that` (“appears to”). */
export const HEDGE_VERB = 8
/** Negation (“not”, “never”, “didn’t”). */
export const NEGATION = 16
/** Future marker (“will”, “would”). */
export const FUTURE = 32
/** Quantity word (“rate”, “average”). */
export const QUANTITY = 64
/** Superlative (“largest”). */
export const SUPERLATIVE = 128
/** Change verb (“rose”, “doubled”). */
export const CHANGE = 256
/** Causation cue (“because”, “led”). */
export const CAUSATION = 512
/** Rule cue (“law”, “banned”, “policy”). */
export const RULE = 1024
/** First person singular (“I”, “my”). */
export const FIRST_PERSON = 2048
/** Needs a look at its neighbours (“expected to”, “due to”, “than”, “up from”). */
export const PHRASE = 4096
/** May prefix a dollar sign (“US$”). */
export const CURRENCY_PREFIX = 8192
/** A word every non-response has (“respond”, “comment”, “reached”). */
export const RESPONSE = 16_384
/** The last word of an approximator before a number (“than” of “more than”, “nearly”). */
export const APPROXIMATOR = 32_768
/** “a”, “an”: a number (“a million”) or a duration (“a decade ago”) when a number word or unit follows. */
export const ARTICLE = 65_536
/** A time unit (“day”, “decades”). */
export const UNIT = 131_072
/** Not a word flag: set in a tokenizer summary when the range has digits. */
export const DIGITS = 262_144
/** An auxiliary or modal: the finite verb of a clause (“had”, “will”). */
export const FINITE = 524_288
/** A conjunction at the edge of a clause (“and”, “but”, “while”). */
export const CONJUNCTION = 1_048_576
/** A multiplier by itself (“twice”, “doubled”, “threefold”). */
export const MULTIPLIER = 2_097_152

const lexicon = new Map<string, number>()

function register(words: Iterable<string>, flag: number): void {
  for (const word of words) lexicon.set(word, (lexicon.get(word) ?? 0) | flag)
}

function list(words: string): string[] {
  return words.trim().split(/\s+/)
}

// Numbers.

/** Number words below twenty. */
export const units = new Map<string, number>(
  list(
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  ).map((word, index) => [word, index])
)

/** Tens (“twenty” … “ninety”). */
export const tens = new Map<string, number>(
  list('twenty thirty forty fifty sixty seventy eighty ninety').map((word, index) => [word, 20 + 10 * index])
)

/** Scale words, singular. */
export const scales = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // South Asian scales: “Rs 10,000 crore”, “1.5 lakh jobs”.
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7]
])

/** Plural scale words, read as vague amounts (“thousands”). */
export const pluralScales = new Map<string, number>([
  ['dozens', 12],
  ['hundreds', 100],
  ['thousands', 1000],
  ['millions', 1e6],
  ['billions', 1e9],
  ['trillions', 1e12]
])

/** Abbreviated scales glued to digits after a currency sign (“$5m”, “$1.2bn”, “$300k”). */
export const abbreviatedScales = new Map<string, number>([
  ['k', 1000],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['tn', 1e12],
  ['trn', 1e12]
])

/** Ordinal words. */
export const ordinalWords = new Map<string, number>([
  ...list(
    'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'
  ).map((word, index): [string, number] => [word, index + 1]),
  ...list('twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth').map(
    (word, index): [string, number] => [word, 20 + 10 * index]
  ),
  ['hundredth', 100],
  ['thousandth', 1000],
  ['millionth', 1e6]
])

/** Denominators read as numbers before “of” (“half of”, “two-fifths of”; values in `quantities.ts`). */
const fractionWords = list('half third thirds quarter quarters fifths sixths sevenths eighths ninths tenths')

register(units.keys(), NUMBER)
register(tens.keys(), NUMBER)
register(scales.keys(), NUMBER)
register(pluralScales.keys(), NUMBER)
register(ordinalWords.keys(), NUMBER)
register(fractionWords, NUMBER)
register(['half', 'several', 'tens', 'dozen', 'dozens'], NUMBER)
register(['a', 'an'], ARTICLE)

// Time.

/** Time units: ISO 8601 designator and multiplier (“decade” → 10 years). */
export const unitWords = new Map<string, {code: 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y'; factor: number}>()
for (const [words, code, factor] of [
  ['second seconds', 'S', 1],
  ['minute minutes', 'MIN', 1],
  ['hour hours', 'H', 1],
  ['day days', 'D', 1],
  ['week weeks', 'W', 1],
  ['fortnight fortnights', 'D', 14],
  ['month months', 'M', 1],
  ['year years', 'Y', 1],
  ['decade decades', 'Y', 10],
  ['century centuries', 'Y', 100]
] as const) {
  for (const word of list(words)) unitWords.set(word, {code, factor})
}

/** Month names and abbreviations → 1…12. */
export const months = new Map<string, number>()
for (const [index, names] of [
  'january jan',
  'february feb',
  'march mar',
  'april apr',
  'may',
  'june jun',
  'july jul',
  'august aug',
  'september sep sept',
  'october oct',
  'november nov',
  'december dec'
].entries()) {
  for (const name of list(names)) months.set(name, index + 1)
}

/** Weekdays → 0 (Sunday) … 6. */
export const weekdays = new Map<string, number>(
  list('sunday monday tuesday wednesday thursday friday saturday').map((word, index) => [word, index])
)

/** Seasons and the weekend (“this summer”): relative, TIMEX3 `2025-SU`, `2025-W49-WE`. */
export const seasons = new Set(list('spring summer fall autumn winter weekend'))

/** Words before a bare month or an old year that make it a time (“in May”, “since 1066”). */
export const timePrepositions = new Set(
  list('in since by until till through throughout during from before after of early late mid around between and to last next this')
)

/** Determiners before a year that names an event (“the 2024 elections”). */
export const yearDeterminers = new Set(list('the its their his her this that our a'))

register(list('today tonight yesterday tomorrow earlier later this last next past coming'), TIME)
register(unitWords.keys(), UNIT)
register(weekdays.keys(), TIME)
register(months.keys(), TIME)

// Nouns and units.

/** Function words: never the noun a number counts. */
export const functionWords = new Set(
  list(`
    a an the of in on at to for from by with as and or but nor than that which who whom whose
    is are was were be been being am has have had having do does did will would can could may
    might must shall should it its they them their theirs this these those he she we you i me
    him his her hers our ours my your us not no so if per each every since until till after
    before during over under more less fewer most least about into onto through across against
    between among including while when where why how what ago also just only still even already
    up down out off then there here too very yet all both either neither some any such
    own same other another via around near toward towards versus vs within without upon says
    said say according`)
)

const irregularPlurals = new Set(
  list(`people children men women police personnel staff troops cattle feet teeth mice geese data
    media criteria phenomena militia livestock clergy crew faculty infantry youth`)
)

/** Endings of compounds of irregular plurals (“grandchildren”, “congressmen”). */
const compoundPlural = /(?:children|people|women|men|feet|teeth)$/

/** Singular words that end in “men”. */
const singularInMen = new Set(list('specimen abdomen regimen stamen acumen hymen semen ramen yemen dolmen cyclamen foramen'))

/** Singular words that end in `s`. */
const singularInS = new Set(
  list(`news status bus virus campus census bonus consensus crisis analysis basis thesis process
    business address access success congress progress loss boss class glass mass pass gas
    series species lens bias plus chaos corpus focus apparatus alias atlas canvas iris
    always perhaps whereas thus is was has does his its this us yes as
    measles mumps rabies diabetes herpes scabies shingles rickets politics economics physics mathematics ethics athletics`)
)

/**
 * Whether a lowercase word looks like a plural noun (“people”, “countries”,
 * “mines”). A heuristic: no part-of-speech tagger ships in the browser build.
 *
 * @param lower
 *   Lowercase word.
 * @returns
 *   Whether it is probably a plural noun.
 */
export function isPluralNoun(lower: string): boolean {
  if (irregularPlurals.has(lower)) return true
  // Compounds of those: “grandchildren”, “great-grandchildren”, “congressmen”, “salespeople”.
  if (lower.length > 5 && compoundPlural.test(lower) && !singularInMen.has(lower)) return true
  if (lower.length < 3 || !lower.endsWith('s') || lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith("'s")) {
    return false
  }

  return !singularInS.has(lower) && !functionWords.has(lower)
}

/**
 * Stock indexes and rankings named with a number (“the Nasdaq 100”, “the
 * Russell 2000”, “Fortune 500 companies”): the number is no amount and no
 * year.
 */
export const indexNames = new Set('nasdaq ftse russell fortune stoxx nikkei dax cac ibex kospi sensex nifty topix msci asx'.split(' '))

/** Measure units (quantities with `unit: 'measure'`). */
export const measureUnits = new Set(
  list(`mile miles kilometer kilometers kilometre kilometres km meter meters metre metres foot feet
    inch inches yard yards centimeter centimeters cm millimeter millimeters mm acre acres hectare
    hectares pound pounds lb lbs ounce ounces oz ton tons tonne tonnes kilogram kilograms kg gram
    grams gallon gallons liter liters litre litres barrel barrels degree degrees watt watts
    kilowatt kilowatts megawatt megawatts gigawatt gigawatts mph calorie calories volt volts ppm ppb
    milligram milligrams mg microgram micrograms milliliter milliliters ml kilowatt-hour kilowatt-hours kwh`)
)

/** Currency words after a number (“5 million dollars”). */
export const currencyWords = new Map<string, string>([
  ['dollar', 'USD'],
  ['dollars', 'USD'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['yen', 'JPY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['ruble', 'RUB'],
  ['rubles', 'RUB'],
  ['roubles', 'RUB'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['pesos', 'MXN'],
  ['sterling', 'GBP'],
  // (Each the name of one country’s currency: not “won”, a verb, nor “francs”, “krone”.)
  ['soles', 'PEN'],
  ['reais', 'BRL'],
  ['rand', 'ZAR'],
  ['naira', 'NGN'],
  ['lira', 'TRY'],
  ['shekel', 'ILS'],
  ['shekels', 'ILS'],
  ['hryvnia', 'UAH'],
  ['hryvnias', 'UAH'],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['zloty', 'PLN'],
  ['zlotys', 'PLN'],
  ['kronor', 'SEK']
])

/** Currency signs before a number. */
export const currencySymbols = new Map<string, string>([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₩', 'KRW']
])

/**
 * Words just before “dollars” that name another country’s dollar (“10
 * Canadian dollars”, “Hong Kong dollars”: the last word of the name).
 */
export const dollarCountries = new Map<string, string>([
  ['canadian', 'CAD'],
  ['australian', 'AUD'],
  ['zealand', 'NZD'],
  ['kong', 'HKD'],
  ['singapore', 'SGD'],
  ['taiwan', 'TWD'],
  ['jamaican', 'JMD'],
  ['zimbabwean', 'ZWL']
])

/** Prefixes of `$` (“US$”, “C$”, “A$”). */
export const dollarPrefixes = new Map<string, string>([
  ['us', 'USD'],
  ['u.s.', 'USD'],
  ['c', 'CAD'],
  ['ca', 'CAD'],
  ['a', 'AUD'],
  ['au', 'AUD'],
  ['nz', 'NZD'],
  ['hk', 'HKD'],
  ['s', 'SGD']
])

register(dollarPrefixes.keys(), CURRENCY_PREFIX)

/** Currency codes and abbreviations written as a word before the number (“Rs 500”, “Rs. 2 crore”, “INR 40”, “USD 5 million”). */
export const currencyPrefixWords = new Map<string, string>([
  ['rs', 'INR'],
  ['inr', 'INR'],
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
  ['cny', 'CNY'],
  ['jpy', 'JPY'],
  ['sek', 'SEK'],
  ['chf', 'CHF']
])

register(currencyPrefixWords.keys(), CURRENCY_PREFIX)

// Hedges and negations.

/** `may` is a hedge lowercase only (“May” is a month); the tokenizer checks the case. */
register(
  list(`apparent apparently alleged allegedly reportedly purported purportedly supposed supposedly
    seemingly possibly possible perhaps probably likely unlikely maybe may might could potentially
    presumably arguably unconfirmed unverified unclear rumored rumoured suspected
    certain certainly`),
  HEDGE
)
register(list('appear appears appeared seem seems seemed believed thought suggest suggests suggested'), HEDGE_VERB)
register(list('not never no none nobody nothing neither nor nowhere cannot'), NEGATION)

/** Auxiliaries and modals (“did” of “did not”; finite verbs of a clause). */
export const auxiliaries = new Set(
  list('do does did has have had is are was were will would can could should must may might be been am shall')
)

register(list('is are was were has have had did does do will would can could should must might shall am'), FINITE)
register(list('and but or while whereas though although yet so'), CONJUNCTION)

// Claim kinds.

register(list("will won't would wouldn't shall forecast forecasts predicted predicts predict projected"), FUTURE)
register(list('rate rates percentage proportion average median majority minority total totals share record'), QUANTITY)
register(
  list('largest biggest highest lowest smallest fewest deadliest costliest richest poorest fastest slowest longest shortest oldest youngest'),
  SUPERLATIVE
)
register(
  list(`rose rise rises risen rising fell fall falls fallen falling dropped drop drops declined decline
    declines increased increase increases decreased decrease decreases grew grow grows grown doubled
    tripled halved jumped soared surged plunged plummeted climbed slumped shrank shrunk
    quadrupled cut cuts raised raises reduced reduces lowered lowers slashed boosted expanded
    narrowed widened`),
  CHANGE
)
// A change that is an amount by itself (“The company doubled its profits”).
register(list('doubled doubles doubling tripled triples quadrupled halved halves'), QUANTITY)

/**
 * Words that are a multiplier by themselves, with its factor (“twice as
 * many”, “doubled”, “a threefold increase”); not “doubles” nor “triples”
 * (tennis, baseball), nor “halves” (“two halves”).
 */
export const multiplierWords = new Map<string, number>([
  ['twice', 2],
  ['thrice', 3],
  ['doubled', 2],
  ['doubling', 2],
  ['tripled', 3],
  ['tripling', 3],
  ['quadrupled', 4],
  ['quadrupling', 4],
  ['halved', 0.5],
  ['twofold', 2],
  ['threefold', 3],
  ['fourfold', 4],
  ['fivefold', 5],
  ['sixfold', 6],
  ['sevenfold', 7],
  ['eightfold', 8],
  ['ninefold', 9],
  ['tenfold', 10],
  ['hundredfold', 100],
  ['thousandfold', 1000]
])
register(multiplierWords.keys(), MULTIPLIER)
register(
  list(`because cause causes caused causing led leads resulted resulting results consequence
    consequently therefore hence thanks blamed blames fueled fuelled triggered sparked prompted
    stems stemmed attributed`),
  CAUSATION
)
register(
  list(`law laws legal illegal illegally lawful unlawful legislation legislative regulation regulations
    regulatory rule rules ban bans banned banning prohibit prohibits prohibited prohibiting prohibition
    require requires required requiring requirement mandate mandates mandated mandatory permit
    permits permitted allow allows allowed allowing authorize authorizes authorized treaty treaties
    statute constitution constitutional unconstitutional rescind rescinds rescinded repeal repeals
    repealed legalize legalized outlaw outlawed`),
  RULE
)
// Not “mine”: “land mine”.
register(list("i i'm i've i'd i'll me my myself"), FIRST_PERSON)
register(list('expected going up down than compared twice due result as linked associated correlated contributed contributes contributing'), PHRASE)
// Keep in sync with the last words of `approximators.ts`.
register(
  list(`of than as least most to under below over above estimated nearly almost about around roughly
    approximately some circa exactly precisely`),
  APPROXIMATOR
)
register(
  list(`respond responded responding reply replied return returned answer answered comment commented
    comments response responses reached unanswered elaborate discuss interviewed speculate edited condensed`),
  RESPONSE
)

/**
 * Flags of a lowercase word (0 for most words).
 *
 * @param lower
 *   Lowercase word, `’` as `'`.
 * @returns
 *   Bit set of the flags above.
 */
export function flagsOf(lower: string): number {
  let flags = lexicon.get(lower) ?? 0
  if (lower.length < 3) return flags
  if (lower.includes("'")) {
    if (lower.endsWith("n't")) flags |= NEGATION
    if (lower.endsWith("'ll")) flags |= FUTURE
    // Possessives of times: “Friday’s”, “December’s”, “year’s”.
    if (lower.endsWith("'s")) flags |= (lexicon.get(lower.slice(0, -2)) ?? 0) & (TIME | UNIT)
  }

  const dash = lower.indexOf('-')
  if (dash > 0) {
    // “twenty-five”, “third-largest”, “two-year”, “mid-December”, “Biden-era”.
    flags |= (lexicon.get(lower.slice(0, dash)) ?? 0) & NUMBER
    flags |= (lexicon.get(lower.slice(lower.lastIndexOf('-') + 1)) ?? 0) & SUPERLATIVE
    if (lower.startsWith('mid-')) flags |= TIME
  }

  return flags
}

// A trie over the lexicon and the function words, letters only, to read a
// plain ASCII word (the bulk of news text) without slicing it: the tokenizer
// gets the flags and a shared lowercase string in one walk, so most tokens
// never build a string. A flat table, not node objects: this walk runs once
// per word of every claim.
const trieWords = new Set(functionWords)
for (const word of lexicon.keys()) trieWords.add(word)

/** Child of node `n` for letter `l` (0–25) at `26 * n + l`; 0 (the root) is “none”. */
let trieChildren = new Uint16Array(26 * 1024)
/** Flags of each node (0 unless a lexicon word ends there). */
const trieFlags: number[] = [0]
/** Lowercase word ending at each node, `''` for none. */
const trieEnds: string[] = ['']

for (const word of trieWords) {
  if (!/^[a-z]+$/.test(word)) continue
  let node = 0
  for (let index = 0; index < word.length; index++) {
    const slot = 26 * node + word.charCodeAt(index) - 97
    let child = trieChildren[slot]!
    if (child === 0) {
      child = trieFlags.length
      trieFlags.push(0)
      trieEnds.push('')
      if (26 * (child + 1) > trieChildren.length) {
        const grown = new Uint16Array(trieChildren.length * 2)
        grown.set(trieChildren)
        trieChildren = grown
      }

      trieChildren[slot] = child
    }

    node = child
  }

  trieFlags[node] = lexicon.get(word) ?? 0
  trieEnds[node] = word
}

// Node numbers live in a Uint16Array: a lexicon past that would wrap silently.
if (trieFlags.length > 0xff_ff) throw new Error('Claims lexicon trie has more than 65,535 nodes')
trieChildren = trieChildren.slice(0, 26 * trieFlags.length)

/**
 * Walk the lexicon one ASCII letter at a time, so the tokenizer finds a
 * plain word (letters only: words with `'` or `-` go through
 * {@link flagsOf}) while it reads it, without building a string.
 *
 * @param entry
 *   Entry of the letters so far: `0` before the first letter.
 * @param code
 *   UTF-16 code of the next letter, ASCII, either case.
 * @returns
 *   Entry of the letters with `code`, to read with {@link entryFlags} and
 *   {@link entryWord}, or `0` when no lexicon word starts with them (most
 *   words): stop walking then, since `0` is also the start.
 */
export function trieStep(entry: number, code: number): number {
  // Lowercase an ASCII letter by setting bit 5; anything else is unknown.
  const letter = (code | 32) - 97
  return letter >= 0 && letter <= 25 ? trieChildren[26 * entry + letter]! : 0
}

/**
 * Flags of an entry.
 *
 * @param entry
 *   Entry from {@link trieStep}.
 * @returns
 *   Bit set of flags (0 for function words that have none, and for `0`).
 */
export function entryFlags(entry: number): number {
  return trieFlags[entry]!
}

/**
 * Lowercase word of an entry.
 *
 * @param entry
 *   Entry from {@link trieStep}.
 * @returns
 *   The word, shared by every token that spells it; `''` when only a longer
 *   word goes through the entry (“wh” of “which”) and for `0`.
 */
export function entryWord(entry: number): string {
  return trieEnds[entry]!
}
