/**
 * Approximators and bound words around a number (“nearly 2,000”, “more than
 * 160”, “at least 5”, “2,000 or more”), turned into bounds. No npm package
 * does this (measured for the claims issue); the table is small and every
 * lookup reads at most four tokens, so it stays linear.
 */
import {APPROXIMATOR} from './lexicon.js'
import type {Token} from './tokens.js'

/** What an approximator says about the number after it. */
export interface Approximation {
  /** `upper`: the true value is at most (or below) the number; `lower`: at least (or above); `exact`; `approximate`: near it. */
  bound: 'upper' | 'lower' | 'exact' | 'approximate'
  /** For `upper`/`lower`: whether the number itself is included. */
  inclusive: boolean
  /** Whether the words also say the number is rounded (“nearly”, “about”). */
  approximate: boolean
}

type Entry = [words: string[], approximation: Approximation]

function entry(phrase: string, bound: Approximation['bound'], inclusive: boolean, approximate: boolean): Entry {
  return [phrase.split(' '), {bound, inclusive, approximate}]
}

// Longest phrases first so “no more than” wins over “more than”.
const before: Entry[] = [
  entry('in excess of', 'lower', false, false),
  entry('no more than', 'upper', true, false),
  entry('not more than', 'upper', true, false),
  entry('no fewer than', 'lower', true, false),
  entry('no less than', 'lower', true, false),
  entry('not less than', 'lower', true, false),
  entry('a maximum of', 'upper', true, false),
  entry('a minimum of', 'lower', true, false),
  entry('as many as', 'upper', true, false),
  entry('as much as', 'upper', true, false),
  entry('as few as', 'lower', true, false),
  entry('as little as', 'lower', true, false),
  entry('upwards of', 'lower', true, false),
  entry('upward of', 'lower', true, false),
  entry('more than', 'lower', false, false),
  entry('greater than', 'lower', false, false),
  entry('fewer than', 'upper', false, false),
  entry('less than', 'upper', false, false),
  entry('at least', 'lower', true, false),
  entry('at most', 'upper', true, false),
  entry('up to', 'upper', true, false),
  entry('just under', 'upper', false, true),
  entry('just below', 'upper', false, true),
  entry('just over', 'lower', false, true),
  entry('just above', 'lower', false, true),
  entry('close to', 'upper', true, true),
  entry('an estimated', 'approximate', false, true),
  entry('nearly', 'upper', true, true),
  entry('almost', 'upper', true, true),
  entry('under', 'upper', false, false),
  entry('below', 'upper', false, false),
  entry('over', 'lower', false, false),
  entry('above', 'lower', false, false),
  entry('about', 'approximate', false, true),
  entry('around', 'approximate', false, true),
  entry('roughly', 'approximate', false, true),
  entry('approximately', 'approximate', false, true),
  entry('some', 'approximate', false, true),
  entry('circa', 'approximate', false, true),
  entry('estimated', 'approximate', false, true),
  entry('exactly', 'exact', true, false),
  entry('precisely', 'exact', true, false)
]

const after: Entry[] = [
  entry('or more', 'lower', true, false),
  entry('or greater', 'lower', true, false),
  entry('or fewer', 'upper', true, false),
  entry('or less', 'upper', true, false),
  entry('or so', 'approximate', false, true),
  entry('and up', 'lower', true, false)
]

/**
 * The approximator just before `tokens[index]`, if any.
 *
 * @param tokens
 *   Tokens of a range.
 * @param index
 *   Index of the first token of the number.
 * @returns
 *   The approximation and the index of its first token, else `undefined`.
 */
export function approximatorBefore(tokens: Token[], index: number): {approximation: Approximation; first: number} | undefined {
  const previous = tokens[index - 1]
  if (!previous || (previous.flags & APPROXIMATOR) === 0) return undefined
  for (const [words, approximation] of before) {
    const first = index - words.length
    if (first < 0) continue
    let matches = true
    for (let offset = 0; offset < words.length; offset++) {
      const token = tokens[first + offset]!
      if (token.kind !== 'word' || token.lower !== words[offset]) {
        matches = false
        break
      }
    }

    if (!matches) continue
    if (words.length === 2 && words[0] === 'up' && first > 0 && risenTo.has(tokens[first - 1]!.lower)) continue
    // (“fork over thousands”, “handed over $5,000”: the verb’s particle.)
    if (words.length === 1 && words[0] === 'over' && first > 0 && overVerbs.has(tokens[first - 1]!.lower)) return undefined
    return {approximation, first}
  }

  return undefined
}

/** Verbs whose particle is “over” (“fork over”, “hand over”, “turn over”): no bound after them. */
const overVerbs = new Set([
  'fork', 'forks', 'forked', 'forking', 'hand', 'hands', 'handed', 'handing', 'turn', 'turns', 'turned', 'turning', 'pass', 'passed', 'passing',
  'sign', 'signed', 'signing', 'shell', 'shelled', 'shelling', 'cough', 'coughed', 'coughing', 'pony', 'ponied'
])

/**
 * Words before “up to” that make it the level a change reached (“ticked up to
 * 4.2%”, “dues have gone up to $8,400”) or a total (“adds up to 185,000”),
 * not a bound.
 */
const risenTo = new Set([
  'go', 'goes', 'going', 'gone', 'went', 'move', 'moves', 'moved', 'moving', 'tick', 'ticks', 'ticked', 'edge', 'edges', 'edged',
  'inch', 'inches', 'inched', 'creep', 'creeps', 'crept', 'climb', 'climbs', 'climbed', 'jump', 'jumps', 'jumped', 'shot', 'bump',
  'bumped', 'add', 'adds', 'added', 'adding', 'way', 'revise', 'revised', 'ramp', 'ramped', 'round', 'rounded', 'step', 'stepped',
  'come', 'comes', 'came', 'trended', 'rose', 'risen', 'rise', 'rises', 'rising'
])

/**
 * The bound words just after `tokens[index]` (“or more”, “-plus”, “+”).
 *
 * @param tokens
 *   Tokens of a range.
 * @param index
 *   Index of the last token of the number (or its noun).
 * @returns
 *   The approximation and the index of its last token, else `undefined`.
 */
export function approximatorAfter(tokens: Token[], index: number): {approximation: Approximation; last: number} | undefined {
  const next = tokens[index + 1]
  if (next && next.kind === 'punct' && next.text === '+' && next.start === tokens[index]!.end) {
    return {approximation: {bound: 'lower', inclusive: true, approximate: false}, last: index + 1}
  }

  // “2,000-plus”.
  const plus = tokens[index + 2]
  if (next?.text === '-' && plus?.lower === 'plus' && next.start === tokens[index]!.end && plus.start === next.end) {
    return {approximation: {bound: 'lower', inclusive: true, approximate: false}, last: index + 2}
  }

  for (const [words, approximation] of after) {
    let matches = true
    for (let offset = 0; offset < words.length; offset++) {
      const token = tokens[index + 1 + offset]
      if (!token || token.kind !== 'word' || token.lower !== words[offset]) {
        matches = false
        break
      }
    }

    if (matches) return {approximation, last: index + words.length}
  }

  return undefined
}
