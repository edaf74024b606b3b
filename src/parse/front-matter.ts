/**
 * YAML-style front matter (`---` … `---`) at the very start of markdown:
 * only flat `key: value` lines are read, which is all news exports use.
 */

/** Front matter found at the start of an input. */
export interface FrontMatter {
  /** `[start, end)` of the whole block including both fences. */
  range: [number, number]
  /** Values by lowercased key, as `[start, end)` of the unquoted value. */
  fields: Map<string, [number, number]>
}

const open = /^\uFEFF?---[ \t]*\r?\n/
const close = /\r?\n---[ \t]*(?:\r?\n|$)/g
const field = /^([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*(.*)$/

/**
 * Find front matter at the start of `input`.
 *
 * @param input
 *   The article.
 * @returns
 *   The front matter, or `undefined` when there is none.
 */
export function findFrontMatter(input: string): FrontMatter | undefined {
  const opening = open.exec(input)
  if (!opening) return undefined
  close.lastIndex = opening[0].length - 1
  const closing = close.exec(input.slice(0, 65_536))
  if (!closing) return undefined
  const fields = new Map<string, [number, number]>()
  let lineStart = opening[0].length
  const bodyEnd = closing.index
  while (lineStart < bodyEnd) {
    let lineEnd = input.indexOf('\n', lineStart)
    if (lineEnd === -1 || lineEnd > bodyEnd) lineEnd = bodyEnd
    const line = input.slice(lineStart, lineEnd).replace(/\r$/, '')
    const match = field.exec(line)
    if (match) {
      let start = lineStart + line.length - match[2]!.length
      let end = lineStart + line.length
      while (end > start && /\s/.test(input.charAt(end - 1))) end--
      const first = input.charAt(start)
      if ((first === '"' || first === "'") && input.charAt(end - 1) === first && end - start >= 2) {
        start++
        end--
      }

      fields.set(match[1]!.toLowerCase(), [start, end])
    }

    lineStart = lineEnd + 1
  }

  return {range: [0, closing.index + closing[0].length], fields}
}
