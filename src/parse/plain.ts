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
  if (inlineSyntax.test(source) || blockSyntax.test(source)) return undefined
  const blocks: Block[] = []
  plainParagraphs(source, 0, source.length, blocks)
  return {blocks, view: source}
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
export function syntaxFree(source: string, starts: readonly number[]): boolean[] {
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
      free[chunk] = false
      match = pattern.exec(source)
    }
  }

  return free
}
