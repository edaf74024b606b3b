/**
 * Properties every annotation must have, whatever the input, and the
 * fast-check arbitraries that generate hostile inputs. Shared by the
 * `tests/fuzz.test.ts` (a few thousand cases in `npm test`) and `bench/fuzz.ts`
 * (`npm run fuzz`, a long run).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import {annotate} from '../src/annotate.js'
import {Annotation} from '../src/schema.js'

/** Root of the repository. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Formats each input is annotated in. */
export type Format = 'auto' | 'markdown' | 'text'

/**
 * The article mutations start from: `fixtures/seed/input.txt`, else the
 * shared seed, else a small built-in article (so the fuzz still runs on a
 * clone without `../shared`).
 *
 * @returns
 *   The article and where it came from.
 */
export function loadSeed(): {text: string; from: string} {
  const candidates = [
    join(root, 'fixtures', 'seed', 'input.txt'),
    join(root, '..', 'shared', 'seed', '000_33bc3bd6ffe74817.txt')
  ]
  for (const file of candidates) {
    if (existsSync(file)) return {text: readFileSync(file, 'utf8'), from: file}
  }

  return {text: fallbackArticle, from: 'built-in article'}
}

const fallbackArticle = [
  'Council approves budget after “long and difficult” talks',
  'The city council on Tuesday approved a $4.2 million budget, according to a memo seen by reporters.',
  '“We did what we had to do,” said Mayor Ana Ortiz. “Nobody is happy, and that is how you know it is fair.”',
  'Council member Tom Reed (D-Ward 3) disagreed. He said the plan would cut 120 jobs by next year.',
  'Officials told the Gazette that the vote was “a formality.”',
  '—',
  '• Jo Park contributed.'
].join('\n')

/**
 * Check every invariant of one annotation of `input`; throws an `Error`
 * naming the first broken one.
 *
 * @param input
 *   The string that was annotated.
 * @param result
 *   What `annotate` returned for it.
 */
export function checkAnnotation(input: string, result: Annotation): void {
  // Validates, also after a JSON round trip (what a consumer stores), and is
  // exactly the parsed value: no extra keys, the schema's key order.
  const json = JSON.stringify(result)
  if (JSON.stringify(Annotation.parse(result)) !== json) fail('the result differs from `Annotation.parse` of it')
  Annotation.parse(JSON.parse(json))
  if (result.length !== input.length) fail('`length` is ' + result.length + ', expected ' + input.length)

  const lineStarts = lineStartsOf(input)
  walk(result, '$')

  const paragraphs = ids(result.paragraphs, 'paragraphs')
  const sentences = ids(result.sentences, 'sentences')
  const sources = ids(result.sources, 'sources')
  const quotes = ids(result.quotes, 'quotes')
  ids(result.claims, 'claims')

  const refer = (set: Set<string>, id: string | null, where: string): void => {
    if (id !== null && !set.has(id)) fail(where + ' refers to missing `' + id + '`')
  }

  result.sentences.forEach((sentence, index) => {
    refer(paragraphs, sentence.paragraphId, '$.sentences[' + index + '].paragraphId')
  })
  result.sources.forEach((source, index) => {
    if (source.name.trim() === '') fail('$.sources[' + index + '].name is empty (mentions: ' + show(source.mentions.map((mention) => mention.text).join(' | ')) + ')')
    source.relations.forEach((relation, at) => {
      refer(sources, relation.sourceId, '$.sources[' + index + '].relations[' + at + '].sourceId')
    })
  })
  result.quotes.forEach((quote, index) => {
    const where = '$.quotes[' + index + ']'
    refer(paragraphs, quote.paragraphId, where + '.paragraphId')
    for (const id of quote.sentenceIds) refer(sentences, id, where + '.sentenceIds')
    refer(quotes, quote.continues, where + '.continues')
    if (quote.continues === quote.id) fail(where + ' continues itself')
    if (quote.attribution) refer(sources, quote.attribution.sourceId, where + '.attribution.sourceId')
    // The span covers the marks, as written, and the content lies between them.
    if (!quote.text.startsWith(quote.marks.open)) {
      fail(where + ' text ' + show(quote.text) + ' does not start with its open mark ' + show(quote.marks.open))
    }

    if (quote.marks.close !== null && !quote.text.endsWith(quote.marks.close)) {
      fail(where + ' text ' + show(quote.text) + ' does not end with its close mark ' + show(quote.marks.close))
    }

    const inner = quote.contentPosition
    if (inner.start.offset < quote.position.start.offset || inner.end.offset > quote.position.end.offset) {
      fail(where + '.contentPosition is outside the quote')
    }
  })
  result.claims.forEach((claim, index) => {
    const where = '$.claims[' + index + ']'
    refer(paragraphs, claim.paragraphId, where + '.paragraphId')
    for (const id of claim.sentenceIds) refer(sentences, id, where + '.sentenceIds')
    for (const id of claim.quoteIds) refer(quotes, id, where + '.quoteIds')
    refer(sources, claim.attribution.sourceId, where + '.attribution.sourceId')
    claim.nested.forEach((nested, at) => {
      refer(sources, nested.sourceId, where + '.nested[' + at + '].sourceId')
    })
  })

  /** Every span, position and point anywhere in the result. */
  function walk(value: unknown, path: string): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, path + '[' + index + ']'))
      return
    }

    if (typeof value !== 'object' || value === null) return
    const record = value as Record<string, unknown>
    const {start, end, text, position} = record
    if (isPoint(value)) checkPoint(value, path)
    if (isPoint(start) && isPoint(end) && start.offset > end.offset) {
      fail(path + ' starts (' + start.offset + ') after it ends (' + end.offset + ')')
    }

    if (typeof text === 'string' && typeof position === 'object' && position !== null) {
      const {start: from, end: to} = position as Record<string, unknown>
      if (!isPoint(from) || !isPoint(to)) fail(path + '.position has no start/end points')
      const expected = input.slice(from.offset, to.offset)
      if (text !== expected) fail(path + '.text is ' + show(text) + ', but the input there is ' + show(expected))
    }

    for (const [key, child] of Object.entries(record)) walk(child, path + '.' + key)
  }

  function checkPoint(point: {line: number; column: number; offset: number}, path: string): void {
    if (point.offset > input.length) fail(path + ' offset ' + point.offset + ' is past the input (' + input.length + ')')
    const line = lineOf(lineStarts, point.offset)
    const column = point.offset - lineStarts[line]! + 1
    if (point.line !== line + 1 || point.column !== column) {
      fail(
        path + ' is ' + point.line + ':' + point.column + ' for offset ' + point.offset +
          ', expected ' + (line + 1) + ':' + column
      )
    }
  }
}

/**
 * Annotate `input` in each format and check the result.
 *
 * @param input
 *   Any string.
 * @param formats
 *   Formats to annotate it in.
 */
export function annotateAndCheck(input: string, formats: readonly Format[]): void {
  // A third of the cases read `''` as a quotation mark, a third let the
  // input decide (no extra runs: the choice follows the input); single
  // marks are quotation marks in half the cases, and decided by the input
  // (the default) in the others.
  const doubleApostrophes = ([false, true, 'auto'] as const)[input.length % 3]!
  const singleQuotes = ([true, 'auto'] as const)[(input.length >> 2) % 2]!
  for (const format of formats) {
    const label =
      'format `' + format + '`' + (doubleApostrophes ? ' with doubleApostrophes ' + String(doubleApostrophes) : '') + ', singleQuotes ' + String(singleQuotes)
    let result: Annotation
    try {
      result = annotate(input, {format, doubleApostrophes, singleQuotes})
    } catch (error) {
      throw new Error('annotate threw in ' + label + ': ' + String((error as Error).stack ?? error), {cause: error})
    }

    try {
      checkAnnotation(input, result)
    } catch (error) {
      throw new Error(label + ': ' + (error as Error).message, {cause: error})
    }
  }
}

function ids(items: ReadonlyArray<{id: string}>, name: string): Set<string> {
  const seen = new Set<string>()
  for (const item of items) {
    if (seen.has(item.id)) fail('duplicate id `' + item.id + '` in ' + name)
    seen.add(item.id)
  }

  return seen
}

function isPoint(value: unknown): value is {line: number; column: number; offset: number} {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record.line === 'number' && typeof record.column === 'number' && typeof record.offset === 'number'
}

/** Line starts, written independently of `src/parse/location.ts`: `\n`, `\r\n`, lone `\r`. */
function lineStartsOf(input: string): number[] {
  const starts = [0]
  const pattern = /\r\n|\r|\n/g
  for (const match of input.matchAll(pattern)) starts.push(match.index + match[0].length)
  return starts
}

function lineOf(starts: number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }

  return low
}

function fail(message: string): never {
  throw new Error(message)
}

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? value.slice(0, 77) + '…' : value)
}

// ---------------------------------------------------------------------------
// Arbitraries.

/** Characters and words that exercise the extractors (quotes, cues, markdown). */
const newsTokens = [
  '“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」',
  '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '\t', ' ', ' ', ' ', '\u00a0',
  '.', '. ', '...', '…', ',', ':', ';', '?', '!', '—', '–', '-', '(', ')', '[', ']',
  '#', '# ', '> ', '- ', '* ', '1. ', '*', '**', '_', '`', '```\n', '](http://x.y)', '<tweet>', '</tweet>',
  '<!--', '-->', '---\n', '\\', '&amp;', '&#', '|',
  '\u0000', '\uD800', '\uDC00', '\uD83D\uDE00', '\u200B', '\u200F', '\u202E', '\uFEFF', '\u0301',
  'said', ' said ', 'says', 'told', 'according to', 'Sen.', 'Gov.', 'U.S.', 'Dec. 2', '(D-Vt.)', 'J.',
  'he', 'she', 'they', 'it', 'He', 'She', 'They', 'The', 'the', 'a', 'memo', 'the memo', 'document',
  'Patrick', 'Leahy', 'Hegseth', 'Ana', 'Ortiz', 'Washington Post', 'officials', 'spokesman',
  'people familiar with the matter', 'a source', 'believes', 'wants', 'report shows',
  '2,000', '42%', '$4.2 million', 'nearly', 'more than', 'tens of thousands of', '1997', 'this year',
  'not', 'never', 'could', 'reportedly', 'By ', '• ', 'contributed.', 'WASHINGTON — '
]

/** UTF-16 code units, lone surrogates included. */
const codeUnit = fc.nat(0xff_ff).map((code) => String.fromCharCode(code))

/**
 * Arbitrary strings: printable graphemes, any code point, any UTF-16 code
 * unit (lone surrogates), and sequences of news tokens.
 */
export const arbitraryString: fc.Arbitrary<string> = fc.oneof(
  fc.string({unit: 'grapheme', maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: codeUnit, maxLength: 200}),
  fc.string({unit: fc.constantFrom(...newsTokens), maxLength: 120}),
  fc.string({unit: fc.oneof(fc.constantFrom(...newsTokens), fc.string({unit: 'grapheme-ascii', maxLength: 1})), maxLength: 300})
)

/** One edit to an article. */
type Mutation =
  | {type: 'insert'; at: number; value: string}
  | {type: 'delete'; at: number; length: number}
  | {type: 'duplicate'; at: number; length: number; to: number}
  | {type: 'truncate'; at: number}
  | {type: 'crlf'}
  | {type: 'cr'}
  | {type: 'bom'}
  | {type: 'blank-lines'}
  | {type: 'shuffle'; seed: number}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {weight: 6, arbitrary: fc.record({type: fc.constant('insert' as const), at: fc.nat(), value: fc.constantFrom(...newsTokens)})},
  {weight: 1, arbitrary: fc.record({type: fc.constant('insert' as const), at: fc.nat(), value: fc.string({unit: codeUnit, maxLength: 4})})},
  {weight: 3, arbitrary: fc.record({type: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({min: 1, max: 60})})},
  {
    weight: 1,
    arbitrary: fc.record({type: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({min: 1, max: 400}), to: fc.nat()})
  },
  {weight: 1, arbitrary: fc.record({type: fc.constant('truncate' as const), at: fc.nat()})},
  {weight: 1, arbitrary: fc.constant({type: 'crlf' as const})},
  {weight: 1, arbitrary: fc.constant({type: 'cr' as const})},
  {weight: 1, arbitrary: fc.constant({type: 'bom' as const})},
  {weight: 1, arbitrary: fc.constant({type: 'blank-lines' as const})},
  {weight: 1, arbitrary: fc.record({type: fc.constant('shuffle' as const), seed: fc.nat()})}
)

/**
 * Apply mutations to an article, in order.
 *
 * @param text
 *   The article.
 * @param mutations
 *   Edits; positions are taken modulo the current length.
 * @returns
 *   The mutated article.
 */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  for (const edit of mutations) {
    const size = text.length + 1
    switch (edit.type) {
      case 'insert': {
        const at = edit.at % size
        text = text.slice(0, at) + edit.value + text.slice(at)
        break
      }

      case 'delete': {
        const at = edit.at % size
        text = text.slice(0, at) + text.slice(at + edit.length)
        break
      }

      case 'duplicate': {
        const at = edit.at % size
        const piece = text.slice(at, at + edit.length)
        const to = edit.to % size
        text = text.slice(0, to) + piece + text.slice(to)
        break
      }

      case 'truncate': {
        text = text.slice(0, edit.at % size)
        break
      }

      case 'crlf': {
        text = text.replace(/\r?\n/g, '\r\n')
        break
      }

      case 'cr': {
        text = text.replace(/\r?\n/g, '\r')
        break
      }

      case 'bom': {
        text = '\uFEFF' + text
        break
      }

      case 'blank-lines': {
        text = text.replace(/\r?\n/g, '\n\n')
        break
      }

      case 'shuffle': {
        const lines = text.split('\n')
        let state = edit.seed | 0
        for (let index = lines.length - 1; index > 0; index--) {
          state = (Math.imul(state, 1_103_515_245) + 12_345) | 0
          const other = (state >>> 0) % (index + 1)
          const swap = lines[index]!
          lines[index] = lines[other]!
          lines[other] = swap
        }

        text = lines.join('\n')
        break
      }

      default:
    }
  }

  return text
}

/**
 * Mutated copies of an article.
 *
 * @param seed
 *   The article to mutate.
 * @returns
 *   Arbitrary of mutated articles (0 to 8 edits).
 */
export function arbitraryArticle(seed: string): fc.Arbitrary<string> {
  return fc.array(mutation, {minLength: 0, maxLength: 8}).map((mutations) => mutate(seed, mutations))
}

/**
 * Mutated excerpts of an article: one to six consecutive lines (most edits
 * only matter locally, and an excerpt annotates several times faster).
 *
 * @param seed
 *   The article to cut excerpts from.
 * @returns
 *   Arbitrary of mutated excerpts (0 to 6 edits).
 */
export function arbitraryExcerpt(seed: string): fc.Arbitrary<string> {
  const lines = seed.split('\n')
  return fc
    .tuple(fc.nat(lines.length - 1), fc.integer({min: 1, max: 6}), fc.array(mutation, {minLength: 0, maxLength: 6}))
    .map(([start, count, mutations]) => mutate(lines.slice(start, start + count).join('\n'), mutations))
}

/** The fuzz properties with their share of the runs. */
export interface FuzzProperty {
  name: string
  /** Share of the total runs (the shares sum to 1). */
  share: number
  property: fc.IPropertyWithHooks<[string]>
}

/**
 * The properties: arbitrary strings in all three formats; mutated excerpts
 * and whole articles in both explicit formats.
 *
 * @param seed
 *   The article to mutate.
 * @returns
 *   The properties.
 */
export function fuzzProperties(seed: string): FuzzProperty[] {
  return [
    {
      name: 'arbitrary strings (auto, markdown, text)',
      share: 0.7,
      property: fc.property(arbitraryString, (input) => {
        annotateAndCheck(input, ['auto', 'markdown', 'text'])
      })
    },
    {
      name: 'mutated article excerpts (markdown, text)',
      share: 0.25,
      property: fc.property(arbitraryExcerpt(seed), (input) => {
        annotateAndCheck(input, ['markdown', 'text'])
      })
    },
    {
      name: 'mutated whole articles (markdown, text)',
      share: 0.05,
      property: fc.property(arbitraryArticle(seed), (input) => {
        annotateAndCheck(input, ['markdown', 'text'])
      })
    }
  ]
}
