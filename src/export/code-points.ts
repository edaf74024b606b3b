/**
 * Converts UTF-16 offsets of one string (what JavaScript, unist and
 * claimtrace use) to Unicode code point offsets (what W3C selectors, Python
 * and PolNeAR use).
 */
export interface CodePointIndex {
  /**
   * @param offset
   *   UTF-16 offset into the string (clamped to `0..length`).
   * @returns
   *   Number of code points before it: `Array.from(value.slice(0, offset)).length`.
   */
  toCodePoint(offset: number): number
}

/**
 * Index the astral characters (surrogate pairs) of a string once, so every
 * conversion is a binary search.
 *
 * @param value
 *   The string.
 * @returns
 *   Converter.
 */
export function codePointIndex(value: string): CodePointIndex {
  // UTF-16 index of the high surrogate of every well-formed pair.
  const pairs: number[] = []
  for (let index = 0; index < value.length - 1; index++) {
    const code = value.charCodeAt(index)
    if (code >= 0xd8_00 && code <= 0xdb_ff) {
      const next = value.charCodeAt(index + 1)
      if (next >= 0xdc_00 && next <= 0xdf_ff) {
        pairs.push(index)
        index++
      }
    }
  }

  return {
    toCodePoint(offset) {
      const clamped = Math.max(0, Math.min(offset, value.length))
      if (pairs.length === 0) return clamped
      // Pairs that end at or before the offset each count once, not twice.
      let low = 0
      let high = pairs.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (pairs[middle]! + 2 <= clamped) low = middle + 1
        else high = middle
      }

      return clamped - low
    }
  }
}
