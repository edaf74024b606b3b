/**
 * Caps markdown nesting before remark-parse sees it.
 *
 * micromark’s cost grows with the square of nesting depth: 1,000 block
 * quote or list markers on a line, or 1,000 alternating emphasis
 * delimiters, take it seconds per kilobyte. No article nests that deep, so
 * markers past {@link maxDepth} are swapped for no-break spaces (same
 * length, so every offset still points into the caller’s input): remark
 * reads them as text, and the view blanks them like other markup.
 */

/** Deepest container (block quote, list item) or emphasis nesting kept. */
export const maxDepth = 8

/** No-break space: text to markdown, white space to every later stage. */
const filler = 0xa0

/**
 * Replace nesting markers past {@link maxDepth} with no-break spaces.
 *
 * Linear: every line’s container prefix and every delimiter run is read
 * once.
 *
 * @param source
 *   Markdown.
 * @returns
 *   The markdown to parse (the same string when nothing nests too deep) and
 *   which offsets were replaced (1), or `undefined` for none.
 */
export function capNesting(source: string): {markdown: string; replaced: Uint8Array | undefined} {
  // Marked by range, and one part per replaced run: a 1,000-deep line has
  // ~1,000 replaced offsets, and a list of them, sorted and sliced around
  // one by one, cost more than the parse on deep input.
  const marks: Marks = {replaced: undefined}
  let lineStart = 0
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    containerPrefix(source, lineStart, lineEnd, marks)
    lineStart = lineEnd + 1
  }

  delimiterRuns(source, marks)
  const {replaced} = marks
  if (!replaced) return {markdown: source, replaced}
  const parts: string[] = []
  let from = 0
  let index = replaced.indexOf(1)
  while (index !== -1) {
    let end = index
    while (end < source.length && replaced[end] === 1) end++
    parts.push(source.slice(from, index), String.fromCharCode(filler).repeat(end - index))
    from = end
    index = replaced.indexOf(1, end)
  }

  parts.push(source.slice(from))
  return {markdown: parts.join(''), replaced}
}

/** Offsets replaced so far (1), made on the first. */
interface Marks {
  replaced: Uint8Array | undefined
}

function mark(source: string, marks: Marks, from: number, to: number): void {
  marks.replaced ??= new Uint8Array(source.length)
  marks.replaced.fill(1, from, to)
}

/** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) at the start of a line, past the cap. */
function containerPrefix(source: string, start: number, end: number, marks: Marks): void {
  let depth = 0
  let index = start
  while (index < end) {
    const code = source.charCodeAt(index)
    if (code === 32 || code === 9) {
      index++
      continue
    }

    let markerEnd = index
    if (code === 62 /* > */) {
      markerEnd = index + 1
    } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && isBlank(source.charCodeAt(index + 1))) {
      markerEnd = index + 1
    } else if (code >= 48 && code <= 57) {
      let digits = index
      while (digits < end && digits - index < 9 && isDigit(source.charCodeAt(digits))) digits++
      const after = source.charCodeAt(digits)
      if ((after === 46 || after === 41) /* . ) */ && isBlank(source.charCodeAt(digits + 1))) markerEnd = digits + 1
    }

    if (markerEnd === index) return
    depth++
    if (depth > maxDepth) mark(source, marks, index, markerEnd)
    index = markerEnd
  }
}

/** Runs mixing `*` and `_` (`*_*_…`): each character opens or closes one more level. */
function delimiterRuns(source: string, marks: Marks): void {
  let index = 0
  while (index < source.length) {
    const code = source.charCodeAt(index)
    if (code !== 42 && code !== 95) {
      index++
      continue
    }

    const start = index
    let mixed = false
    while (index < source.length) {
      const next = source.charCodeAt(index)
      if (next !== 42 && next !== 95) break
      if (next !== code) mixed = true
      index++
    }

    if (mixed && index - start > maxDepth * 2) {
      mark(source, marks, start + maxDepth * 2, index)
    }
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
