import type {Doc} from '../parse/document.js'
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
 * sentence (`…, said X. “…”`) is added to its content. Only the outermost
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
  return reports
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
