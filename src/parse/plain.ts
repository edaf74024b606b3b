/**
 * A fast path for markdown that is only paragraphs.
 *
 * Most articles fed to `annotate` are plain prose with blank lines between
 * paragraphs: markdown in name only. For those, remark-parse builds a tree
 * of paragraphs holding one text node each, and costs more than every
 * extractor after it. When no character of the input can start a markdown
 * construct, the blocks and view are known without parsing, so they are
 * built directly; anything else goes to remark-parse as before. A
 * differential test (`tests/parse-plain.test.ts`) holds both paths to the
 * same output.
 */
import {decodeNamedCharacterReference} from 'decode-named-character-reference'
import {decodeNumericCharacterReference} from 'micromark-util-decode-numeric-character-reference'
import type {Block, Blocks} from './blocks.js'

/**
 * Characters that can change how markdown reads wherever they stand:
 * emphasis, code, escapes, tabs (indentation arithmetic), NUL (replaced by
 * micromark), form feed and vertical tab (white space to markdown, not to
 * us), HTML and autolinks (`<` before a letter, `/`, `!` or `?`), character
 * references, inline links and link definitions (`](`, `]:`); brackets alone
 * stay literal text without a definition.
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
 * reference (pushed to `substitutions`) or literal text (`&` or `\\` that
 * start neither, a backslash that ends a paragraph): all read the same in
 * any paragraph. Anything else, a backslash before a line ending within a
 * paragraph (a hard break) included, is syntax.
 *
 * @returns
 *   Where scanning goes on, or -1 for syntax.
 */
function harmless(source: string, index: number, matchEnd: number, substitutions: Substitution[]): number {
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

  if (code === 38) {
    const found = referenceAt(source, index)
    if (!found) return matchEnd
    const value = viewOf(found.value, found.end - index)
    if (value !== undefined) substitutions.push({start: index, end: found.end, value})
    return found.end
  }

  return -1
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
  if (inlineSyntax.test(source)) {
    inlineSyntaxAll.lastIndex = 0
    let match = inlineSyntaxAll.exec(source)
    while (match) {
      const next = harmless(source, match.index, match.index + match[0].length, substitutions)
      if (next === -1) return undefined
      inlineSyntaxAll.lastIndex = next
      match = inlineSyntaxAll.exec(source)
    }
  }

  const blocks: Block[] = []
  plainParagraphs(source, 0, source.length, blocks)
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
    let lineEnd = lineStart
    let code = source.charCodeAt(lineEnd)
    while (lineEnd < end && code !== 10 && code !== 13) code = source.charCodeAt(++lineEnd)
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
  for (const pattern of [inlineSyntaxAll, blockSyntaxAll]) {
    pattern.lastIndex = 0
    let chunk = 0
    let match = pattern.exec(source)
    while (match) {
      // The last character of a match is inside the chunk it belongs to (a
      // line-start match begins at the line ending before its line).
      const at = match.index + match[0].length - 1
      while (chunk + 1 < starts.length && starts[chunk + 1]! <= at) chunk++
      const next = pattern === inlineSyntaxAll ? harmless(source, match.index, match.index + match[0].length, substitutions) : -1
      if (next === -1) free[chunk] = false
      else pattern.lastIndex = next
      match = pattern.exec(source)
    }
  }

  return free
}
