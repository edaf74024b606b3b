/**
 * Turn possibly overlapping ranges (quotes, claims, mentions) into properly
 * nested fragments, as HTML elements must nest.
 */

/** A range to nest; `value` is carried through untouched. */
export interface Range<Value> {
  /** Start offset (inclusive). */
  readonly start: number
  /** End offset (exclusive). */
  readonly end: number
  readonly value: Value
  /**
   * Whether this range may hold ranges placed before it (a quote may hold a
   * mention; a link may not hold a focusable quote): when `false`, the range
   * is cut around them. Place such ranges last, as ranges placed after one
   * still nest inside it.
   */
  readonly container: boolean
}

/** A node of the nested tree: one fragment of a range, or the root. */
export interface Fragment<Value> {
  start: number
  end: number
  /** The range this fragment belongs to; `undefined` for the root. */
  range: Range<Value> | undefined
  /** Disjoint child fragments, in order, all inside `start`–`end`. */
  children: Array<Fragment<Value>>
}

/**
 * Nest ranges into a tree of fragments.
 *
 * Ranges are placed in the given order, so earlier ones take precedence:
 * when two ranges cross (neither holds the other), the one placed later is
 * split at the other’s boundary, one piece inside it and one outside. A range
 * is never split by a range placed after it. Ranges are clipped to
 * `start`–`end`; empty ones are dropped.
 *
 * Cost: each range walks the children along its path (binary search for the
 * first overlap), so a paragraph of `n` ranges is `O(n log n)` when ranges
 * seldom cross.
 *
 * @param start
 *   Start of the text to cover.
 * @param end
 *   End of the text to cover.
 * @param ranges
 *   Ranges in order of precedence.
 * @returns
 *   The root fragment (`range: undefined`) covering `start`–`end`.
 */
export function nest<Value>(start: number, end: number, ranges: ReadonlyArray<Range<Value>>): Fragment<Value> {
  const root: Fragment<Value> = {start, end, range: undefined, children: []}
  for (const range of ranges) {
    const from = Math.max(start, range.start)
    const to = Math.min(end, range.end)
    if (from < to) insert(root, from, to, range)
  }

  return root
}

function insert<Value>(parent: Fragment<Value>, start: number, end: number, range: Range<Value>): void {
  const children = parent.children
  // Children are disjoint and sorted, so their ends increase too.
  let low = 0
  let high = children.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (children[middle]!.end > start) high = middle
    else low = middle + 1
  }

  const first = low
  let last = first
  while (last < children.length && children[last]!.start < end) last++

  if (last - first === 1) {
    const only = children[first]!
    if (only.start <= start && end <= only.end) {
      insert(only, start, end, range)
      return
    }
  }

  const replacement: Array<Fragment<Value>> = []
  let current: Fragment<Value> | undefined
  let position = start

  for (let index = first; index < last; index++) {
    const child = children[index]!
    const inside = child.start >= start && child.end <= end

    if (inside && range.container) {
      current ??= {start: position, end: position, range, children: []}
      current.children.push(child)
      current.end = child.end
      position = child.end
    } else {
      // Crossing (or a range that may not hold `child`): the piece that
      // overlaps `child` goes inside it, the rest stays out here.
      if (child.start > position) {
        current ??= {start: position, end: position, range, children: []}
        current.end = child.start
      }

      if (current) {
        replacement.push(current)
        current = undefined
      }

      const to = Math.min(end, child.end)
      insert(child, Math.max(start, child.start), to, range)
      replacement.push(child)
      position = to
    }
  }

  if (position < end) {
    current ??= {start: position, end: position, range, children: []}
    current.end = end
  }

  if (current) replacement.push(current)
  children.splice(first, last - first, ...replacement)
}
