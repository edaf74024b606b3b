import type {VFile} from 'vfile'
import {ruleIds} from '../messages.js'
import type {InputFormat, ParagraphKind} from '../schema.js'
import {markdownBlocks, textBlocks, type Block} from './blocks.js'
import {detectFormat} from './format.js'
import {findFrontMatter} from './front-matter.js'
import {interviewQuestions} from './interview.js'
import {createLocation, type Location} from './location.js'
import {maxSentence, splitSentences, type ForcedBreaks} from './sentences.js'
import {classify, stampedDate, type Structure} from './structure.js'

/** A paragraph of the parsed document. */
export interface DocParagraph {
  id: string
  kind: ParagraphKind
  start: number
  end: number
  /** Index of its first sentence in `Doc.sentences`. */
  firstSentence: number
  /** Number of sentences in it. */
  sentenceCount: number
}

/** A sentence of the parsed document. */
export interface DocSentence {
  id: string
  /** Index of its paragraph in `Doc.paragraphs`. */
  paragraph: number
  start: number
  end: number
}

/**
 * The parsed article every extractor reads: offsets into `input`, and a
 * same-length `view` with markup blanked, so regexes run on clean text while
 * every match offset is already an offset into the caller’s string.
 */
export interface Doc {
  input: string
  view: string
  format: InputFormat
  location: Location
  paragraphs: DocParagraph[]
  sentences: DocSentence[]
  structure: Structure
  /** Publication date (ISO 8601) from options or front matter. */
  published: string | null
  /** `[start, end)` of a front matter title, if any. */
  frontMatterTitle: [number, number] | undefined
  /** Paragraph indices of a question-and-answer interview’s questions (see `interview.ts`); empty for other articles. */
  interview: number[]
  file: VFile
}

/** Kinds of block that hold sentences of content. */
const sentenceKinds = new Set<ParagraphKind>(['title', 'paragraph', 'heading', 'blockquote', 'list-item', 'byline', 'credits', 'boilerplate'])

/**
 * Parse an article into blocks and sentences.
 *
 * @param input
 *   The caller’s string.
 * @param format
 *   `'auto'`, `'markdown'` or `'text'`.
 * @param published
 *   Publication date from options, if any (ISO 8601).
 * @param file
 *   File that receives messages.
 * @returns
 *   The parsed document.
 */
export function parseDocument(
  input: string,
  format: 'auto' | InputFormat,
  published: string | null,
  file: VFile
): Doc {
  const location = createLocation(input)
  const resolved = format === 'auto' ? detectFormat(input) : format
  let source = input
  let frontMatterTitle: [number, number] | undefined

  if (resolved === 'markdown') {
    const frontMatter = findFrontMatter(input)
    if (frontMatter) {
      const [start, end] = frontMatter.range
      // Blank it (same length) so remark neither parses it nor shifts offsets.
      source = input.slice(start, end).replace(/[^\r\n]/g, ' ') + input.slice(end)
      frontMatterTitle = frontMatter.fields.get('title')
      const date =
        frontMatter.fields.get('published') ??
        frontMatter.fields.get('date') ??
        frontMatter.fields.get('datepublished')
      if (date && published === null) {
        const value = input.slice(date[0], date[1])
        if (Number.isNaN(Date.parse(value))) {
          file.message('Unexpected publication date `' + value + '`, expected an ISO 8601 date', {
            place: location.position(date[0], date[1]),
            source: 'claimtrace',
            ruleId: ruleIds.invalidDate
          })
        } else {
          published = value
        }
      }
    }
  }

  const {blocks, view} = resolved === 'markdown' ? markdownBlocks(source) : textBlocks(source)
  reportInvalidCharacters(input, file, location)
  if (resolved === 'markdown' && format === 'markdown') reportLineParagraphs(input, blocks, file, location)
  const structure = classify(blocks, view, resolved === 'markdown' ? source : undefined)
  if (published === null) published = stampedDate(blocks, view) ?? null
  const paragraphs: DocParagraph[] = []
  const sentences: DocSentence[] = []
  const forced: ForcedBreaks = {count: 0, first: -1}

  for (const block of blocks) {
    const paragraphIndex = paragraphs.length
    const paragraph: DocParagraph = {
      id: 'p' + (paragraphIndex + 1),
      kind: block.kind,
      start: block.start,
      end: block.end,
      firstSentence: sentences.length,
      sentenceCount: 0
    }
    paragraphs.push(paragraph)
    if (!sentenceKinds.has(block.kind)) continue
    // Headlines, bylines and credits are one unit each, whatever their dots.
    const ranges =
      block.kind === 'paragraph' || block.kind === 'blockquote' || block.kind === 'list-item'
        ? splitSentences(view, block.start, block.end, forced)
        : [unit(view, block)]
    for (const [start, end] of ranges) {
      sentences.push({id: 's' + (sentences.length + 1), paragraph: paragraphIndex, start, end})
    }

    paragraph.sentenceCount = sentences.length - paragraph.firstSentence
  }

  if (forced.count > 0) {
    file.message(
      'Unexpected ' + maxSentence + ' characters without a sentence end, expected `.`, `!` or `?`; ended the sentence at the next space' +
        (forced.count > 1 ? ' (' + forced.count + ' times)' : ''),
      {place: location.point(forced.first), source: 'claimtrace', ruleId: ruleIds.longSentence}
    )
  }

  const doc: Doc = {
    input,
    view,
    format: resolved,
    location,
    paragraphs,
    sentences,
    structure,
    published,
    frontMatterTitle,
    interview: [],
    file
  }
  doc.interview = interviewQuestions(doc)
  return doc
}

function unit(view: string, block: Block): [number, number] {
  // Trim markup (a heading’s `#`) that the view blanks.
  let start = block.start
  let end = block.end
  while (start < end && view.charCodeAt(start) === 32) start++
  while (end > start && view.charCodeAt(end - 1) === 32) end--
  return [start, end]
}

/** Fewest lines that end a sentence inside one markdown paragraph for {@link reportLineParagraphs} to speak. */
const lineParagraphLines = 3

/**
 * Markdown given as such (not detected) whose paragraphs are lines, one per
 * line with no blank line between (“one paragraph per line” text): markdown
 * reads each run of lines as one paragraph, so the headline joins the first
 * paragraph and speakers are looked for across what were paragraphs. Say
 * so once, where the first such paragraph starts.
 */
function reportLineParagraphs(input: string, blocks: readonly Block[], file: VFile, location: Location): void {
  let count = 0
  let first = -1
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    // (Not hard-wrapped prose, whose lines are short and end anywhere: two
    // line ends in three must end a sentence, and a line must be longer
    // than a wrapped one.)
    let breaks = 0
    let ends = 0
    let longest = 0
    let lineStart = block.start
    for (let index = block.start; index < block.end; index++) {
      const code = input.charCodeAt(index)
      if (code !== 10 && code !== 13) continue
      breaks++
      if (sentenceEndBefore(input, lineStart, index)) ends++
      longest = Math.max(longest, index - lineStart)
      if (code === 13 && input.charCodeAt(index + 1) === 10) index++
      lineStart = index + 1
    }

    longest = Math.max(longest, block.end - lineStart)
    if (ends < lineParagraphLines || ends * 3 < breaks * 2 || longest <= 120) continue
    count++
    if (first < 0) first = block.start
  }

  if (count === 0) return
  file.message(
    'Unexpected paragraph' + (count === 1 ? '' : 's') + ' of lines that end sentences, expected a blank line between paragraphs; read ' +
      (count === 1 ? 'it' : 'each') + ' as one paragraph (for one paragraph per line, use `format: \'text\'` or `\'auto\'`)',
    {place: location.point(first), source: 'claimtrace', ruleId: ruleIds.lineParagraphs}
  )
}

/** Whether the last character before `end` (after trailing spaces), not before `start`, ends a sentence. */
function sentenceEndBefore(input: string, start: number, end: number): boolean {
  let at = end - 1
  while (at >= start && input.charCodeAt(at) === 32) at--
  if (at < start) return false
  const code = input.charCodeAt(at)
  return code === 46 || code === 33 || code === 63 || code === 0x20_1d || code === 34 || code === 0x20_19
}

const invalid = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
/** Any NUL or surrogate: most text has none, and this test is far cheaper than the lookarounds above. */
const suspect = /[\0\uD800-\uDFFF]/

function reportInvalidCharacters(input: string, file: VFile, location: Location): void {
  if (!suspect.test(input)) return
  invalid.lastIndex = 0
  const first = invalid.exec(input)
  if (!first) return
  let count = 1
  while (invalid.exec(input)) count++
  file.message(
    'Unexpected ' + count + ' invalid character' + (count === 1 ? '' : 's') +
      ' (NUL or lone surrogate), expected text; kept as is',
    {place: location.position(first.index, first.index + 1), source: 'claimtrace', ruleId: ruleIds.invalidCharacter}
  )
}

/**
 * Index of the sentence holding `offset`.
 *
 * @param doc
 *   Document.
 * @param offset
 *   Offset into the input.
 * @returns
 *   Index into `doc.sentences`, or `-1` when `offset` falls between or
 *   outside sentences.
 */
export function sentenceAt(doc: Doc, offset: number): number {
  return indexAt(doc.sentences, offset)
}

/**
 * Index of the item holding `offset` in a list of ranges in order and
 * without overlaps (binary search).
 *
 * @param items
 *   Ranges (`end` exclusive), in order.
 * @param offset
 *   Offset to find.
 * @returns
 *   Index of the item, or `-1` when none holds `offset`.
 */
export function indexAt(items: ReadonlyArray<{start: number; end: number}>, offset: number): number {
  let low = 0
  let high = items.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const item = items[middle]!
    if (offset < item.start) high = middle - 1
    else if (offset >= item.end) low = middle + 1
    else return middle
  }

  return -1
}
