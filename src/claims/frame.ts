/**
 * The reporter’s own clause in a sentence that also holds an attribution:
 * “The United States had previously banned … and called for destroying
 * stockpiles …” attributes the second conjunct to the United States, but the
 * first is the reporter’s statement. The words outside the attribution
 * (content, cue, quotations) are usually its frame — the speaker’s name and
 * role (“said Sarah Yager, the Washington director of …”), where and when
 * they spoke — and are then not a claim. A leftover stretch is a claim only
 * when it is long (at least {@link minimumWords} words) and has a finite
 * verb (an auxiliary or modal), which appositives and frames lack.
 */
import {sortInPlace} from '../sort.js'
import {CONJUNCTION, FINITE} from './lexicon.js'
import {tokenize, type TokenBuffer} from './tokens.js'

/** Words a clause never ends with: what is left when the frame after them is cut (“…, with | Sen. McCain”). */
const trailing = new Set(['that', 'with', 'by', 'to', 'of', 'for', 'from', 'as', 'in', 'on', 'at', 'the', 'a', 'an'])

/** Fewest words for a leftover stretch to be a clause of its own. */
export const minimumWords = 7

/**
 * Leftover clauses of a sentence, outside the ranges an attribution covers.
 *
 * @param view
 *   The document view.
 * @param start
 *   Start of the sentence.
 * @param end
 *   End of the sentence (exclusive).
 * @param covered
 *   Ranges covered by attributions in the sentence (any order, may overlap
 *   or reach outside it).
 * @param buffer
 *   Token storage to reuse (optional).
 * @param inside
 *   Ranges of attributions nested in the reporter’s clause (a restrictive
 *   relative clause: “Republicans [who backed the plan] were irritated”):
 *   they do not split a stretch, and their words do not count for it.
 * @returns
 *   `[start, end)` of each leftover stretch that reads as a clause, trimmed
 *   of punctuation and conjunctions at its edges.
 */
export function leftoverClauses(
  view: string,
  start: number,
  end: number,
  covered: Array<[number, number]>,
  buffer?: TokenBuffer,
  inside?: Array<[number, number]>
): Array<[number, number]> {
  // Usually one range, or several already in order: copy and sort only when needed.
  const ranges = isSorted(covered) ? covered : sortInPlace([...covered], byStart)
  const result: Array<[number, number]> = []
  let cursor = start
  for (const [from, to] of ranges) {
    if (to <= cursor) continue
    if (from > cursor) consider(cursor, Math.min(from, end))
    cursor = Math.max(cursor, to)
    if (cursor >= end) break
  }

  if (cursor < end) consider(cursor, end)
  return result

  function consider(from: number, to: number): void {
    // Most stretches are a frame (“, he said”): too short to tokenize.
    if (wordStarts(view, from, to, minimumWords) < minimumWords) return
    const tokens = tokenize(view, from, to, undefined, buffer)
    let first = 0
    let last = tokens.length - 1
    // Edges: punctuation and conjunctions (“, and”, “— but”).
    while (first <= last && (tokens[first]!.kind === 'punct' || (tokens[first]!.flags & CONJUNCTION) !== 0)) first++
    while (last >= first && (tokens[last]!.kind === 'punct' || (tokens[last]!.flags & CONJUNCTION) !== 0 || trailing.has(tokens[last]!.lower))) {
      last--
    }

    let words = 0
    let finite = false
    // Why a source goes unnamed (“who spoke on condition of anonymity
    // because the talks are private”, “who was not authorized to speak”)
    // is the frame’s, not a claim of the reporter.
    let anonymity = false
    for (let index = first; index <= last; index++) {
      const token = tokens[index]!
      if (token.kind === 'punct' || (inside !== undefined && within(inside, token.start))) continue
      words++
      if (token.flags & FINITE) finite = true
      if (token.lower === 'anonymity' || token.lower === 'anonymously' || (token.lower === 'authorized' && tokens[index - 1]?.lower === 'not')) anonymity = true
    }

    if (words >= minimumWords && finite && !anonymity) result.push([tokens[first]!.start, tokens[last]!.end])
  }
}

function within(ranges: Array<[number, number]>, offset: number): boolean {
  for (const [from, to] of ranges) if (offset >= from && offset < to) return true
  return false
}

function byStart(a: [number, number], b: [number, number]): number {
  return a[0] - b[0]
}

function isSorted(ranges: Array<[number, number]>): boolean {
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index]![0] < ranges[index - 1]![0]) return false
  }

  return true
}

/**
 * An upper bound on the words (non-punctuation tokens) of `view[from..to)`,
 * counted up to `limit`, without tokenizing: every word or number token
 * starts at a letter or digit whose previous character is of another class
 * (the tokenizer never splits a run of ASCII letters or of digits), or at a
 * non-ASCII character, each counted as a possible start.
 */
function wordStarts(view: string, from: number, to: number, limit: number): number {
  let count = 0
  let previous = 0
  for (let index = from; index < to && count < limit; index++) {
    const code = view.charCodeAt(index)
    const kind = code > 127 ? 3 : code >= 48 && code <= 57 ? 2 : (code | 32) >= 97 && (code | 32) <= 122 ? 1 : 0
    if (kind === 3 || (kind !== 0 && kind !== previous)) count++
    previous = kind
  }

  return count
}
