/**
 * The reporter’s own clause in a sentence that also holds an attribution:
 * “The United States had previously banned … and called for destroying
 * stockpiles …” attributes the second conjunct to the United States, but the
 * first is the reporter’s statement. The words outside the attribution
 * (content, cue, quotations) are usually its frame — the speaker’s name and
 * role (“said Sarah Yager, the Washington director of …”), where and when
 * they spoke — and are then not a claim. A leftover stretch is a claim only
 * when it is long (at least {@link minimumWords} words) and has a finite
 * verb — an auxiliary or a modal, or, in a stretch that opens the sentence,
 * a past tense after its subject (“A federal advisory committee voted …”) —
 * which appositives and frames lack. The subject of the attribution after
 * a stretch (“… booed when *she* said”) is cut off it.
 */
import {isPastTense, speechVerbForms} from '../attribution/words.js'
import {sortInPlace} from '../sort.js'
import {CONJUNCTION, FINITE} from './lexicon.js'
import {tokenize, type TokenBuffer} from './tokens.js'

/** Words a clause never ends with: what is left when the frame after them is cut (“…, with | Sen. McCain”). */
const trailing = new Set(['that', 'with', 'by', 'to', 'of', 'for', 'from', 'as', 'in', 'on', 'at', 'the', 'a', 'an'])

/** Words that open a clause, left dangling when the source after them is cut (“… cheered when | Trump spotted”). */
const subordinators = new Set(
  'when as who whom whose which where because after before until since if once whether than that and but or while though although whereas yet even'.split(' ')
)

/** Words before a participle that is no finite verb (“the proposed rule”, “under revised rules”, “who served”). */
const notSubject = new Set(
  (
    'a an the this that these those who whom whose which to be been being was were is are has have had ' +
    'of in on at by for from with without under over into onto after before during about against among between ' +
    'than as newly recently long so very most more less well not never'
  ).split(' ')
)

/** Prepositions that open where or how something was said (“in a memo”, “on Twitter”). */
const framePrepositions = new Set(['in', 'on', 'at', 'during', 'to', 'from', 'via', 'through', 'after', 'before'])

/** Conjunctions that join a clause after a frame (“…, but the party lost”). */
const frameJoiners = new Set(['and', 'but', 'while', 'though', 'although', 'yet', 'so', 'whereas'])

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
 * @param mentions
 *   Ranges of the sources’ mentions in the sentence: a stretch that ends
 *   with one ends before it (“… cheered when | Trump spotted …”), and a
 *   stretch that is one is no clause.
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
  inside?: Array<[number, number]>,
  mentions?: Array<[number, number]>
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

    // Whether the stretch ends at a clause boundary: the sentence end, a
    // punctuation mark, or a dangling subject cut off below.
    // (Or at a conjunction after one: “Roughly 4,800 workers remained on
    // strike Monday, and | the company said …”.)
    let boundary = to === end || /[,;:—–-]\s*$/.test(view.slice(Math.max(from, to - 4), to)) || (last >= first && last < tokens.length - 1 && joinedAfter(tokens, last + 1))
    if (mentions !== undefined && last >= first) {
      const mention = mentionAtEnd(view, mentions, tokens[first]!.start, to)
      if (mention !== undefined) {
        if (mention[0] <= tokens[first]!.start) return
        let before = last
        while (before >= first && tokens[before]!.start >= mention[0]) before--
        // Only a subject left dangling after a comma or a subordinator:
        // other mentions end a clause of their own (“… bad news for Bush”).
        if (before >= first && (tokens[before]!.kind === 'punct' || subordinators.has(tokens[before]!.lower))) {
          last = before
          boundary = true
          while (
            last >= first &&
            (tokens[last]!.kind === 'punct' || (tokens[last]!.flags & CONJUNCTION) !== 0 || trailing.has(tokens[last]!.lower) || subordinators.has(tokens[last]!.lower))
          ) {
            last--
          }
        }
      }
    }

    // Right after a cue, the speaker and what is said of them (“, said Dr.
    // Keith Diaz of Columbia University, who was not involved in the
    // research”), or where it was said (“wrote in a memo to employees, which
    // was seen by Reuters”): the frame.
    // A clause after the frame (“said on Monday, but the party later lost
    // …”) is still one.
    if (last >= first && speechVerbForms.has(wordBefore(view, from))) {
      const opening = tokens[first]!
      if (framePrepositions.has(opening.lower) || mentions?.some(([start, end]) => start <= opening.start && opening.start < end)) {
        let next = first + 1
        while (next < last && !((tokens[next]!.code === 44 || tokens[next]!.code === 59) && frameJoiners.has(tokens[next + 1]!.lower))) next++
        if (next >= last) return
        first = next + 2
      }
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
      // (Length first: most words would otherwise build their lowercase form
      // for this test alone. A word that lowercases to one of these ASCII
      // words has as many characters.)
      const length = token.end - token.start
      if (
        (length === 9 || length === 10 || length === 11) &&
        (token.lower === 'anonymity' || token.lower === 'anonymously' || (token.lower === 'authorized' && tokens[index - 1]?.lower === 'not'))
      ) {
        anonymity = true
      }
    }

    // A stretch that opens the sentence is its main clause when a subject
    // is followed by a past tense (frames and appositives have a name,
    // a comma or a relative pronoun before theirs).
    if (!finite && boundary && from === start && !view.slice(from, Math.min(to + 3, view.length)).includes("''")) {
      finite = pastAfterSubject(tokens, first, last)
    }
    if (words >= minimumWords && finite && !anonymity) result.push([tokens[first]!.start, tokens[last]!.end])
  }
}

/** Whether the tokens from `index` on are punctuation with a comma, then conjunctions (“, and”, “; but”). */
function joinedAfter(tokens: ReturnType<typeof tokenize>, index: number): boolean {
  let comma = false
  for (; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind === 'punct') comma ||= token.code === 44 || token.code === 59
    else if ((token.flags & CONJUNCTION) === 0 || !comma) return false
  }

  return comma
}

/** Words that open a fronted adverbial (“In 2024, …”, “When he won, …”): the main clause comes after its comma. */
const adverbialOpeners = new Set(
  (
    'in on at as when after before since while although though because if once until during among despite even ' +
    'for with without by from following amid over under within throughout unlike like according ' +
    'shortly soon just hours days weeks months years moments minutes'
  ).split(' ')
)

/**
 * Whether a past tense follows a subject in the first words of a sentence
 * (of its main clause, after a fronted adverbial), before any comma: “A
 * federal advisory committee voted”, “Sales fell”, “When he won, Ramos
 * reminded”; not “When he won the primary in February”.
 */
function pastAfterSubject(tokens: ReturnType<typeof tokenize>, first: number, last: number): boolean {
  // A fronted adverbial (“In 2024,”, “When he won …,”, a participle:
  // “Asked about …,”) or a subordinate clause before the verb (“A week
  // after Trump spoke …,”): the main clause starts after its comma.
  let clause = first
  const opener = tokens[first]!.lower
  let subordinate = adverbialOpeners.has(opener) || (opener.length > 4 && (opener.endsWith('ed') || opener.endsWith('ing')))
  for (let index = first + 1; index <= last && index <= clause + 30; index++) {
    const token = tokens[index]!
    if (subordinate) {
      if (token.code !== 44) continue
      subordinate = false
      clause = index + 1
      if (clause > last || subordinators.has(tokens[clause]!.lower) || adverbialOpeners.has(tokens[clause]!.lower)) return false
      index = clause
      continue
    }

    // (A `.` inside a sentence ends an abbreviation: “Mr. Trump”.)
    if (token.code === 46) continue
    if (index > clause + 8 || token.kind === 'punct') return false
    if (token.kind !== 'word' || token.capitalized) continue
    const lower = token.lower
    if (adverbialClauseWords.has(lower)) {
      subordinate = true
      continue
    }

    // (“… rhetoric exchanged by his rivals” is a participle.)
    if (isPastTense(lower) && tokens[index + 1]?.lower !== 'by') {
      // Past an adverb: “Trump quickly took”, not “the previously unreported memo”.
      let before = tokens[index - 1]!
      if (before.kind === 'word' && before.lower.endsWith('ly') && index - 2 >= clause) before = tokens[index - 2]!
      if (before.kind !== 'punct' && !notSubject.has(before.lower)) return true
    }
  }

  return false
}

/** Words that open an adverbial clause inside a sentence’s first words (“A week after Trump spoke …”). */
const adverbialClauseWords = new Set('after before when while since until because although though if once as'.split(' '))

/** A predicate after a comma: an auxiliary or a past tense first (“, signed by …” is a participle). */
const predicate = /,\s*(?:(?:is|are|was|were|has|have|had|did|does|do|will|would|can|could|should|must|might)\b|[a-z]+ed\b(?! by\b))/

/**
 * The mention that ends the stretch `view[from, to)` (up to a possessive
 * `’s`, or an appositive between commas: “…, Sen. Ted Cruz of Texas, now a
 * GOP contender,”), if any.
 */
function mentionAtEnd(view: string, mentions: Array<[number, number]>, from: number, to: number): [number, number] | undefined {
  for (const mention of mentions) {
    if (mention[0] < from - 1 || mention[1] > to) continue
    if (mention[1] >= to - 2) return mention
    const rest = view.slice(mention[1], to)
    // (Not when a predicate follows one: “Two objectors, …, had challenged …,”.)
    if (rest.length <= 150 && /^\s*,/.test(rest) && /,\s*$/.test(rest) && !predicate.test(rest)) return mention
  }

  return undefined
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

/** The lowercase word right before `offset` (after spaces only), or `''`. */
function wordBefore(view: string, offset: number): string {
  let end = offset
  while (end > 0 && view.charCodeAt(end - 1) === 32) end--
  let start = end
  while (start > 0 && end - start < 12 && isLetter(view.charCodeAt(start - 1))) start--
  return view.slice(start, end).toLowerCase()
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}
