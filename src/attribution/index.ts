import type {Doc} from '../parse/document.js'
import {sentenceAt} from '../parse/document.js'
import type {Quote} from '../schema.js'
import {sortInPlace} from '../sort.js'
import {analyze, forgetAnalysis} from './analysis.js'
import type {Candidate} from './detect.js'
import type {Report} from './report.js'

export type {Report} from './report.js'

/**
 * Find attributions that are not direct quotations: reported speech (`X
 * said (that) Y`, `Y, X said`), `according to X`, documents that say (`the
 * memo says that …`), and the cue classes beyond speech — beliefs (`thinks`),
 * intentions (`plans to`, `has long called for`), perceptions, evidence (`a
 * report shows`).
 *
 * An attribution whose content is only quotations is the quotes’ own
 * attribution, not a report. A report that holds partial quotes lists them
 * in `quoteIds`; a quotation taken over from a report in the previous
 * sentence (`…, said X. “…”`) is added to its content, and so is a
 * quotation written newswire style (`''…''`) that goes on past the
 * sentence of its speaker (see `continueNewswire`). Only the outermost
 * attribution is a report; inner ones are in `nested`.
 *
 * @param doc
 *   Parsed document.
 * @param quotes
 *   Quotes found by `findQuotes` (a report never re-counts a quote).
 * @returns
 *   Reports in input order.
 */
export function findReports(doc: Doc, quotes: Quote[]): Report[] {
  // As `findQuotes` analysed them: a block quote by its content (its `>`
  // marker sits before its sentence).
  const ranges = quotes.map((quote) =>
    quote.marks.open === '>'
      ? {start: quote.contentPosition.start.offset, end: quote.contentPosition.end.offset}
      : {start: quote.position.start.offset, end: quote.position.end.offset}
  )
  const analysis = analyze(doc, ranges)
  const {candidates} = analysis
  const children = new Map<number, number[]>()
  // Index loops: `entries()` makes a pair per candidate, and dense reported
  // speech has one or more per sentence.
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    if (candidate.parent === -1) continue
    const list = children.get(candidate.parent)
    if (list) list.push(index)
    else children.set(candidate.parent, [index])
  }

  const reports: Report[] = []
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!
    if (candidate.parent !== -1 || candidate.content.length === 0) continue
    if (onlyQuotes(doc, candidate, ranges)) continue
    reports.push(toReport(candidates, children, index, quotes, 0))
  }

  forgetAnalysis(doc)
  // (A quick test first: most articles write no `''` at all.)
  if (reports.length === 0 || !doc.view.includes("''")) return reports
  const quoted = continueNewswire(doc, reports)
  // A cue in the quotation's words is the speaker's (`''… They want hope.`),
  // no attribution of the reporter's: in “…” marks it would be read as none.
  return quoted.length === 0 ? reports : reports.filter((report) => !report.cue || !inside(quoted, report.cue[0]))
}

function toReport(
  candidates: Candidate[],
  children: Map<number, number[]>,
  index: number,
  quotes: Quote[],
  depth: number
): Report {
  const candidate = candidates[index]!
  const content = sortInPlace([...candidate.content], (a, b) => a[0] - b[0])
  const nested: Report[] = []
  if (depth < 8) {
    for (const child of children.get(index) ?? []) {
      if (candidates[child]!.content.length > 0) nested.push(toReport(candidates, children, child, quotes, depth + 1))
    }
  }

  return {
    content,
    cue: candidate.cue,
    mention: candidate.mention,
    sourceId: null,
    type: candidate.type,
    cueClass: candidate.cueClass,
    confidence: Math.round(candidate.confidence * 100) / 100,
    quoteIds: quoteIds(candidate.quotes, quotes),
    nested
  }
}

function quoteIds(indices: number[], quotes: Quote[]): string[] {
  const sorted = indices.length > 1 ? sortInPlace([...new Set(indices)], (a, b) => a - b) : indices
  const ids: string[] = []
  for (const index of sorted) {
    const quote = quotes[index]
    if (quote) ids.push(quote.id)
  }

  return ids
}

/**
 * Whether the content is nothing but quotations and punctuation: the
 * quotation is the attribution. (Not after `that`: “Cruz says that “…””
 * is a report, whose claim the quotation is — see `../claims/index.ts`.)
 */
function onlyQuotes(doc: Doc, candidate: Candidate, ranges: Array<{start: number; end: number}>): boolean {
  if (candidate.quotes.length === 0) return false
  let rest = ''
  for (const [start, end] of candidate.content) {
    let at = start
    const inside = sortInPlace(
      candidate.quotes.map((quote) => ranges[quote]!).filter((range) => range.start < end && range.end > start),
      (a, b) => a.start - b.start
    )
    for (const range of inside) {
      if (range.start > at) rest += ' ' + doc.view.slice(at, range.start)
      at = Math.max(at, range.end)
      if (rest.length > 40) return false
    }

    if (end > at) rest += ' ' + doc.view.slice(at, end)
    if (rest.length > 40) return false
  }

  return !/[\p{L}\p{N}]/u.test(rest)
}

/** Most characters from a newswire quotation's opening mark to its close (the look-ahead's bound). */
const newswireReach = 2000

/**
 * Newswire quotations (`''…''`, which the quotes stage reads as apostrophes
 * by default, so that no quote token carries them over) that go on past the
 * sentence of their speaker. Detection reads one sentence at a time, so the
 * speaker's words stopped where the sentence did, and the rest were the
 * reporter's own statements:
 *
 * - `X said: ''A. B.''`, `''A,'' X said, adding, ''B. C.''`: the content
 *   range that opens the quotation runs on to its close;
 * - `''A,'' X said. ''B. C.''`: a quotation opening the next sentence of the
 *   paragraph and closing at the end of a sentence (no `,'' Y said` of its
 *   own) is the speaker's, added to the report as a “…” quotation taken over
 *   from the sentence before is (and on to the next one, `''B.'' ''C.''`).
 *
 * A quotation left open at its paragraph's end, the next paragraph opening
 * with `''`, goes on there (the newswire convention, as a “…” quotation's).
 *
 * And `''A. B,'' X said.`: the content of the report ("B") starts where
 * the quotation opens.
 *
 * One pass over the `''` marks, each opening mark looking at the next mark
 * only (within `newswireReach`): linear, no backtracking. Returns the
 * content ranges taken on, in order.
 */
function continueNewswire(doc: Doc, reports: Report[]): Array<[number, number]> {
  const {view, sentences} = doc
  const quoted: Array<[number, number]> = []
  // Reports by the sentence of their cue, made at the first quotation that may go on.
  let bySentence: Map<number, Report[]> | undefined
  let carried: Report | undefined
  let carriedSentence = -1
  // Whether the carried quotation was left open at its paragraph's end.
  let carriedOpen = false
  let sentence = 0
  let at = view.indexOf("''")
  while (at !== -1) {
    const open = at
    const openEnd = markEnd(view, open)
    if (!opens(view, open, openEnd)) {
      at = view.indexOf("''", openEnd)
      continue
    }

    while (sentence < sentences.length && sentences[sentence]!.end <= open) sentence++
    const first = sentences[sentence]
    if (!first || first.start > open) {
      at = view.indexOf("''", openEnd)
      continue
    }

    const paragraphEnd = doc.paragraphs[first.paragraph]!.end
    let close = view.indexOf("''", openEnd)
    let closeEnd = close === -1 ? -1 : markEnd(view, close)
    // Left open at the paragraph's end, the next paragraph opening with
    // `''`: the newswire way of going on over a break. Its content ends
    // with the paragraph.
    const leftOpen = close > paragraphEnd && close - openEnd <= newswireReach && doc.paragraphs[first.paragraph + 1]?.start === close
    if (leftOpen) {
      closeEnd = close
      close = contentEnd(view, openEnd, paragraphEnd)
    } else if (close === -1) {
      return quoted
    } else if (first.start === open && close - openEnd <= newswireReach && close < paragraphEnd && handsOver(view.charCodeAt(close - 1))) {
      // `''A. B,'' X said.`: the speaker's report read only the sentence of
      // its cue ("B"); its content starts where the quotation opens.
      at = view.indexOf("''", closeEnd)
      bySentence ??= reportsBySentence(doc, reports)
      if (opensBack(doc, bySentence, sentence, openEnd, close)) quoted.push([openEnd, close])
      carried = undefined
      carriedSentence = -1
      continue
    } else if (close - openEnd > newswireReach || !sentenceFinal(view.charCodeAt(close - 1))) {
      // No close after `.` `?` `!` (a title's, or the mark opens another
      // quotation): that mark is read as an opening one next.
      at = close
      continue
    }

    at = leftOpen ? closeEnd : view.indexOf("''", closeEnd)
    let last = sentence
    while (last < sentences.length && sentences[last]!.end < (leftOpen ? close : closeEnd)) last++
    const final = sentences[last]
    // The close ends its sentence (`''B.'' he added` has a speaker of its
    // own), in the paragraph the quotation opened in.
    if (!final || final.paragraph !== first.paragraph || (!leftOpen && final.end !== closeEnd)) continue
    bySentence ??= reportsBySentence(doc, reports)
    let report: Report | undefined
    if (first.start === open) {
      const previous = sentence - 1
      if (previous < 0) continue
      // (Over a paragraph break only when the quotation was left open there.)
      if (carriedSentence === previous && carriedOpen) report = carried
      else if (sentences[previous]!.paragraph === first.paragraph) report = carriedSentence === previous ? carried : speakerIn(doc, bySentence.get(previous))
      report?.content.push([openEnd, close])
    } else if (last > sentence || leftOpen) {
      report = extendOpened(bySentence.get(sentence), openEnd, first.end, close)
    }

    if (report) quoted.push([openEnd, close])
    carried = report
    carriedSentence = report ? last : -1
    carriedOpen = leftOpen
  }

  return quoted
}

/**
 * Whether the character before a closing mark hands over to a speaker after
 * it: `,` `!` (not `?`: `''A. B?'' he asked` makes no claim, and would take
 * the statement before with it).
 */
function handsOver(code: number): boolean {
  return code === 44 || code === 33
}

/**
 * Start the content of the report whose content ends at a newswire
 * quotation's `,''` (in a later sentence than the quotation's opening, in
 * sentence `sentence`) where the quotation opens; whether there was one.
 */
function opensBack(doc: Doc, bySentence: Map<number, Report[]>, sentence: number, openEnd: number, close: number): boolean {
  const {sentences} = doc
  let last = sentence
  // (Bounded by the quotation's reach, like the close.)
  while (last < sentences.length && sentences[last]!.end <= close) last++
  const final = sentences[last]
  if (last === sentence || !final || final.paragraph !== sentences[sentence]!.paragraph) return false
  for (const report of bySentence.get(last) ?? []) {
    for (const range of report.content) {
      if (range[0] < final.start || range[0] > final.start + 3 || range[1] > close || close - range[1] > 2) continue
      range[0] = openEnd
      return true
    }
  }

  return false
}

/** Whether `offset` lies in one of `ranges` (in order, apart: binary search). */
function inside(ranges: Array<[number, number]>, offset: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const range = ranges[middle]!
    if (offset < range[0]) high = middle - 1
    else if (offset >= range[1]) low = middle + 1
    else return true
  }

  return false
}

/** End of the content before `end`, past spaces. */
function contentEnd(view: string, start: number, end: number): number {
  while (end > start && /\s/.test(view.charAt(end - 1))) end--
  return end
}

/** End of the run of apostrophes starting at `at`. */
function markEnd(view: string, at: number): number {
  let end = at
  while (view.charCodeAt(end) === 39 /* ' */) end++
  return end
}

/**
 * Whether the `''` (or `'''`, a single mark nested inside) at `start` opens
 * a quotation: after a space, the start, a bracket or a dash, and before a
 * word (not `12''`, an inch mark, nor `students''`).
 */
function opens(view: string, start: number, end: number): boolean {
  if (end - start > 3) return false
  const before = start === 0 ? 32 : view.charCodeAt(start - 1)
  if (!(before === 32 || before === 10 || before === 9 || before === 40 /* ( */ || before === 0x20_14 || before === 0x20_13 || before === 45)) return false
  return /[\p{L}\p{N}$]/u.test(view.charAt(end))
}

/** Whether the character before a closing mark ends a sentence: `.` `?` `!`. */
function sentenceFinal(code: number): boolean {
  return code === 46 || code === 63 || code === 33
}

/** Reports by the sentence of their cue (or of their content without one). */
function reportsBySentence(doc: Doc, reports: Report[]): Map<number, Report[]> {
  const result = new Map<number, Report[]>()
  for (const report of reports) {
    const anchor = report.cue?.[0] ?? report.content[0]?.[0]
    if (anchor === undefined) continue
    const index = sentenceAt(doc, anchor)
    if (index === -1) continue
    const list = result.get(index)
    if (list) list.push(report)
    else result.set(index, [report])
  }

  return result
}

/**
 * The speaker of a sentence, for a quotation after it: its latest report
 * of speech that names someone (not a relative pronoun: `…, who said …`
 * names no one for a sentence of its own).
 */
function speakerIn(doc: Doc, reports: Report[] | undefined): Report | undefined {
  if (!reports) return undefined
  for (let index = reports.length - 1; index >= 0; index--) {
    const report = reports[index]!
    if (report.cueClass !== 'speech' || !report.mention) continue
    if (/^(?:who|which|that)$/i.test(doc.view.slice(report.mention[0], report.mention[1]))) continue
    return report
  }

  return undefined
}

/**
 * Run the content range holding the opening mark that ends at `openEnd`
 * (in a sentence ending at `sentenceEnd`) on to `close`; the report, or
 * `undefined` when no report's content holds the mark.
 */
function extendOpened(reports: Report[] | undefined, openEnd: number, sentenceEnd: number, close: number): Report | undefined {
  if (!reports) return undefined
  for (let index = reports.length - 1; index >= 0; index--) {
    const report = reports[index]!
    for (const range of report.content) {
      if (range[0] > openEnd || range[1] < openEnd || range[1] > sentenceEnd) continue
      range[1] = close
      return report
    }
  }

  return undefined
}
