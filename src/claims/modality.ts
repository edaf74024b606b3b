/**
 * Hedges (“apparent”, “could”, “reportedly”) and negations (“not”, “never”,
 * “did not”) in a claim, as token ranges.
 */
import {auxiliaries, HEDGE, HEDGE_VERB, NEGATION} from './lexicon.js'
import type {Token} from './tokens.js'

/** Words after `not` that make it no negation: “not only”, “not least”. */
const afterNot = new Set(['only', 'just', 'merely', 'least'])

/** Words after `no` that make it no negation: “no doubt”, “no matter”. */
const afterNo = new Set(['doubt', 'matter'])

/** Words before “certain(ly)” that make it a hedge: “almost certainly”, “nearly certain” (alone it is no hedge). */
const nearly = new Set(['almost', 'nearly', 'virtually', 'all-but'])

/** Comparatives that with `than` make a bound: “no more than 5”, “not fewer than 3”. */
const boundComparatives = new Set(['more', 'less', 'fewer'])

/**
 * Hedging words in tokens.
 *
 * @param tokens
 *   Tokens of a claim.
 * @returns
 *   `[first, last]` token index pairs, in order.
 */
export function findHedges(tokens: Token[]): Array<[number, number]> {
  const result: Array<[number, number]> = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if ((token.flags & (HEDGE | HEDGE_VERB)) === 0) continue
    const lower = token.lower
    if (token.flags & HEDGE) {
      if (lower === 'certain' || lower === 'certainly') {
        if (index > 0 && nearly.has(tokens[index - 1]!.lower)) result.push([index - 1, index])
      }
      // “may” is a hedge lowercase only: “May” is a month.
      else if (lower !== 'may' || token.text === 'may') result.push([index, index])
    } else {
      const next = tokens[index + 1]?.lower
      // “seem” has no sense but the hedging one (“seemed equally unperturbed”,
      // “seems a near certainty”, “seemed like a different candidate”);
      // “appeared” does (“appeared on Fox News”).
      if (next === 'to' || next === 'that' || lower.startsWith('seem')) result.push([index, index])
    }
  }

  return result
}

/**
 * Negations in tokens: `not`, `never`, `no` (not as in “no more than”, a
 * bound, nor “not only”), contractions (`didn’t`), with the auxiliary before
 * `not` (“did not”, “has not”).
 *
 * @param tokens
 *   Tokens of a claim.
 * @returns
 *   `[first, last]` token index pairs, in order.
 */
export function findNegations(tokens: Token[]): Array<[number, number]> {
  const result: Array<[number, number]> = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if ((token.flags & NEGATION) === 0) continue
    const lower = token.lower
    if (lower.endsWith("n't")) {
      result.push([index, index])
      continue
    }

    const next = tokens[index + 1]?.lower
    if (lower === 'not' && next !== undefined && afterNot.has(next)) continue
    if (lower === 'no' && next !== undefined && afterNo.has(next)) continue
    if ((lower === 'not' || lower === 'no') && next !== undefined && boundComparatives.has(next) && tokens[index + 2]?.lower === 'than') {
      continue
    }

    const previous = tokens[index - 1]
    if (lower === 'not' && previous && previous.kind === 'word' && auxiliaries.has(previous.lower)) {
      result.push([index - 1, index])
    } else {
      result.push([index, index])
    }
  }

  return result
}
