import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {findReports} from '../src/attribution/index.js'
import type {Report} from '../src/attribution/report.js'
import {parseDocument, type Doc} from '../src/parse/document.js'
import {findQuotes, type Options as QuoteOptions} from '../src/quotes/index.js'
import type {Position, Quote, Span} from '../src/schema.js'
import {root} from './helpers.js'

/** What the quotes and attribution stages give for one input. */
export interface Run {
  doc: Doc
  file: VFile
  quotes: Quote[]
  reports: Report[]
}

/**
 * Run parsing, quotes and reports (not the later stages) on an input.
 *
 * @param input
 *   Article text.
 * @param format
 *   Format (default: auto).
 * @param options
 *   Options for `findQuotes`.
 * @returns
 *   Document, file, quotes and reports.
 */
export function run(input: string, format: 'auto' | 'markdown' | 'text' = 'auto', options?: QuoteOptions): Run {
  const file = new VFile({value: input})
  const doc = parseDocument(input, format, null, file)
  const quotes = findQuotes(doc, options)
  const reports = findReports(doc, quotes)
  return {doc, file, quotes, reports}
}

/**
 * A readable projection of quotes and reports (texts rather than offsets),
 * as stored in `fixtures/quote-*\/expected.json`.
 *
 * @param result
 *   Output of {@link run}.
 * @returns
 *   JSON-ready summary.
 */
export function summarize(result: Run): unknown {
  const {doc, quotes, reports, file} = result
  const slice = (range: [number, number] | null) => (range ? doc.input.slice(range[0], range[1]) : null)
  const report = (item: Report): unknown => ({
    type: item.type,
    cueClass: item.cueClass,
    cue: slice(item.cue),
    mention: slice(item.mention),
    content: item.content.map((range) => slice(range)),
    quoteIds: item.quoteIds,
    confidence: item.confidence,
    nested: item.nested.map((inner) => report(inner))
  })
  return {
    quotes: quotes.map((quote) => ({
      id: quote.id,
      kind: quote.kind,
      text: quote.text,
      content: quote.content,
      marks: quote.marks,
      paragraphId: quote.paragraphId,
      sentenceIds: quote.sentenceIds,
      continues: quote.continues,
      mention: quote.attribution?.mention?.text ?? null,
      cue: quote.attribution?.cue?.text ?? null,
      confidence: quote.attribution?.confidence ?? null
    })),
    reports: reports.map((item) => report(item)),
    messages: file.messages.map((message) => ({ruleId: message.ruleId, line: message.line, column: message.column}))
  }
}

/**
 * Every span whose text is not the input at its position, and every range
 * that is not in order (empty list when all hold).
 *
 * @param result
 *   Output of {@link run}.
 * @returns
 *   Descriptions of broken spans.
 */
export function brokenQuoteSpans(result: Run): string[] {
  const {doc, quotes, reports} = result
  const broken: string[] = []
  const check = (label: string, span: Span | null | undefined) => {
    if (!span) return
    const text = doc.input.slice(span.position.start.offset, span.position.end.offset)
    if (text !== span.text) broken.push(label + ': ' + JSON.stringify(span.text) + ' ≠ ' + JSON.stringify(text))
    if (!pointOk(doc, span.position)) broken.push(label + ': bad line/column')
  }

  for (const quote of quotes) {
    check(quote.id, quote)
    check(quote.id + ' mention', quote.attribution?.mention)
    check(quote.id + ' cue', quote.attribution?.cue)
    const inner = quote.contentPosition
    if (inner.start.offset < quote.position.start.offset || inner.end.offset > quote.position.end.offset) {
      broken.push(quote.id + ': content outside the quote')
    }
  }

  const ranges = (report: Report): Array<[number, number]> => [
    ...report.content,
    ...(report.cue ? [report.cue] : []),
    ...(report.mention ? [report.mention] : []),
    ...report.nested.flatMap((inner) => ranges(inner))
  ]
  for (const report of reports) {
    for (const [start, end] of ranges(report)) {
      if (!(start >= 0 && end > start && end <= doc.input.length)) broken.push('report range ' + start + '-' + end)
    }
  }

  return broken
}

function pointOk(doc: Doc, position: Position): boolean {
  for (const point of [position.start, position.end]) {
    const expected = doc.location.point(point.offset)
    if (expected.line !== point.line || expected.column !== point.column) return false
  }

  return true
}

/**
 * The seed article, from `fixtures/seed/input.txt` or `../shared/seed`.
 *
 * @returns
 *   Its text, or `undefined` when absent.
 */
export function seedInput(): string | undefined {
  const local = path.join(root, 'fixtures', 'seed', 'input.txt')
  if (existsSync(local)) return readFileSync(local, 'utf8')
  const shared = path.join(root, '..', 'shared', 'seed', '000_33bc3bd6ffe74817.txt')
  return existsSync(shared) ? readFileSync(shared, 'utf8') : undefined
}
