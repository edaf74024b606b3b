import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Repository root. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** `../shared` beside the repository (data for corpus tests), if present. */
export const shared = path.resolve(root, '..', 'shared')

/** Whether the shared data is present (corpus tests skip otherwise). */
export const hasShared = existsSync(path.join(shared, 'data', 'polnear'))

/**
 * Read a fixture file.
 *
 * @param name
 *   Path below `fixtures/`.
 * @returns
 *   Its text.
 */
export function fixture(name: string): string {
  return readFileSync(path.join(root, 'fixtures', name), 'utf8')
}

/** A value that carries a span: `text` plus a unist `position`. */
interface SpanLike {
  text: string
  position: {start: {offset: number; line: number; column: number}; end: {offset: number; line: number; column: number}}
}

/**
 * Every span anywhere in a value (any object with `text` and `position`).
 *
 * @param value
 *   An annotation or part of one.
 * @returns
 *   The spans found, depth first.
 */
export function allSpans(value: unknown): SpanLike[] {
  const result: SpanLike[] = []
  walk(value)
  return result

  function walk(node: unknown): void {
    if (Array.isArray(node)) {
      for (const item of node) walk(item)
    } else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>
      if (typeof record.text === 'string' && record.position && typeof record.position === 'object') {
        result.push(record as unknown as SpanLike)
      }

      for (const key of Object.keys(record)) walk(record[key])
    }
  }
}

/**
 * Spans whose `text` is not the input at their offsets, or whose line and
 * column disagree with the offset.
 *
 * @param input
 *   The original input.
 * @param value
 *   An annotation.
 * @returns
 *   Descriptions of broken spans (empty when all hold).
 */
export function brokenSpans(input: string, value: unknown): string[] {
  const broken: string[] = []
  const lineStarts = [0]
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 10 || (code === 13 && input.charCodeAt(index + 1) !== 10)) lineStarts.push(index + 1)
  }

  for (const span of allSpans(value)) {
    const {start, end} = span.position
    if (input.slice(start.offset, end.offset) !== span.text) {
      broken.push('text ' + JSON.stringify(span.text) + ' at ' + start.offset + '-' + end.offset)
    }

    for (const point of [start, end]) {
      const lineStart = lineStarts[point.line - 1]
      if (lineStart === undefined || point.column !== point.offset - lineStart + 1) {
        broken.push('point ' + JSON.stringify(point))
      }
    }
  }

  return broken
}
