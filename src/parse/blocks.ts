import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {ParagraphKind} from '../schema.js'
import {capNesting} from './nesting.js'
import {proseElement} from './html.js'
import {isAsciiPunctuation, plainBlocks, plainParagraphs, referenceAt, simpleBlocks, syntaxFree, viewOf, type Substitution} from './plain.js'

/** A block of the article as offsets into the input, before classification. */
export interface Block {
  kind: ParagraphKind
  start: number
  end: number
}

/** Blocks and the equal-length “view” the extractors read. */
export interface Blocks {
  blocks: Block[]
  /**
   * The input with markup replaced by spaces (line endings kept), so that
   * every offset in the view is the same offset in the input.
   */
  view: string
}

const parser = unified().use(remarkParse)

/**
 * Read plain text: one paragraph per line.
 *
 * @param input
 *   The article, with any front matter already blanked out.
 * @returns
 *   Blocks and view (the input itself, a BOM blanked).
 */
export function textBlocks(input: string): Blocks {
  const blocks: Block[] = []
  let lineStart = 0
  for (let index = 0; index <= input.length; index++) {
    const code = input.charCodeAt(index)
    if (index === input.length || code === 10 || code === 13) {
      pushTrimmed(blocks, input, lineStart, index, 'paragraph')
      lineStart = index + 1
    }
  }

  return {blocks, view: blankBom(input)}
}

/**
 * Read markdown: paragraphs-only input without parsing ({@link plainBlocks}),
 * anything else with remark-parse, one top-level chunk at a time where
 * chunks cannot affect each other ({@link parseMarkdown}).
 *
 * @param input
 *   The article, with any front matter already blanked out.
 * @returns
 *   Blocks (paragraphs, headings, block quotes, list items, HTML, thematic
 *   breaks) and a view with inline markup (emphasis marks, link
 *   destinations, escapes) blanked.
 */
export function markdownBlocks(input: string): Blocks {
  // micromark skips a BOM without counting it, which would shift every offset.
  const unmarked = blankBom(input)
  return plainBlocks(unmarked) ?? parseMarkdown(unmarked, true)
}

/**
 * Read markdown with remark-parse.
 *
 * @param input
 *   Markdown, BOM and front matter blanked.
 * @param chunked
 *   Whether to split the input into top-level chunks (default: `false`):
 *   chunks without markdown syntax are read without parsing, and runs of
 *   the others go to remark-parse together, up to {@link maxPiece}
 *   characters a call (a longer chunk alone), since remark-parse slows down
 *   more than linearly on long syntax-heavy input. The result is the same
 *   as one parse of the whole (tested), and inputs where a chunk could
 *   change another (link definitions, fenced code or HTML that spans blank
 *   lines) are parsed whole.
 * @returns
 *   Blocks and view.
 */
export function parseMarkdown(input: string, chunked = false): Blocks {
  // Markers nested past the cap are no-break spaces here (same offsets).
  const {markdown: source, replaced} = capNesting(input)
  const mask = new Uint8Array(source.length) // 1 = keep the character
  const blocks: Block[] = []
  // Escapes and references, in the plain chunks and the parsed text.
  const substitutions: Substitution[] = []
  const found: Substitution[] = []
  const pieces = chunked ? splitChunks(source, found) : undefined
  if (pieces) {
    let next = 0
    // Syntax chunks are independent of what stands between them, so runs of
    // them go to remark-parse together (each call sets up its parser anew).
    let run: Array<[number, number]> = []
    let size = 0
    for (const piece of pieces) {
      while (next < found.length && found[next]!.start < piece.start) next++
      if (piece.plain) {
        plainParagraphs(source, piece.start, piece.end, blocks)
        mask.fill(1, piece.start, piece.end)
        while (next < found.length && found[next]!.start < piece.end) substitutions.push(found[next++]!)
        continue
      }

      // A heading, a simple list or an HTML block: read without parsing too.
      const simple = simpleBlocks(source, piece.start, piece.end, mask, substitutions)
      if (simple) {
        for (const block of simple) blocks.push(block)
        continue
      }

      if (size > 0 && size + piece.end - piece.start > maxPiece) {
        parseRanges(source, run, blocks, mask, substitutions)
        run = []
        size = 0
      }

      run.push([piece.start, piece.end])
      size += piece.end - piece.start
    }

    if (run.length > 0) parseRanges(source, run, blocks, mask, substitutions)
    blocks.sort((a, b) => a.start - b.start)
  } else {
    parseRanges(source, [[0, source.length]], blocks, mask, substitutions)
  }

  if (replaced) skipReplaced(blocks, source, mask, replaced)
  substitutions.sort((a, b) => a.start - b.start)
  return {blocks, view: applyMask(source, mask, substitutions)}
}

/** Most characters of syntax chunks given to remark-parse in one call (a longer chunk goes alone). */
export const maxPiece = 16_384

/** A range of the source read in one go. */
interface Piece {
  start: number
  end: number
  /** Whether it has no markdown syntax (read without parsing). */
  plain: boolean
}

/**
 * Markdown whose chunks may not be read apart: link reference definitions
 * reach across the document, and fenced code and HTML blocks of types 1–5
 * (`<script`, `<pre`, `<style`, `<textarea`, `<!--`, `<?`, `<!X`) run over
 * blank lines. Looked for anywhere, not only at line starts: inside a list
 * item or block quote they open after the container’s marker.
 */
const crossChunk = /\]:|`{3}|~{3}|<(?:script|pre|style|textarea|!|\?)/i

/**
 * Split markdown into top-level chunks — starting at a line that begins with
 * a non-blank character after a blank line, where every container (list
 * item, block quote) and leaf block before has ended — marked plain or not.
 * The last line before the blank must not be indented either: indented code
 * runs over blank lines, and micromark reads the line after it differently
 * (`-` alone is a paragraph there, an empty list item elsewhere).
 */
function splitChunks(source: string, substitutions: Substitution[]): Piece[] | undefined {
  if (crossChunk.test(source)) return undefined
  const starts: number[] = [0]
  let blankBefore = false
  let indentedBefore = false
  let lineStart = 0
  while (lineStart < source.length) {
    let lineEnd = lineStart
    let code = source.charCodeAt(lineEnd)
    let blank = true
    while (lineEnd < source.length && code !== 10 && code !== 13) {
      if (code !== 32 && code !== 9) blank = false
      code = source.charCodeAt(++lineEnd)
    }

    const first = source.charCodeAt(lineStart)
    const indented = first === 32 || first === 9
    // Not before a BOM either: micromark drops one at the start of what it parses.
    if (!blank && blankBefore && !indentedBefore && lineStart > 0 && !indented && first !== 0xfe_ff) starts.push(lineStart)
    blankBefore = blank
    if (!blank) indentedBefore = indented
    lineStart = code === 13 && source.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1
  }

  const plain = syntaxFree(source, starts, substitutions)
  const pieces: Piece[] = []
  for (let index = 0; index < starts.length; index++) {
    const start = starts[index]!
    const end = index + 1 < starts.length ? starts[index + 1]! : source.length
    pieces.push({start, end, plain: plain[index]!})
  }

  return pieces
}

/**
 * Parse the ranges of `source` (top-level chunks, in order) as one markdown
 * document with remark-parse, and record their blocks and the characters of
 * their text (offsets into `source`).
 */
function parseRanges(
  source: string,
  ranges: ReadonlyArray<readonly [number, number]>,
  blocks: Block[],
  mask: Uint8Array,
  substitutions: Substitution[]
): void {
  // Where each range starts in the parsed text.
  const starts: number[] = []
  let text = ''
  if (ranges.length === 1 && ranges[0]![0] === 0 && ranges[0]![1] === source.length) {
    starts.push(0)
    text = source
  } else {
    const parts: string[] = []
    let length = 0
    for (const [start, end] of ranges) {
      starts.push(length)
      parts.push(source.slice(start, end))
      length += end - start
    }

    text = parts.join('')
  }

  const tree = parser.parse(text) as Root
  let range = 0
  walk(tree)

  /**
   * Visit the tree depth-first in input order with an explicit stack:
   * markdown nests as deep as its input (10,000 block quote markers), deeper
   * than the call stack allows a recursive walk.
   */
  function walk(root: Root): void {
    const stack: Array<[Nodes, ParagraphKind, boolean]> = [[root, 'paragraph', false]]
    let item = stack.pop()
    while (item) {
      const [node, context, inline] = item
      const inner = visit(node, context, inline)
      if (inner && 'children' in node) {
        for (let index = node.children.length - 1; index >= 0; index--) {
          stack.push([node.children[index] as Nodes, inner[0], inner[1]])
        }
      }

      item = stack.pop()
    }
  }

  /** Handle one node; returns the context for its children, or `undefined` to skip them. */
  function visit(node: Nodes, context: ParagraphKind, inline: boolean): [ParagraphKind, boolean] | undefined {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    let start: number | undefined
    let end: number | undefined
    if (from !== undefined && to !== undefined) {
      // Nodes come in order and none but the root spans two ranges.
      while (range + 1 < starts.length && starts[range + 1]! <= from) range++
      const shift = ranges[range]![0] - starts[range]!
      start = from + shift
      end = to + shift
    }

    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        if (start !== undefined && end !== undefined) {
          blocks.push({kind: node.type === 'heading' ? 'heading' : context, start, end})
        }

        inline = true
        break
      }

      case 'thematicBreak': {
        if (start !== undefined && end !== undefined) blocks.push({kind: 'separator', start, end})
        return undefined
      }

      case 'html': {
        // Inline HTML (`<tweet …>`, `<a href>`) is markup: blanked in the view.
        if (start !== undefined && end !== undefined && !inline) {
          // One element of prose (`<p>The House passed …</p>`, as scraped
          // pages keep them): its text, with the tags blanked. Else the
          // block stays as written, of kind `html`.
          const kind = proseElement(source, start, end)
          if (kind) {
            keepProse(start, end)
            blocks.push({kind: kind === 'paragraph' ? context : kind, start, end})
          } else {
            keep(start, end)
            blocks.push({kind: 'html', start, end})
          }
        }

        return undefined
      }

      case 'text': {
        if (start !== undefined && end !== undefined) align(start, end, node.value, true)
        return undefined
      }

      case 'inlineCode': {
        if (start !== undefined && end !== undefined) align(start, end, node.value, false)
        return undefined
      }

      case 'code': {
        // Indented “code” in an article is indented prose (tabs or spaces
        // at paragraph starts): read it as paragraphs rather than lose it.
        if (start !== undefined && end !== undefined && !inline && !/^[ \t]*(?:`{3}|~{3})/.test(source.slice(start, start + 40))) {
          align(start, end, node.value, false)
          splitOnBlankLines(start, end, context)
        }

        return undefined
      }

      case 'blockquote': {
        context = 'blockquote'
        break
      }

      case 'listItem': {
        context = 'list-item'
        break
      }

      default:
    }

    return [context, inline]
  }

  function splitOnBlankLines(start: number, end: number, kind: ParagraphKind): void {
    let lineStart = start
    let blockStart = start
    for (let index = start; index <= end; index++) {
      const code = index === end ? 10 : source.charCodeAt(index)
      if (code !== 10 && code !== 13) continue
      if (code === 13 && source.charCodeAt(index + 1) === 10) continue
      if (source.slice(lineStart, index).trim() === '' && lineStart > blockStart) {
        pushTrimmed(blocks, source, blockStart, lineStart, kind)
        blockStart = index + 1
      }

      lineStart = index + 1
    }

    pushTrimmed(blocks, source, blockStart, end, kind)
  }

  function keep(start: number, end: number): void {
    mask.fill(1, start, end)
  }

  /**
   * Keep the text of the HTML block `source[start..end)`: its characters
   * outside tags, a character reference (`&rsquo;`) as its character.
   */
  function keepProse(start: number, end: number): void {
    let tag = false
    for (let index = start; index < end; index++) {
      const code = source.charCodeAt(index)
      if (code === 60 /* < */) tag = true
      else if (code === 62 /* > */ && tag) tag = false
      else if (!tag && code === 38 /* & */) {
        const found = referenceAt(source, index)
        const shown = found && found.end <= end ? viewOf(found.value, found.end - index) : undefined
        if (found && shown !== undefined) {
          substitutions.push({start: index, end: found.end, value: shown})
          index = found.end - 1
        } else mask[index] = 1
      } else if (!tag) mask[index] = 1
    }
  }

  /**
   * Keep the characters of `source[start..end)` that make up `value`: the
   * value of a node is the source minus block quote markers and
   * indentation, in order, and in text (`decode`) escapes and character
   * references stand for one character: an escape shows as its character
   * after a blank, a reference as its character then blanks (see
   * `Substitution`), as the paragraphs-only path shows them. From a
   * mismatch that nothing explains the raw source is kept.
   */
  function align(start: number, end: number, value: string, decode: boolean): void {
    if (end - start === value.length) {
      keep(start, end)
      return
    }

    const before = substitutions.length
    let index = start
    let at = 0
    while (index < end && at < value.length) {
      const code = source.charCodeAt(index)
      if (decode && code === 92 && index + 1 < end) {
        const next = source.charCodeAt(index + 1)
        if (isAsciiPunctuation(next) && value.charCodeAt(at) === next) {
          mask[index + 1] = 1
          index += 2
          at++
          continue
        }
      } else if (decode && code === 38) {
        const found = referenceAt(source, index)
        if (found && found.end <= end && value.startsWith(found.value, at)) {
          const shown = viewOf(found.value, found.end - index)
          if (shown === undefined) keep(index, found.end)
          else substitutions.push({start: index, end: found.end, value: shown})
          at += found.value.length
          index = found.end
          continue
        }
      }

      if (code === value.charCodeAt(at)) {
        mask[index] = 1
        at++
      }

      index++
    }

    if (at < value.length) {
      substitutions.length = before
      keep(start, end)
    }
  }
}

/**
 * Blank the markers replaced by {@link capNesting} and start each block
 * after them: they are markup, not the block’s text.
 */
function skipReplaced(blocks: Block[], source: string, mask: Uint8Array, replaced: Uint8Array): void {
  for (let index = replaced.indexOf(1); index !== -1; index = replaced.indexOf(1, index + 1)) mask[index] = 0
  for (const block of blocks) {
    let start = block.start
    while (start < block.end && (replaced[start] === 1 || isSpace(source.charCodeAt(start)))) start++
    if (start < block.end) block.start = start
  }
}

function pushTrimmed(
  blocks: Block[],
  input: string,
  start: number,
  end: number,
  kind: ParagraphKind
): void {
  while (start < end && isSpace(input.charCodeAt(start))) start++
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--
  if (end > start) blocks.push({kind, start, end})
}

/**
 * Whether a code unit is white space for trimming (incl. BOM, NBSP).
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0xfe_ff ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x30_00 ||
    (code >= 0x20_00 && code <= 0x20_0a)
  )
}

function blankBom(input: string): string {
  return input.charCodeAt(0) === 0xfe_ff ? ' ' + input.slice(1) : input
}

function applyMask(source: string, mask: Uint8Array, substitutions: readonly Substitution[]): string {
  // Build from parts and join once: `+=` per masked character would leave a
  // deep rope that every later stage reads character by character, slowly.
  const parts: string[] = []
  let runStart = 0
  let next = 0
  for (let index = 0; index < source.length; index++) {
    const substitution = substitutions[next]
    if (substitution && substitution.start === index) {
      parts.push(source.slice(runStart, index), substitution.value.padEnd(substitution.end - index, ' '))
      next++
      index = substitution.end - 1
      runStart = substitution.end
      continue
    }

    if (mask[index] === 1) continue
    const code = source.charCodeAt(index)
    const blank = code === 10 || code === 13 ? source.charAt(index) : ' '
    // Extend a run of blanks in place rather than adding a part per character.
    if (runStart === index && parts.length > 0) parts[parts.length - 1] += blank
    else parts.push(source.slice(runStart, index), blank)
    runStart = index + 1
  }

  parts.push(source.slice(runStart))
  return parts.join('')
}
