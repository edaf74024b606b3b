import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {nest, type Fragment, type Range} from '../src/render/tree.js'

/** Compact picture of a tree: `[name:…]` for fragments, text as offsets’ letters. */
function picture(text: string, fragment: Fragment<string>): string {
  let result = ''
  let position = fragment.start
  for (const child of fragment.children) {
    result += text.slice(position, child.start) + '[' + child.range!.value + ':' + picture(text, child) + ']'
    position = child.end
  }

  return result + text.slice(position, fragment.end)
}

function range(start: number, end: number, value: string, container = true): Range<string> {
  return {start, end, value, container}
}

describe('nest', () => {
  const text = 'abcdefghijklmnopqrstuvwxyz'

  it('nests contained ranges whatever the order they come in', () => {
    expect(picture(text, nest(0, 10, [range(2, 8, 'A'), range(3, 5, 'B')]))).toBe('ab[A:c[B:de]fgh]ij')
    expect(picture(text, nest(0, 10, [range(3, 5, 'B'), range(2, 8, 'A')]))).toBe('ab[A:c[B:de]fgh]ij')
  })

  it('puts a later range with the same extent inside the earlier one', () => {
    expect(picture(text, nest(0, 6, [range(1, 4, 'Q'), range(1, 4, 'C')]))).toBe('a[Q:[C:bcd]]ef')
  })

  it('splits the later of two crossing ranges, never the earlier', () => {
    // Q = c–h, C = f–j: C’s first piece goes inside Q, the rest after it.
    expect(picture(text, nest(0, 12, [range(2, 8, 'Q'), range(5, 10, 'C')]))).toBe('ab[Q:cde[C:fgh]][C:ij]kl')
    // Crossing from the left.
    expect(picture(text, nest(0, 12, [range(4, 9, 'Q'), range(1, 6, 'C')]))).toBe('a[C:bcd][Q:[C:ef]ghi]jkl')
  })

  it('cuts a range that may not hold others around them (links around quotes)', () => {
    expect(picture(text, nest(0, 10, [range(3, 5, 'Q'), range(1, 8, 'M', false)]))).toBe(
      'a[M:bc][Q:[M:de]][M:fgh]ij'
    )
  })

  it('lets a container hold several earlier ranges and cross one', () => {
    expect(
      picture(text, nest(0, 14, [range(1, 3, 'A'), range(5, 7, 'B'), range(9, 12, 'D'), range(0, 10, 'C')]))
    ).toBe('[C:a[A:bc]de[B:fg]hi][D:[C:j]kl]mn')
  })

  it('clips ranges to the covered text and drops empty ones', () => {
    expect(picture(text, nest(2, 6, [range(0, 4, 'A'), range(5, 5, 'E'), range(7, 9, 'F')]))).toBe('[A:cd]ef')
  })

  it('keeps every range whole as the union of its pieces, pieces nested and in order', () => {
    const arbitraryRange = fc
      .record({a: fc.nat({max: 40}), b: fc.nat({max: 40}), container: fc.boolean()})
      .filter(({a, b}) => a !== b)
    fc.assert(
      fc.property(fc.array(arbitraryRange, {maxLength: 12}), (specs) => {
        const all = specs.map(({a, b, container}, index) =>
          range(Math.min(a, b), Math.max(a, b), 'r' + index, container)
        )
        // As the viewer does: ranges that may not hold others (links) come last.
        const ranges = [...all.filter((item) => item.container), ...all.filter((item) => !item.container)]
        const root = nest(0, 40, ranges)
        const pieces = new Map<string, Array<[number, number]>>()

        walk(root)
        for (const item of ranges) {
          const covered = (pieces.get(item.value) ?? []).sort((x, y) => x[0] - y[0])
          // Pieces tile the range exactly: contiguous, no gaps, no overlaps.
          expect(covered[0]?.[0]).toBe(item.start)
          expect(covered.at(-1)?.[1]).toBe(item.end)
          for (let index = 1; index < covered.length; index++) {
            expect(covered[index]![0]).toBe(covered[index - 1]![1])
          }
        }

        // The first range is never split; nor is any container that crosses nothing placed before it.
        for (const [index, item] of ranges.entries()) {
          const earlier = ranges.slice(0, index)
          const crosses = earlier.some(
            (other) =>
              other.start < item.end &&
              item.start < other.end &&
              !(other.start <= item.start && item.end <= other.end) &&
              !(item.start <= other.start && other.end <= item.end && item.container)
          )
          if (!crosses) expect(pieces.get(item.value), item.value).toHaveLength(1)
        }

        function walk(fragment: Fragment<string>): void {
          let position = fragment.start
          for (const child of fragment.children) {
            expect(child.start).toBeGreaterThanOrEqual(position)
            expect(child.end).toBeGreaterThan(child.start)
            expect(child.end).toBeLessThanOrEqual(fragment.end)
            // A range that is not a container holds only pieces of ranges placed after it.
            if (fragment.range && !fragment.range.container) {
              expect(ranges.indexOf(child.range!)).toBeGreaterThan(ranges.indexOf(fragment.range))
            }

            position = child.end
            const list = pieces.get(child.range!.value) ?? []
            list.push([child.start, child.end])
            pieces.set(child.range!.value, list)
            walk(child)
          }
        }
      }),
      {numRuns: 500}
    )
  })
})
