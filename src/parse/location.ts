import type {Point, Position, Span} from '../schema.js'

/**
 * Maps UTF-16 offsets of one input to unist points and spans.
 */
export interface Location {
  /** Point (1-based line and column) for a 0-based offset. */
  point(offset: number): Point
  /** Position from `start` to `end` (exclusive). */
  position(start: number, end: number): Position
  /** Span whose `text` is the input sliced at `start`..`end`. */
  span(start: number, end: number): Span
}

/**
 * Create a location index for `input`.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r` (as in markdown), so points agree
 * with what remark and editors report for the same input.
 *
 * @param input
 *   The caller’s original string.
 * @returns
 *   Location index.
 */
export function createLocation(input: string): Location {
  const lineStarts = [0]
  if (input.includes('\r')) {
    for (let index = 0; index < input.length; index++) {
      const code = input.charCodeAt(index)
      if (code === 10 /* \n */) {
        lineStarts.push(index + 1)
      } else if (code === 13 /* \r */ && input.charCodeAt(index + 1) !== 10) {
        lineStarts.push(index + 1)
      }
    }
  } else {
    // Only `\n` ends lines: let `indexOf` find them.
    let index = input.indexOf('\n')
    while (index !== -1) {
      lineStarts.push(index + 1)
      index = input.indexOf('\n', index + 1)
    }
  }

  // Index of the line of the last point: the stages make spans near one
  // another (a claim and its parts, a source’s mentions, start then end), so
  // most points are on that line and need no search.
  let lastLine = 0

  return {point, position, span}

  function point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, input.length))
    let low = lastLine
    if (lineStarts[low]! > clamped || (low + 1 < lineStarts.length && lineStarts[low + 1]! <= clamped)) {
      // Binary search: the last line start not after the offset.
      low = 0
      let high = lineStarts.length - 1
      while (low < high) {
        const middle = (low + high + 1) >> 1
        if (lineStarts[middle]! <= clamped) low = middle
        else high = middle - 1
      }

      lastLine = low
    }

    return {line: low + 1, column: clamped - lineStarts[low]! + 1, offset: clamped}
  }

  function position(start: number, end: number): Position {
    return {start: point(start), end: point(end)}
  }

  function span(start: number, end: number): Span {
    return {text: input.slice(start, end), position: position(start, end)}
  }
}
