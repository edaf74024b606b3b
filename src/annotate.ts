import {VFile} from 'vfile'
import {compileFn} from 'zod/v4/core'
import {findReports} from './attribution/index.js'
import type {VFileMessage} from 'vfile-message'
import {findClaims} from './claims/index.js'
import {parseDocument, type Doc} from './parse/document.js'
import {findQuotes} from './quotes/index.js'
import {writesQuotesAsApostrophes, writesSingleQuotes} from './quotes/marks.js'
import {Annotation, schemaVersion, type Diagnostic, type Paragraph, type Sentence, type Span} from './schema.js'
import {resolveSources} from './sources/index.js'

/**
 * Configuration for {@link annotate}.
 */
export interface Options {
  /**
   * How to read the input (default: `'auto'`): `'markdown'` (blank lines
   * between paragraphs; headings, emphasis, links, block quotes, HTML),
   * `'text'` (one paragraph per line), or `'auto'` (markdown when the input
   * has a blank line or starts with a heading, front matter or block quote).
   */
  format?: 'auto' | 'markdown' | 'text' | null | undefined
  /**
   * Publication date, to resolve relative dates (“this year”); default: the
   * `date`/`published` field of markdown front matter, else the date of a
   * time stamp line at the page’s top (“Published: Dec. 2, 2025”, “Updated
   * 3:45 PM EST, Thu March 6, 2025”; a published date before an updated
   * one), else none.
   */
  published?: Date | string | null | undefined
  /** Caller’s id for the article, copied to the result (default: `null`). */
  id?: string | null | undefined
  /** URL of the article, copied to the result (default: `null`). */
  url?: string | null | undefined
  /**
   * Read `''` as a double quotation mark (default: `false`). Some newswire
   * archives (LDC’s New York Times text, the NYT articles of PolNeAR) write
   * every quotation mark that way: `''Yes,'' she said.` Off, `''` is two
   * apostrophes — `a 12'' pipe`, wiki markup — and never opens a quote.
   * `'auto'` decides per input: on when it has at least two `''` and no
   * `“`, `”` or `"` (for a corpus that mixes such archives with other text).
   */
  doubleApostrophes?: boolean | 'auto' | null | undefined
  /**
   * Read single marks (`'`, ‘ ’) as the quotation marks (default: `'auto'`):
   * British style, `'We will,' she said.`, with doubles nested inside. A
   * mark inside a word (`don't`) or one that closes nothing (`the doctors'
   * strike`) is an apostrophe; inside a quotation that starts with a
   * capital, so is one after an `s` before a lowercase word (`'The doctors'
   * union is wrong,' he said`). `'auto'` decides per input: on when at least
   * two single marks close a quotation (`,'` `.'` before a space) and double
   * marks are no more than those. Off, single marks quote only in headlines
   * or as curly marks that clearly open and close.
   */
  singleQuotes?: boolean | 'auto' | null | undefined
}

const formats = new Set(['auto', 'markdown', 'text'])

/**
 * Annotate a news article: its structure, quotations, sources and claims,
 * every one tied to exact offsets of the input.
 *
 * Synchronous and pure apart from messages added to a given `VFile`.
 * Content problems (an unclosed quotation mark, a bad date in front matter)
 * never throw: they are vfile messages, also returned in `diagnostics`.
 *
 * @param input
 *   The article: markdown or plain text, as a string or `VFile` (its
 *   `value`; messages are added to it).
 * @param options
 *   Configuration (optional).
 * @returns
 *   The annotation, validated against the {@link Annotation} schema; empty
 *   input gives an empty annotation.
 * @throws {TypeError}
 *   When `input` is not a string or `VFile`, or an option is invalid.
 */
export function annotate(input: string | VFile, options?: Readonly<Options> | null | undefined): Annotation {
  const file = toFile(input)
  const settings = checkOptions(options)
  const value = String(file.value ?? '')
  const messageCount = file.messages.length
  const doc = parseDocument(value, settings.format, settings.published, file)
  // Stages, in order: each reads the document and what the ones before found.
  const quotes = findQuotes(doc, {
    doubleApostrophes: settings.doubleApostrophes === 'auto' ? writesQuotesAsApostrophes(value) : settings.doubleApostrophes,
    singleQuotes: settings.singleQuotes === 'auto' ? writesSingleQuotes(value) : settings.singleQuotes
  })
  const reports = findReports(doc, quotes)
  const sources = resolveSources(doc, quotes, reports)
  const claims = findClaims(doc, quotes, reports, sources)
  const {location, structure} = doc

  const result: Annotation = {
    schemaVersion,
    id: settings.id,
    url: settings.url,
    published: doc.published,
    format: doc.format,
    length: value.length,
    title: structure.title
      ? sentenceSpan(doc, structure.title.start, structure.title.end)
      : doc.frontMatterTitle
        ? location.span(doc.frontMatterTitle[0], doc.frontMatterTitle[1])
        : null,
    byline: structure.byline ? sentenceSpan(doc, structure.byline.start, structure.byline.end) : null,
    dateline: structure.dateline ? location.span(structure.dateline[0], structure.dateline[1]) : null,
    contributors: structure.contributors.map(([start, end]) => location.span(start, end)),
    // Spans copied field by field: an object spread (`...span`) is a slow
    // generic copy, and there is one per sentence.
    paragraphs: doc.paragraphs.map((paragraph): Paragraph => {
      const span = location.span(paragraph.start, paragraph.end)
      return {text: span.text, position: span.position, id: paragraph.id, kind: paragraph.kind}
    }),
    sentences: doc.sentences.map((sentence): Sentence => {
      const span = location.span(sentence.start, sentence.end)
      return {text: span.text, position: span.position, id: sentence.id, paragraphId: doc.paragraphs[sentence.paragraph]!.id}
    }),
    sources,
    quotes,
    claims,
    diagnostics: file.messages.slice(messageCount).map((message) => toDiagnostic(message, doc))
  }

  return validate(result)
}

/**
 * Validate the result against {@link Annotation} and return it.
 *
 * Checked with zod’s ahead-of-time compiled validators (`assertOnly`): they
 * check every value like `Annotation.parse` but build no copy. Parsing would
 * return a deep copy of an annotation some 13 times the size of its input,
 * made while the original is still alive: on large inputs every young
 * collection then copies that survivor, which made validation grow faster
 * than the input (45× the time for 10× the input, measured on the
 * adversarial bench). The schema has no defaults or transforms and the
 * stages build objects with exactly its keys in its order (pinned by a test
 * comparing with `Annotation.parse`), so the checked value is the value
 * `parse` would return.
 *
 * One validator per part of the schema — the scalar fields, and the element
 * schema of each list — rather than one for the whole: compiled whole, the
 * lists became loops in one very large function, which V8 compiled mid-loop
 * and then, on some runs, threw away and recompiled on almost every article.
 *
 * Anything a validator cannot vouch for goes to `Annotation.parse` itself,
 * so an invalid result throws the plain parser’s error. Where `new Function`
 * is not allowed (a strict CSP) every result takes that path.
 */
function validate(result: Annotation): Annotation {
  if (compiledChecks === undefined) compiledChecks = compileChecks()
  const checks = compiledChecks
  if (
    checks &&
    checks.head(result) === true &&
    every(checks.contributor, result.contributors) &&
    every(checks.paragraph, result.paragraphs) &&
    every(checks.sentence, result.sentences) &&
    every(checks.source, result.sources) &&
    every(checks.quote, result.quotes) &&
    every(checks.claim, result.claims) &&
    every(checks.diagnostic, result.diagnostics)
  ) {
    return result
  }

  return Annotation.parse(result)
}

/** Whether every item of `list` passes `check` (`true`, not a parsed value or `INVALID`). */
function every(check: Check, list: unknown): boolean {
  if (!Array.isArray(list)) return false
  for (let index = 0; index < list.length; index++) if (check(list[index]) !== true) return false
  return true
}

type Check = (value: unknown) => unknown

const shape = Annotation.shape

/** The keys of {@link Annotation} in order, as `validate` checks them. */
const partKeys = [
  'schemaVersion', 'id', 'url', 'published', 'format', 'length', 'title', 'byline', 'dateline',
  'contributors', 'paragraphs', 'sentences', 'sources', 'quotes', 'claims', 'diagnostics'
]

function compileChecks() {
  // A key added to the schema must be added to `validate` too.
  if (Object.keys(shape).join() !== partKeys.join()) throw new Error('Expected `validate` to cover the keys of `Annotation`')
  const options = {assertOnly: true}
  try {
    return {
      // Every key but the lists, in the schema’s order.
      head: compileFn(
        Annotation.pick({
          schemaVersion: true,
          id: true,
          url: true,
          published: true,
          format: true,
          length: true,
          title: true,
          byline: true,
          dateline: true
        }),
        options
      ) as Check,
      contributor: compileFn(shape.contributors.element, options) as Check,
      paragraph: compileFn(shape.paragraphs.element, options) as Check,
      sentence: compileFn(shape.sentences.element, options) as Check,
      source: compileFn(shape.sources.element, options) as Check,
      quote: compileFn(shape.quotes.element, options) as Check,
      claim: compileFn(shape.claims.element, options) as Check,
      diagnostic: compileFn(shape.diagnostics.element, options) as Check
    }
  } catch {
    // No `new Function` here (strict CSP), or a schema part zod cannot compile.
    return null
  }
}

let compiledChecks: ReturnType<typeof compileChecks> | undefined

/** The span of a title or byline without the markup around it (a heading’s `#`, emphasis). */
function sentenceSpan(doc: Doc, start: number, end: number): Span {
  const sentence = doc.sentences.find((item) => item.start >= start && item.end <= end)
  return sentence ? doc.location.span(sentence.start, sentence.end) : doc.location.span(start, end)
}

function toFile(input: unknown): VFile {
  if (typeof input === 'string') return new VFile({value: input})
  if (input instanceof VFile || looksLikeVFile(input)) return input as VFile
  throw new TypeError('Expected `input` to be a string or VFile, got ' + describe(input))
}

function looksLikeVFile(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'messages' in value &&
    Array.isArray(value.messages) &&
    'message' in value &&
    typeof value.message === 'function'
  )
}

interface Settings {
  format: 'auto' | 'markdown' | 'text'
  published: string | null
  id: string | null
  url: string | null
  doubleApostrophes: boolean | 'auto'
  singleQuotes: boolean | 'auto'
}

function checkOptions(options: unknown): Settings {
  if (options === null || options === undefined) {
    return {format: 'auto', published: null, id: null, url: null, doubleApostrophes: false, singleQuotes: 'auto'}
  }

  if (typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got ' + describe(options))
  }

  const {format, published, id, url, doubleApostrophes, singleQuotes} = options as Record<string, unknown>
  if (format !== undefined && format !== null && !formats.has(format as string)) {
    throw new TypeError(
      "Expected `options.format` to be 'auto', 'markdown' or 'text', got " + describe(format)
    )
  }

  return {
    format: (format ?? 'auto') as Settings['format'],
    published: checkDate(published),
    id: checkString(id, 'id'),
    url: checkString(url, 'url'),
    doubleApostrophes: checkMode(doubleApostrophes, 'doubleApostrophes', false),
    singleQuotes: checkMode(singleQuotes, 'singleQuotes', 'auto')
  }
}

function checkMode(value: unknown, name: string, fallback: boolean | 'auto'): boolean | 'auto' {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean' && value !== 'auto') {
    throw new TypeError('Expected `options.' + name + "` to be a boolean or 'auto', got " + describe(value))
  }

  return value
}

function checkString(value: unknown, name: string): string | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') {
    throw new TypeError('Expected `options.' + name + '` to be a string, got ' + describe(value))
  }

  return value
}

function checkDate(value: unknown): string | null {
  if (value === undefined || value === null) return null
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) {
    throw new TypeError(
      'Expected `options.published` to be a Date or ISO 8601 date string, got ' + describe(value)
    )
  }

  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  return date.toISOString()
}

/**
 * Describe a value for an error message.
 *
 * @param value
 *   Anything.
 * @returns
 *   Short description (`number 1`, `null`, `object`).
 */
export function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (typeof value === 'string') return '`' + JSON.stringify(value).slice(0, 40) + '`'
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value + ' `' + String(value) + '`'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

function toDiagnostic(message: VFileMessage, doc: Doc): Diagnostic {
  const place = message.place
  let position: Diagnostic['place'] = null
  if (place && 'start' in place) {
    const start = place.start.offset
    const end = place.end.offset
    if (start !== undefined && end !== undefined) position = doc.location.position(start, end)
  } else if (place && place.offset !== undefined) {
    position = doc.location.position(place.offset, place.offset)
  }

  return {
    source: 'claimtrace',
    ruleId: message.ruleId ?? 'unknown',
    reason: message.reason,
    severity: message.fatal === false ? 'warning' : 'info',
    place: position
  }
}
