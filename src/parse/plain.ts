/**
 * A fast path for markdown that is only paragraphs.
 *
 * Most articles fed to `annotate` are plain prose with blank lines between
 * paragraphs: markdown in name only. For those, remark-parse builds a tree
 * of paragraphs holding one text node each, and costs more than every
 * extractor after it. When the input’s only markdown is what this module
 * reads itself (escapes, references, simple links, tags, code spans and
 * emphasis; headings, lists of one-line items, HTML blocks), the blocks and
 * view are built directly; anything else goes to remark-parse as before. A
 * differential test (`tests/parse-plain.test.ts`) holds both paths to the
 * same output.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import {classifyCharacter} from 'micromark-util-classify-character'
import {htmlBlockNames, htmlRawNames} from 'micromark-util-html-tag-name'
import type {Block, Blocks} from './blocks.js'
import {proseElement} from './html.js'

/**
 * Characters that can change how markdown reads wherever they stand:
 * emphasis, code, escapes, tabs (indentation arithmetic), NUL (replaced by
 * micromark), form feed and vertical tab (white space to markdown, not to
 * us), HTML and autolinks (`<` before a letter, `/`, `!` or `?`), character
 * references, inline links and link definitions (`](`, `]:`); brackets alone
 * stay literal text without a definition. Escapes, references, simple inline
 * tags, links, code spans and emphasis are read here all the same (see
 * `harmless`).
 */
const inlineSyntax = /[*_`\\\t\v\f\0]|<[A-Za-z/!?]|&[#A-Za-z\d]+;|\]\(|\]:/

/**
 * A line that may start a block other than a paragraph (heading, block
 * quote, list item, thematic break, setext underline, fenced or indented
 * code, HTML), after at most three spaces; conservative: `-` or `1.` at the
 * start of a line sends the whole input to remark-parse.
 */
const blockSyntax = /(?:^|[\n\r])(?: {0,3}(?:[#>+\-=~]|\d{1,9}[.)])| {4,}[^ \n\r])/

const inlineSyntaxAll = new RegExp(inlineSyntax.source, 'g')
const blockSyntaxAll = new RegExp(blockSyntax.source, 'g')

/**
 * A character markdown reads as another (offsets into the source): a
 * reference (`&ldquo;`, `&#8220;`, `&#x201D;`) or a backslash escape (`\*`).
 * The view shows `value` from `start`, padded with spaces to `end`: a
 * reference’s character on its `&`, an escaped character in its own place
 * after a blank for the backslash.
 */
export interface Substitution {
  start: number
  end: number
  value: string
}

/** A character reference as micromark reads it (named ones must exist). */
const reference = /&(?:#[xX]([\dA-Fa-f]{1,6})|#(\d{1,7})|([A-Za-z\d]{1,31}));/y

/**
 * The character reference starting at `index`, if one does.
 *
 * @param source
 *   Markdown.
 * @param index
 *   Offset of a `&`.
 * @returns
 *   Its end and what it stands for (decoded as micromark decodes it), or
 *   `undefined`.
 */
export function referenceAt(source: string, index: number): {end: number; value: string} | undefined {
  reference.lastIndex = index
  const match = reference.exec(source)
  if (!match) return undefined
  const [raw, hex, decimal, name] = match
  const value =
    hex === undefined
      ? decimal === undefined
        ? decodeNamedCharacterReference(name!)
        : decodeNumericCharacterReference(decimal, 10)
      : decodeNumericCharacterReference(hex, 16)
  return value === false ? undefined : {end: index + raw.length, value}
}

/**
 * What the view shows for a reference’s character: white space as a space
 * (a `&#10;` must not end a line in the view), and nothing (the raw text
 * stays) when it would not fit in the reference.
 *
 * @param value
 *   Decoded character(s).
 * @param length
 *   Length of the reference.
 * @returns
 *   Text for the view, or `undefined`.
 */
export function viewOf(value: string, length: number): string | undefined {
  return value.length > length ? undefined : value.replace(/[\t-\r]/g, ' ')
}

/**
 * Whether a code unit is ASCII punctuation (what a backslash escapes).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is.
 */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)
}

/**
 * Whether the inline syntax match at `index` is only an escape or a
 * reference (pushed to `substitutions`), a simple tag, link, code span or
 * emphasis (markup pushed as blanks), or literal text (`&` or `\\` that
 * start neither, a backslash that ends a paragraph, `*` and `_` runs never
 * closed, `<` with no `>` after it): all read the same in any paragraph.
 * Anything else, a backslash before a line ending within a paragraph (a
 * hard break) included, is syntax.
 *
 * @returns
 *   Where scanning goes on, or -1 for syntax.
 */
function harmless(
  source: string,
  index: number,
  matchEnd: number,
  substitutions: Substitution[],
  reading: Reading,
  floor = 0
): number {
  const code = source.charCodeAt(index)
  if (code === 92) {
    const next = source.charCodeAt(index + 1)
    if (isAsciiPunctuation(next)) {
      substitutions.push({start: index, end: index + 2, value: ' ' + source.charAt(index + 1)})
      return index + 2
    }

    // Before a line ending it is a hard break, unless it ends the paragraph.
    if (next !== 10 && next !== 13) return index + 1
    let after = index + (next === 13 && source.charCodeAt(index + 2) === 10 ? 3 : 2)
    while (source.charCodeAt(after) === 32) after++
    const code = source.charCodeAt(after)
    return after >= source.length || code === 10 || code === 13 ? index + 1 : -1
  }

  if (code === 60) return inlineTagEnd(source, index, substitutions, reading)
  if (code === 93 && source.charCodeAt(index + 1) === 40) return inlineLinkEnd(source, index, substitutions, floor)
  if (code === 42 || code === 95) return attentionEnd(source, index, substitutions, reading)
  if (code === 96) return codeSpanEnd(source, index, substitutions)

  if (code === 38) {
    const found = referenceAt(source, index)
    if (!found) return matchEnd
    const value = viewOf(found.value, found.end - index)
    if (value !== undefined) substitutions.push({start: index, end: found.end, value})
    return found.end
  }

  return -1
}

/** Whether only up to three spaces stand between a line start and `index`. */
function atLineStart(source: string, index: number): boolean {
  let lineStart = index
  while (lineStart > 0 && index - lineStart < 4 && source.charCodeAt(lineStart - 1) === 32) lineStart--
  const before = source.charCodeAt(lineStart - 1)
  return lineStart === 0 || before === 10 || before === 13
}

/** State of one reading of a source by {@link harmless}. */
interface Reading {
  /** Offset of the source’s last `>`, -1 for none, or {@link unknown}. */
  lastClose: number
  /** Runs that may open emphasis in the current paragraph, none closed yet. */
  openers: number
  /** Start of the last of them. */
  opener: number
  /** End of the last of them. */
  openerEnd: number
}

/** Not looked up yet. */
const unknown = -2

function startReading(): Reading {
  return {lastClose: unknown, openers: 0, opener: -1, openerEnd: -1}
}

/**
 * The end of the `*` or `_` run at `index` when emphasis reads simply: a
 * run that can only open is remembered (runs that are never closed are
 * text); one that can only close is text when nothing is open in its
 * paragraph, and closes the one open run when both are of the same marker
 * and size (up to 3), with no bracket between (both pushed to
 * `substitutions` as blanks, as remark-parse’s emphasis and strong nodes
 * keep only their content). Anything else is syntax (-1): a run that can
 * both open and close or neither (`* ` at a line start is a list item, `***`
 * a thematic break), a closer while several runs are open (nesting), a
 * closer of another marker or size. Flanking as micromark classifies it
 * (Unicode white space and punctuation, `_` stricter inside words).
 */
function attentionEnd(source: string, index: number, substitutions: Substitution[], reading: Reading): number {
  const marker = source.charCodeAt(index)
  let end = index + 1
  while (source.charCodeAt(end) === marker) end++
  // Beside the other marker (`_*`), or an escaped one: a mixed run, which
  // remark-parse is not given whole when it is long (see `capNesting`).
  const previous = source.charCodeAt(index - 1)
  const next = source.charCodeAt(end)
  if (previous === 42 || previous === 95 || next === 42 || next === 95) return -1
  const before = classifyCharacter(index === 0 ? null : previous)
  const after = classifyCharacter(end < source.length ? next : null)
  let open = !after || (after === 2 && Boolean(before))
  let close = !before || (before === 2 && Boolean(after))
  if (marker === 95) {
    const underscoreOpen = open && (Boolean(before) || !close)
    close = close && (Boolean(after) || !open)
    open = underscoreOpen
  }

  if (open === close) return -1
  // Openers of an earlier paragraph stayed text.
  if (reading.openers > 0 && !sameParagraph(source, reading.openerEnd, index)) reading.openers = 0
  if (open) {
    reading.openers++
    reading.opener = index
    reading.openerEnd = end
    return end
  }

  if (reading.openers === 0) return end
  const opener = reading.opener
  const size = end - index
  if (reading.openers > 1 || size > 3 || source.charCodeAt(opener) !== marker || reading.openerEnd - opener !== size) return -1
  for (let at = reading.openerEnd; at < index; at++) {
    const code = source.charCodeAt(at)
    if (code === 91 || code === 93) return -1
  }

  substitutions.push({start: opener, end: reading.openerEnd, value: ''}, {start: index, end, value: ''})
  reading.openers = 0
  return end
}

/** Whether no blank line ends the paragraph between `from` and `to` (on a later line). */
function sameParagraph(source: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = source.charCodeAt(at)
    if (code !== 10 && code !== 13) continue
    if (code === 13 && source.charCodeAt(at + 1) === 10) at++
    if (blankFrom(source, at + 1)) return false
  }

  return true
}

/** Whether the line starting at `lineStart` is blank (spaces only) or the source ended. */
function blankFrom(source: string, lineStart: number): boolean {
  let at = lineStart
  while (source.charCodeAt(at) === 32) at++
  const code = source.charCodeAt(at)
  return at >= source.length || code === 10 || code === 13
}

/** Longest backtick run read without parsing. */
const maxTicks = 16

/**
 * The end of the code span opened by the backtick run at `index` when it
 * closes on the same line (both runs pushed to `substitutions` as blanks,
 * as the view of remark-parse’s `inlineCode` has them; what is inside is
 * read as is: no escapes, references or tags), the end of the run when no
 * run of its length follows in the paragraph (text), or -1 (a closing run
 * on a later line, a run over {@link maxTicks}).
 *
 * Linear overall: per run length, each search starts where the last one of
 * that length stopped, and one that reaches the paragraph’s end means no
 * run of that length is left in it.
 */
function codeSpanEnd(source: string, index: number, substitutions: Substitution[]): number {
  let end = index + 1
  while (source.charCodeAt(end) === 96) end++
  const size = end - index
  if (size > maxTicks || (size >= 3 && atLineStart(source, index))) return -1
  let sameLine = true
  // Content that remark-parse’s view shows otherwise: backticks (its view
  // matches the node’s value to the source from the left, so a backtick
  // inside is shown on the opening run), and characters micromark replaces
  // or reads as white space.
  let odd = false
  let at = end
  while (at < source.length) {
    const code = source.charCodeAt(at)
    if (code === 96) {
      let runEnd = at + 1
      while (source.charCodeAt(runEnd) === 96) runEnd++
      if (runEnd - at === size) {
        if (!sameLine || odd) return -1
        substitutions.push({start: index, end, value: ''}, {start: at, end: runEnd, value: ''})
        return runEnd
      }

      odd = true
      at = runEnd
    } else if (code === 10 || code === 13) {
      sameLine = false
      at += code === 13 && source.charCodeAt(at + 1) === 10 ? 2 : 1
      // The paragraph ended without a closing run.
      if (blankFrom(source, at)) return end
    } else {
      // Mixed `*_` runs too: `capNesting` cuts long ones inside code spans as well.
      const mixed = (code === 42 || code === 95) && source.charCodeAt(at + 1) === (code === 42 ? 95 : 42)
      if (code === 0 || code === 9 || code === 11 || code === 12 || mixed) odd = true
      at++
    }
  }

  return end
}

/** Names that open an HTML block at a line start (CommonMark kinds 1 and 6). */
const blockTagNames = new Set([...htmlBlockNames, ...htmlRawNames])
/** Longest tag read without parsing (a longer one goes to remark-parse). */
const maxTag = 1024

/**
 * The end of the inline HTML tag at `index` (pushed to `substitutions` as
 * blanks, as remark-parse’s `html` nodes are blanked), or -1 when it is
 * anything else: a comment, declaration or processing instruction, a tag
 * over more than one line or longer than {@link maxTag}, or a tag that may
 * open an HTML block (at a line start: a block tag name, or a tag alone on
 * its line). A `<` inside a line with no `>` anywhere after it is text:
 * the end of the `<`.
 */
function inlineTagEnd(source: string, index: number, substitutions: Substitution[], reading: Reading): number {
  const lineStart = atLineStart(source, index)
  const end = tagEnd(source, index)
  if (end === -1) {
    // Tags, autolinks, comments and declarations all end at a `>`: without
    // one after it, a `<` inside a line is text. At a line start it may
    // open an HTML block, which needs no `>`.
    if (reading.lastClose === unknown) reading.lastClose = source.lastIndexOf('>')
    return lineStart || reading.lastClose > index ? -1 : index + 1
  }

  if (lineStart) {
    let nameEnd = index + (source.charCodeAt(index + 1) === 47 ? 2 : 1)
    const nameStart = nameEnd
    while (isNameCode(source.charCodeAt(nameEnd))) nameEnd++
    if (blockTagNames.has(source.slice(nameStart, nameEnd).toLowerCase())) return -1
    let after = end
    while (source.charCodeAt(after) === 32) after++
    const next = source.charCodeAt(after)
    if (after >= source.length || next === 10 || next === 13) return -1
  }

  substitutions.push({start: index, end, value: ''})
  return end
}

/**
 * The end of the inline link whose text closes at `close` (`[text](url)`),
 * with its brackets and destination pushed to `substitutions` as blanks
 * (remark-parse’s `link` nodes keep only their text), or -1 for anything
 * else: images, brackets in the text, a text over a blank line or a CR, a
 * destination with spaces, `<`, quotes, backticks, parentheses or
 * backslashes in it (titles, nesting, escapes), or longer than
 * {@link maxTag}.
 */
function inlineLinkEnd(source: string, close: number, substitutions: Substitution[], floor: number): number {
  let open = close - 1
  // Not back into what was read already (a destination, a tag, an escape):
  // substitutions are pushed in reading order.
  const read = substitutions.length > 0 ? substitutions[substitutions.length - 1]!.end : 0
  const stop = Math.max(floor, read, close - maxTag)
  // Blank since the last line ending seen (scanning back).
  let blank = false
  while (open >= stop) {
    const code = source.charCodeAt(open)
    if (code === 91) break
    if (code === 93 || code === 13) return -1
    if (code === 10) {
      if (blank) return -1
      blank = true
    } else if (code !== 32) {
      blank = false
    }

    open--
  }

  // An image (`![`) or an escaped bracket (`\[`) is not a link.
  const before = source.charCodeAt(open - 1)
  if (open < stop || before === 33 || before === 92) return -1
  let at = close + 2
  const limit = Math.min(source.length, at + maxTag)
  while (at < limit) {
    const code = source.charCodeAt(at)
    if (code === 41) break
    if (code <= 32 || code === 34 || code === 39 || code === 40 || code === 60 || code === 62 || code === 92 || code === 96 || code === 127) return -1
    at++
  }

  if (at >= limit) return -1
  substitutions.push({start: open, end: open + 1, value: ''}, {start: close, end: at + 1, value: ''})
  return at + 1
}

/**
 * The end of the open or closing tag at `index` as micromark reads inline
 * HTML, spaces only (no line endings, tabs), or -1.
 */
function tagEnd(source: string, index: number): number {
  const limit = Math.min(source.length, index + maxTag)
  let at = index + 1
  if (source.charCodeAt(at) === 47) {
    at++
    if (!isAsciiAlpha(source.charCodeAt(at))) return -1
    while (at < limit && isNameCode(source.charCodeAt(at))) at++
    while (at < limit && source.charCodeAt(at) === 32) at++
    return source.charCodeAt(at) === 62 ? at + 1 : -1
  }

  if (!isAsciiAlpha(source.charCodeAt(at))) return -1
  while (at < limit && isNameCode(source.charCodeAt(at))) at++
  let code = source.charCodeAt(at)
  if (code !== 32 && code !== 47 && code !== 62) return -1
  while (at < limit) {
    code = source.charCodeAt(at)
    if (code === 62) return at + 1
    if (code === 47) return source.charCodeAt(at + 1) === 62 ? at + 2 : -1
    if (code === 32) {
      at++
      continue
    }

    if (!(code === 58 || code === 95 || isAsciiAlpha(code))) return -1
    // An attribute: name, then `=` and a value, or not.
    at++
    while (at < limit && isAttributeNameCode(source.charCodeAt(at))) at++
    let after = at
    while (after < limit && source.charCodeAt(after) === 32) after++
    if (source.charCodeAt(after) !== 61) continue
    at = after + 1
    while (at < limit && source.charCodeAt(at) === 32) at++
    code = source.charCodeAt(at)
    if (code === 34 || code === 39) {
      const marker = code
      at++
      while (at < limit && source.charCodeAt(at) !== marker) {
        const inner = source.charCodeAt(at)
        if (inner === 10 || inner === 13) return -1
        at++
      }

      if (at >= limit) return -1
      at++
      code = source.charCodeAt(at)
      if (code !== 32 && code !== 47 && code !== 62) return -1
      continue
    }

    if (at >= limit || code === 60 || code === 61 || code === 62 || code === 96 || code <= 32) return -1
    while (at < limit) {
      code = source.charCodeAt(at)
      if (code === 32 || code === 47 || code === 62) break
      if (code === 34 || code === 39 || code === 60 || code === 61 || code === 96 || code < 32) return -1
      at++
    }
  }

  return -1
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
}

function isNameCode(code: number): boolean {
  return isAsciiAlpha(code) || (code >= 48 && code <= 57) || code === 45
}

function isAttributeNameCode(code: number): boolean {
  return isNameCode(code) || code === 46 || code === 58 || code === 95
}

/**
 * Blocks of a chunk of markdown that is one ATX heading, one list of
 * one-line items, or one HTML block opened by a block-level tag, read
 * without parsing (what web pages turned into markdown are made of: menus,
 * share links, “Most read” headings, embeds). Conservative: no indentation,
 * no blank line inside, one space after a list marker, an item that starts
 * with a letter, a bracket, a quotation mark or a parenthesis, no closing
 * `#` sequence, and no inline syntax but what {@link harmless} reads;
 * anything else is `undefined` and goes to remark-parse. A differential
 * test holds the result to remark-parse’s.
 *
 * @param source
 *   Markdown (BOM and front matter blanked).
 * @param start
 *   Start of the chunk (a line start).
 * @param end
 *   End of the chunk.
 * @param mask
 *   Characters to keep in the view (1) or blank (0): set for the chunk.
 * @param substitutions
 *   Receives the chunk’s escapes, references, links and tags.
 * @returns
 *   The blocks, or `undefined`.
 */
export function simpleBlocks(
  source: string,
  start: number,
  end: number,
  mask: Uint8Array,
  substitutions: Substitution[]
): Block[] | undefined {
  const lines: Array<[number, number]> = []
  let lineStart = start
  while (lineStart < end) {
    let lineEnd = lineStart
    while (lineEnd < end && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++
    lines.push([lineStart, lineEnd])
    lineStart = source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1
  }

  while (lines.length > 0 && isBlankLine(source, lines[lines.length - 1]!)) lines.pop()
  const first = lines[0]
  if (!first || lines.some((line) => isBlankLine(source, line))) return undefined
  const last = lines[lines.length - 1]!

  // An HTML block of kind 6 runs to the next blank line: the whole chunk.
  const tag = /^<\/?([A-Za-z][A-Za-z\d-]*)(?=[ >]|\/>|$)/.exec(source.slice(first[0], first[1]))
  if (tag) {
    // Tabs and form feeds are white space to markdown: a line of them is blank.
    if (!htmlBlockNames.includes(tag[1]!.toLowerCase()) || /[\t\v\f\0]/.test(source.slice(start, end))) return undefined
    // (One element of prose is read as its text: see `markdownBlocks`.)
    if (proseElement(source, first[0], last[1])) return undefined
    mask.fill(1, first[0], last[1])
    return [{kind: 'html', start: first[0], end: last[1]}]
  }

  const found: Substitution[] = []
  const blocks: Block[] = []
  const kept: Array<[number, number]> = []
  const reading = startReading()
  const heading = /^(#{1,6})(?: +|$)/.exec(source.slice(first[0], first[1]))
  if (heading) {
    if (lines.length > 1) return undefined
    let contentEnd = first[1]
    while (contentEnd > first[0] && source.charCodeAt(contentEnd - 1) === 32) contentEnd--
    const contentStart = Math.min(first[0] + heading[0].length, contentEnd)
    // A closing sequence (`## Title ##`) has rules of its own.
    if (source.charCodeAt(contentEnd - 1) === 35) return undefined
    if (!inlineOk(source, contentStart, contentEnd, found, reading)) return undefined
    kept.push([contentStart, contentEnd])
    blocks.push({kind: 'heading', start: first[0], end: first[1]})
  } else {
    let marker = ''
    for (const [from, to] of lines) {
      const item = listItem.exec(source.slice(from, Math.min(to, from + 16)))
      if (!item) return undefined
      // One kind of marker: `-`, `*`, `+`, or numbers with `.` or `)`.
      const kind = item[2] ?? item[1]!
      if (marker === '') marker = kind
      else if (kind !== marker) return undefined
      const contentStart = from + item[0].length
      if (!itemStart.test(source.charAt(contentStart)) || !inlineOk(source, contentStart, to, found, reading)) return undefined
      kept.push([contentStart, to])
      blocks.push({kind: 'list-item', start: contentStart, end: to})
    }
  }

  // Only now that the whole chunk is known to be simple.
  for (const [from, to] of kept) mask.fill(1, from, to)
  for (const item of found) substitutions.push(item)
  return blocks
}

/** A list marker and the one space after it (`- `, `12. `). */
const listItem = /^(?:([-*+])|\d{1,9}([.)])) (?! )/
/** What an item may start with: nothing that could open a block. */
const itemStart = /[\p{L}[“"‘'(]/u

function isBlankLine(source: string, [from, to]: [number, number]): boolean {
  for (let index = from; index < to; index++) if (source.charCodeAt(index) !== 32) return false
  return true
}

/**
 * Whether `source[from..to)` holds no inline syntax but what {@link harmless}
 * reads (pushed to `substitutions`).
 */
function inlineOk(source: string, from: number, to: number, substitutions: Substitution[], reading: Reading): boolean {
  // Emphasis does not reach from one heading or item into the next.
  reading.openers = 0
  inlineSyntaxAll.lastIndex = from
  let match = inlineSyntaxAll.exec(source)
  while (match && match.index < to) {
    const next = harmless(source, match.index, match.index + match[0].length, substitutions, reading, from)
    if (next === -1 || next > to) return false
    inlineSyntaxAll.lastIndex = next
    match = inlineSyntaxAll.exec(source)
  }

  return true
}

/**
 * The source with substitutions applied.
 *
 * @param source
 *   Markdown.
 * @param substitutions
 *   In order, not overlapping.
 * @returns
 *   Same length as `source`.
 */
export function substitute(source: string, substitutions: readonly Substitution[]): string {
  if (substitutions.length === 0) return source
  const parts: string[] = []
  let cursor = 0
  for (const {start, end, value} of substitutions) {
    parts.push(source.slice(cursor, start), value.padEnd(end - start, ' '))
    cursor = end
  }

  parts.push(source.slice(cursor))
  return parts.join('')
}

/**
 * Blocks of markdown that is only paragraphs, without parsing it.
 *
 * @param source
 *   Markdown, BOM and front matter already blanked (same length as the
 *   input).
 * @returns
 *   The paragraphs as remark-parse would position them (from the first
 *   non-space character of their first line to the end of their last line,
 *   trailing spaces included) and the view (the source itself: nothing is
 *   markup), or `undefined` when the source has markdown syntax.
 */
export function plainBlocks(source: string): Blocks | undefined {
  if (blockSyntax.test(source)) return undefined
  const substitutions: Substitution[] = []
  const reading = startReading()
  if (inlineSyntax.test(source)) {
    inlineSyntaxAll.lastIndex = 0
    let match = inlineSyntaxAll.exec(source)
    while (match) {
      const next = harmless(source, match.index, match.index + match[0].length, substitutions, reading)
      if (next === -1) return undefined
      inlineSyntaxAll.lastIndex = next
      match = inlineSyntaxAll.exec(source)
    }
  }

  const blocks: Block[] = []
  plainParagraphs(source, 0, source.length, blocks)
  // A link’s opening bracket is pushed after what its text held.
  substitutions.sort((a, b) => a.start - b.start)
  return {blocks, view: substitute(source, substitutions)}
}

/**
 * Add the paragraphs of syntax-free `source[start..end)` to `blocks`: runs
 * of lines between blank lines (only spaces), from the first non-space
 * character to the end of the last line.
 *
 * @param source
 *   Markdown.
 * @param start
 *   Where to start, at the start of a line.
 * @param end
 *   Where to stop, at the end of a line.
 * @param blocks
 *   Blocks to add to.
 */
export function plainParagraphs(source: string, start: number, end: number, blocks: Block[]): void {
  let blockStart = -1
  let blockEnd = -1
  let lineStart = start
  while (lineStart <= end) {
    const lineEnd = lineEndAt(source, lineStart, end)
    const code = source.charCodeAt(lineEnd)
    let first = lineStart
    while (first < lineEnd && source.charCodeAt(first) === 32) first++
    if (first === lineEnd) {
      // A blank line (only spaces) ends the paragraph before it.
      if (blockStart !== -1) blocks.push({kind: 'paragraph', start: blockStart, end: blockEnd})
      blockStart = -1
    } else {
      if (blockStart === -1) blockStart = first
      blockEnd = lineEnd
    }

    lineStart = code === 13 && source.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1
  }

  if (blockStart !== -1) blocks.push({kind: 'paragraph', start: blockStart, end: blockEnd})
}

/** Up to 1,024 characters of a line (sticky; see {@link lineEndAt}). */
const lineRest = /[^\n\r]{0,1024}/y

/**
 * First `\n` or `\r` in `source[from, end)`, or `end`. The regex engine
 * scans several times faster than a loop over the characters (this reads
 * every character of most articles); it reads 1,024 characters at a time,
 * so it never looks more than that past `end`.
 */
function lineEndAt(source: string, from: number, end: number): number {
  let index = from
  while (index < end) {
    lineRest.lastIndex = index
    lineRest.test(source)
    const stop = lineRest.lastIndex
    if (stop - index < 1024) return Math.min(stop, end)
    index = stop
  }

  return end
}

/**
 * Which chunks of `source` have no markdown syntax.
 *
 * @param source
 *   Markdown.
 * @param starts
 *   Start offsets of consecutive chunks, ascending, the first 0.
 * @returns
 *   Per chunk, whether no syntax was found in it.
 */
export function syntaxFree(source: string, starts: readonly number[], substitutions: Substitution[]): boolean[] {
  const free = starts.map(() => true)
  const reading = startReading()
  for (const pattern of [inlineSyntaxAll, blockSyntaxAll]) {
    pattern.lastIndex = 0
    let chunk = 0
    let match = pattern.exec(source)
    while (match) {
      // The last character of a match is inside the chunk it belongs to (a
      // line-start match begins at the line ending before its line).
      const at = match.index + match[0].length - 1
      while (chunk + 1 < starts.length && starts[chunk + 1]! <= at) chunk++
      const next = pattern === inlineSyntaxAll ? harmless(source, match.index, match.index + match[0].length, substitutions, reading) : -1
      if (next === -1) {
        free[chunk] = false
        // The rest of a chunk that goes to remark-parse need not be read
        // (and code span searches that reach the chunk’s end not repeated
        // from every backtick of a run).
        if (pattern === inlineSyntaxAll) {
          pattern.lastIndex = Math.max(pattern.lastIndex, starts[chunk + 1] ?? source.length)
          reading.openers = 0
        }
      } else {
        pattern.lastIndex = next
      }
      match = pattern.exec(source)
    }
  }

  substitutions.sort((a, b) => a.start - b.start)
  return free
}
