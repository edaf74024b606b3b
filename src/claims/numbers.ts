/**
 * Reading numbers written as digits or words (“2,000”, “1.2 billion”,
 * “twenty-five”, “a dozen”, “tens of thousands”), shared by the quantity and
 * time extractors. Everything works on tokens and looks ahead a bounded
 * number of tokens, so a run of any length is read in linear time.
 */
import {abbreviatedScales, ordinalWords, pluralScales, scales, tens, units} from './lexicon.js'
import {touches, type Token} from './tokens.js'

/** A number read from tokens. */
export interface NumberPhrase {
  /** Index of the first token. */
  first: number
  /** Index of the last token (inclusive). */
  last: number
  /** The value as stated; `null` for vague amounts. */
  value: number | null
  /** Bounds of a vague amount (“tens of thousands” → 10,000–99,999). */
  lower: number | null
  upper: number | null
  vague: boolean
  /** Whether a scale word or abbreviation applied (“million”, “bn”). */
  scaled: boolean
}

/**
 * Value of one number word (“seven”, “twenty”, “twenty-five”), else
 * `undefined`.
 *
 * @param lower
 *   Lowercase word.
 * @returns
 *   Value, or `undefined` when not a number word.
 */
export function numberWord(lower: string): number | undefined {
  const unit = units.get(lower) ?? tens.get(lower)
  if (unit !== undefined) return unit
  const dash = lower.indexOf('-')
  if (dash > 0) {
    const ten = tens.get(lower.slice(0, dash))
    const one = units.get(lower.slice(dash + 1))
    if (ten !== undefined && one !== undefined && one > 0 && one < 10) return ten + one
  }

  return undefined
}

/**
 * An ordinal word (“third”, “twenty-first”, “third-largest”): its value and
 * whether a suffix such as “-largest” follows the ordinal part.
 *
 * @param lower
 *   Lowercase word.
 * @returns
 *   `{value, suffix}`, else `undefined`.
 */
export function ordinalWord(lower: string): {value: number; suffix: string | null} | undefined {
  const direct = ordinalWords.get(lower)
  if (direct !== undefined) return {value: direct, suffix: null}
  if (!lower.includes('-')) return undefined
  const parts = lower.split('-')
  if (parts.length < 2 || parts.length > 3) return undefined
  const [head, second, third] = parts as [string, string, string | undefined]
  // “twenty-first”, “twenty-first-century”.
  const ten = tens.get(head)
  const one = ordinalWords.get(second)
  if (ten !== undefined && one !== undefined && one < 10) return {value: ten + one, suffix: third ?? null}
  if (third !== undefined) return undefined
  const value = ordinalWords.get(head)
  if (value !== undefined) return {value, suffix: second}
  return undefined
}

/**
 * Parse a digit token (“2,000”, “1.5”) to a number.
 *
 * @param text
 *   Token text.
 * @returns
 *   The value; `Infinity` for absurdly long digit runs (callers drop those).
 */
export function digitsValue(text: string): number {
  return Number(text.replaceAll(',', ''))
}

/**
 * Read a number phrase starting at `tokens[index]`: digits with an optional
 * scale (“1.2 billion”, “$5m”, “two dozen”), number words (“three hundred and
 * twelve”, “a million”, “half a million”), or a vague amount (“tens of
 * thousands”, “hundreds”, “several thousand”).
 *
 * @param tokens
 *   Tokens of a range.
 * @param index
 *   Where to start.
 * @param abbreviations
 *   Whether to read every abbreviated scale glued to digits (“5m”, “1.2bn”,
 *   “300k”), as after a currency sign, where “m” cannot be metres
 *   (default: `false`: only the unambiguous “bn”, “mn”, “tn”, and “m” or
 *   “k” before a plural noun of people or things, “1.2m residents”, not
 *   “the 100m sprint”).
 * @returns
 *   The phrase, or `undefined` when no number starts there.
 */
export function readNumber(tokens: Token[], index: number, abbreviations = false): NumberPhrase | undefined {
  const token = tokens[index]
  if (!token) return undefined

  if (token.kind === 'number') {
    let value = digitsValue(token.text)
    if (!Number.isFinite(value)) return undefined
    let last = index
    let scaled = false
    let next = tokens[index + 1]
    // “2 1/2”, “1½”: a whole number and a fraction are one amount (else the
    // fraction’s denominator is read as the number of what follows).
    // (Character codes first: a comma or a percent sign after a number is
    // common, and `text` slices the view.)
    if (next && (next.kind === 'number' ? tokens[index + 2]?.code === 47 /* / */ && !touches(token, next) : next.kind === 'punct' && vulgarFractions.has(next.code) && touches(token, next))) {
      const fraction = fractionAfter(tokens, index)
      if (fraction !== undefined) {
        value += fraction.value
        last = fraction.last
        next = tokens[last + 1]
      }
    }

    if (next && next.kind === 'word') {
      const scale = scales.get(next.lower)
      const abbreviated = touches(tokens[last], next) && (abbreviations || bareScale(next.lower, tokens[last + 2])) ? abbreviatedScales.get(next.lower) : undefined
      if (scale !== undefined) {
        value = scaleBy(value, scale)
        last++
        scaled = true
        // “1.2 million” cannot take another scale, but “2 hundred thousand” can.
        const after = tokens[last + 1]
        const more = after && after.kind === 'word' ? scales.get(after.lower) : undefined
        if (scale === 100 && more !== undefined && more > 100) {
          value = scaleBy(value, more)
          last++
        }
      } else if (abbreviated !== undefined) {
        value = scaleBy(value, abbreviated)
        last++
        scaled = true
      } else if (next.lower === 'dozen') {
        value = scaleBy(value, 12)
        last++
        scaled = true
      }
    }

    return {first: index, last, value, lower: null, upper: null, vague: false, scaled}
  }

  if (token.kind !== 'word') return undefined
  return readVague(tokens, index) ?? readWords(tokens, index)
}

/** Fractions written as one character (“1½”), by character code. */
const vulgarFractions = new Map([
  [0xbd /* ½ */, 0.5],
  [0xbc /* ¼ */, 0.25],
  [0xbe /* ¾ */, 0.75],
  [0x21_53 /* ⅓ */, 1 / 3],
  [0x21_54 /* ⅔ */, 2 / 3]
])

/**
 * The fraction after the whole number at `index` (“2 *1/2*”, “1*½*”) and
 * its last token, else `undefined`. A proper fraction with a small
 * denominator, nothing glued after it, after a whole number without a
 * decimal point: not a date (“8 11/8/2016”), a score, nor “1.5 1/2”.
 */
function fractionAfter(tokens: Token[], index: number): {value: number; last: number} | undefined {
  const whole = tokens[index]!
  if (whole.text.includes('.')) return undefined
  const next = tokens[index + 1]!
  if (next.kind === 'punct') {
    const value = vulgarFractions.get(next.code)
    return value === undefined ? undefined : {value, last: index + 1}
  }

  const slash = tokens[index + 2]!
  const denominator = tokens[index + 3]
  if (!denominator || denominator.kind !== 'number' || !touches(next, slash) || !touches(slash, denominator)) return undefined
  const after = tokens[index + 4]
  if (after && touches(denominator, after) && (after.kind !== 'punct' || after.text === '/')) return undefined
  if (!/^\d{1,2}$/.test(next.text) || !/^\d{1,2}$/.test(denominator.text)) return undefined
  const top = Number(next.text)
  const bottom = Number(denominator.text)
  return top >= 1 && top < bottom ? {value: top / bottom, last: index + 3} : undefined
}

/**
 * `value` times `scale`, without the binary rounding error a decimal picks
 * up on the way (`33.16 * 1e9` is 33,159,999,999.999996; this gives
 * 33,160,000,000): rounded to the 15 significant digits a double holds.
 *
 * @param value
 *   A number as written (“33.16”).
 * @param scale
 *   What its scale word stands for (1e9 for “billion”).
 * @returns
 *   The product.
 */
export function scaleBy(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(15))
}

/** Whether an abbreviated scale without a currency sign is one (see {@link readNumber}). */
function bareScale(scale: string, after: Token | undefined): boolean {
  if (scale === 'bn' || scale === 'mn' || scale === 'mln' || scale === 'tn' || scale === 'trn') return true
  if (scale !== 'm' && scale !== 'k') return false
  if (!after || after.kind !== 'word') return false
  const word = after.lower
  // Race distances are plural too (“400m hurdles”).
  if (word === 'hurdles' || word === 'metres' || word === 'meters' || word === 'miles') return false
  return peopleWords.has(word) || (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word))
}

const peopleWords = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel'])

/** “tens of thousands”, “hundreds”, “several thousand”, “a few hundred”. */
function readVague(tokens: Token[], index: number): NumberPhrase | undefined {
  const token = tokens[index]!
  const lower = token.lower
  // “tens of thousands”, “hundreds of millions”.
  if (lower === 'tens' || lower === 'hundreds' || lower === 'dozens') {
    const of = tokens[index + 1]
    const scaleToken = tokens[index + 2]
    const scale = scaleToken ? pluralScales.get(scaleToken.lower) : undefined
    if (of?.lower === 'of' && scale !== undefined && scale >= 1000) {
      const factor = lower === 'tens' ? 10 : lower === 'hundreds' ? 100 : 12
      const low = factor * scale
      const high = lower === 'dozens' ? 12 * low - 1 : 10 * low - 1
      return vague(index, index + 2, lower === 'dozens' ? 2 * low : low, high)
    }
  }

  const plural = pluralScales.get(lower)
  if (plural !== undefined && lower !== 'tens') {
    // “Dozens” spans two to eleven dozen; the others one order of magnitude.
    if (plural === 12) return vague(index, index, 24, 143)
    return vague(index, index, plural, 10 * plural - 1)
  }

  // “several thousand”, “a few hundred”, “a couple hundred”.
  let scaleIndex = -1
  if (lower === 'several') scaleIndex = index + 1
  else if (lower === 'a' && (tokens[index + 1]?.lower === 'few' || tokens[index + 1]?.lower === 'couple')) scaleIndex = index + 2
  // (“a couple of hundred Marines”: “of” before the scale, else only “hundred” was read.)
  if (scaleIndex === index + 2 && tokens[index + 1]!.lower === 'couple' && tokens[scaleIndex]?.lower === 'of' && scales.has(tokens[scaleIndex + 1]?.lower ?? '')) scaleIndex++
  if (scaleIndex !== -1) {
    const scaleToken = tokens[scaleIndex]
    let scale = scaleToken ? scales.get(scaleToken.lower) : undefined
    // (“several hundred thousand”: the second scale multiplies the first,
    // else the amount is a thousand times too small.)
    const larger = scale !== undefined && scale < 1000 ? scales.get(tokens[scaleIndex + 1]?.lower ?? '') : undefined
    if (scale !== undefined && larger !== undefined && larger >= 1000) {
      scale *= larger
      scaleIndex++
    }

    if (scale !== undefined) return vague(index, scaleIndex, 2 * scale, 10 * scale - 1)
  }

  return undefined
}

function vague(first: number, last: number, lower: number, upper: number): NumberPhrase {
  return {first, last, value: null, lower, upper, vague: true, scaled: true}
}

/** “three”, “twenty-five”, “two hundred and fifty”, “a million”, “half a million”, “a dozen”. */
function readWords(tokens: Token[], index: number): NumberPhrase | undefined {
  let position = index
  let half = false
  let article = false
  if (tokens[position]?.lower === 'half' && tokens[position + 1]?.lower === 'a') {
    half = true
    position += 2
  } else if (tokens[position]?.lower === 'a' || tokens[position]?.lower === 'an') {
    article = true
    position++
  }

  let total = 0
  let current = 0
  let last = -1
  // What the previous word was, to stop at “five six” or “thousand thousand”.
  let previous: 'none' | 'unit' | 'ten' | 'hundred' | 'scale' | 'and' = 'none'
  let largestScale = Infinity
  let sawScale = false

  while (position < tokens.length) {
    const token = tokens[position]!
    if (token.kind !== 'word') break
    const lower = token.lower
    if (article && position === index + 1) {
      // “a” only before a scale or “dozen”: “a million”, not “a three”.
      if (!scales.has(lower) && lower !== 'dozen') break
    }

    const small = numberWord(lower)
    if (small !== undefined) {
      const isTen = tens.has(lower)
      if (previous === 'unit' || previous === 'ten') {
        // “twenty five” (written without a hyphen) is one number.
        if (!(previous === 'ten' && !isTen && small < 10 && current % 10 === 0)) break
      }

      current += small
      previous = isTen ? 'ten' : 'unit'
      last = position
      position++
      continue
    }

    if (lower === 'hundred') {
      if (previous === 'hundred' || current >= 100) break
      current = (current === 0 ? 1 : current) * 100
      previous = 'hundred'
      last = position
      sawScale = true
      position++
      continue
    }

    const scale = scales.get(lower)
    if (scale !== undefined) {
      if (scale >= largestScale || previous === 'scale') break
      total += (current === 0 ? 1 : current) * scale
      current = 0
      largestScale = scale
      previous = 'scale'
      last = position
      sawScale = true
      position++
      continue
    }

    if (lower === 'dozen' && (previous === 'none' || previous === 'unit' || previous === 'ten')) {
      current = (current === 0 ? 1 : current) * 12
      previous = 'scale'
      last = position
      sawScale = true
      position++
      break
    }

    // “two hundred and fifty”, “a million and a half” is left alone.
    if (lower === 'and' && (previous === 'hundred' || previous === 'scale')) {
      const after = tokens[position + 1]
      if (after && after.kind === 'word' && numberWord(after.lower) !== undefined) {
        previous = 'and'
        position++
        continue
      }
    }

    break
  }

  if (last === -1) return undefined
  if ((half || article) && !sawScale) return undefined
  let value = total + current
  if (half) value /= 2
  return {first: index, last, value, lower: null, upper: null, vague: false, scaled: sawScale}
}
