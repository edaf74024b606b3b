import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {sortInPlace} from '../src/sort.js'

describe('sortInPlace (internal)', () => {
  it('sorts like `Array#sort`, stably, short and long lists alike', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 6}), fc.nat()), {maxLength: 40}), (list) => {
        const compare = (a: [number, number], b: [number, number]): number => a[0] - b[0]
        const expected = [...list].sort(compare)
        const copy = [...list]
        expect(sortInPlace(copy, compare)).toBe(copy)
        expect(copy).toEqual(expected)
      }),
      {numRuns: 500}
    )
  })

  it('stays n log n on long reversed input', () => {
    const list = Array.from({length: 100_000}, (_, index) => -index)
    let comparisons = 0
    sortInPlace(list, (a, b) => {
      comparisons++
      return a - b
    })
    expect(list[0]).toBe(-99_999)
    // Insertion sort would need about 5 × 10⁹.
    expect(comparisons).toBeLessThan(100_000 * 20)
  })
})
