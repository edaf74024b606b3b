import {VFile} from 'vfile'
import * as z from 'zod'
import {findReports} from './attribution/index.js'
import type {VFileMessage} from 'vfile-message'
import {findClaims} from './claims/index.js'
import {parseDocument, type Doc} from './parse/document.js'
import {findQuotes} from './quotes/index.js'
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
   * `date`/`published` field of markdown front matter, else none.
   */
  published?: Date | string | null | undefined
  /** Caller’s id for the article, copied to the result (default: `null`). */
  id?: string | null | undefined
  /** URL of the article, copied to the result (default: `null`). */
  url?: string | null | undefined
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
  const quotes = findQuotes(doc)
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
    byline: structure.byline ? location.span(structure.byline.start, structure.byline.end) : null,
    dateline: structure.dateline ? location.span(structure.dateline[0], structure.dateline[1]) : null,
    contributors: structure.contributors.map(([start, end]) => location.span(start, end)),
    // Spans copied field by field: an object spread (`...span`) is a slow
    // generic copy, and there is one per sentence.
    paragraphs: doc.paragraphs.map((paragraph): Paragraph => {
      const span = location.span(paragraph.start, paragraph.end)
      return {id: paragraph.id, kind: paragraph.kind, text: span.text, position: span.position}
    }),
    sentences: doc.sentences.map((sentence): Sentence => {
      const span = location.span(sentence.start, sentence.end)
      return {id: sentence.id, paragraphId: doc.paragraphs[sentence.paragraph]!.id, text: span.text, position: span.position}
    }),
    sources,
    quotes,
    claims,
    diagnostics: file.messages.slice(messageCount).map((message) => toDiagnostic(message, doc))
  }

  return validate(result)
}

/**
 * Validate the result against {@link Annotation}, with zod’s ahead-of-time
 * compiled parsers: a fifth of the plain parser’s cost (an article has
 * thousands of points, each three checked numbers, and the plain parser
 * dispatches and allocates per node).
 *
 * One compiled parser per part of the schema — the scalar fields, and the
 * element schema of each list — rather than one for the whole: compiled
 * whole, the lists became loops in one very large function, which V8
 * compiled mid-loop and then, on some runs, threw away and recompiled on
 * almost every article (it had specialised the code after the loop to the
 * array shapes seen at the time). Small functions, one per element, are
 * compiled the ordinary way. The parts make up the whole schema (an object
 * schema is its keys’ schemas), and the result is built in its key order,
 * so the value is what `Annotation.parse` returns.
 *
 * A result that fails any part goes to `Annotation.parse` itself, so the
 * error thrown is the plain parser’s. Where `new Function` is not allowed
 * (a strict CSP), `z.compile` hands back the plain schemas.
 */
function validate(result: Annotation): Annotation {
  const parsers = (compiledParts ??= compileParts())
  try {
    const head = parsers.head.parse(result)
    return {
      schemaVersion: head.schemaVersion,
      id: head.id,
      url: head.url,
      published: head.published,
      format: head.format,
      length: head.length,
      title: head.title,
      byline: head.byline,
      dateline: head.dateline,
      contributors: parseList(parsers.contributor, result.contributors),
      paragraphs: parseList(parsers.paragraph, result.paragraphs),
      sentences: parseList(parsers.sentence, result.sentences),
      sources: parseList(parsers.source, result.sources),
      quotes: parseList(parsers.quote, result.quotes),
      claims: parseList(parsers.claim, result.claims),
      diagnostics: parseList(parsers.diagnostic, result.diagnostics)
    }
  } catch {
    return Annotation.parse(result)
  }
}

/** Each item parsed; throws when `list` is not an array or an item is invalid. */
function parseList<T>(parser: {parse(value: unknown): T}, list: unknown): T[] {
  if (!Array.isArray(list)) throw new TypeError('Expected an array')
  const parsed: T[] = []
  for (let index = 0; index < list.length; index++) parsed.push(parser.parse(list[index]))
  return parsed
}

const shape = Annotation.shape

/** The keys of {@link Annotation} in order, as `validate` builds them. */
const partKeys = [
  'schemaVersion', 'id', 'url', 'published', 'format', 'length', 'title', 'byline', 'dateline',
  'contributors', 'paragraphs', 'sentences', 'sources', 'quotes', 'claims', 'diagnostics'
]

function compileParts() {
  // A key added to the schema must be added to `validate` too.
  if (Object.keys(shape).join() !== partKeys.join()) throw new Error('Expected `validate` to cover the keys of `Annotation`')
  return {
    // Every key but the lists, in the schema’s order.
    head: z.compile(
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
      })
    ),
    contributor: z.compile(shape.contributors.element),
    paragraph: z.compile(shape.paragraphs.element),
    sentence: z.compile(shape.sentences.element),
    source: z.compile(shape.sources.element),
    quote: z.compile(shape.quotes.element),
    claim: z.compile(shape.claims.element),
    diagnostic: z.compile(shape.diagnostics.element)
  }
}

let compiledParts: ReturnType<typeof compileParts> | undefined

/** The title without markup around it (a heading’s `#`). */
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
}

function checkOptions(options: unknown): Settings {
  if (options === null || options === undefined) {
    return {format: 'auto', published: null, id: null, url: null}
  }

  if (typeof options !== 'object') {
    throw new TypeError('Expected `options` to be an object, got ' + describe(options))
  }

  const {format, published, id, url} = options as Record<string, unknown>
  if (format !== undefined && format !== null && !formats.has(format as string)) {
    throw new TypeError(
      "Expected `options.format` to be 'auto', 'markdown' or 'text', got " + describe(format)
    )
  }

  return {
    format: (format ?? 'auto') as Settings['format'],
    published: checkDate(published),
    id: checkString(id, 'id'),
    url: checkString(url, 'url')
  }
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
