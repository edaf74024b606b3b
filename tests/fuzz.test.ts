/**
 * Property tests over hostile input (a few thousand cases; `npm run fuzz`
 * runs the same properties for 100,000+).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {annotate} from '../src/annotate.js'
import {annotateAndCheck, checkAnnotation, fuzzProperties, loadSeed, mutate} from './properties.js'

const seed = loadSeed()
const total = Number(process.env.FUZZ_RUNS ?? 2500)
// Fixed, so `npm test` is deterministic; `FUZZ_SEED=…` or `npm run fuzz` explore further.
const seedNumber = Number(process.env.FUZZ_SEED ?? 20_261_127)

describe('annotate (fuzz)', () => {
  it('checks its own invariants on the seed in every format', () => {
    annotateAndCheck(seed.text, ['auto', 'markdown', 'text'])
  })

  it('the checker catches a broken span', () => {
    const result = annotate(seed.text, {format: 'text'})
    const paragraph = result.paragraphs[0]
    expect(paragraph).toBeDefined()
    const broken = structuredClone(result)
    broken.paragraphs[0]!.text += 'x'
    expect(() => checkAnnotation(seed.text, broken)).toThrow(/text is/)
    const shifted = structuredClone(result)
    shifted.paragraphs[0]!.position.end.column += 1
    expect(() => checkAnnotation(seed.text, shifted)).toThrow(/expected/)
  })

  it('mutations apply', () => {
    expect(mutate('a\nb', [{type: 'crlf'}, {type: 'bom'}, {type: 'insert', at: 1, value: '“'}])).toBe('\uFEFF“a\r\nb')
  })

  // Counterexamples `npm run fuzz` found, kept as regressions.
  const found = [
    // TypeError in `appositive` (src/sources/names.ts) when the text ends in “, the”.
    'Sarah Yager, the',
    '“Symbolically, this policy takes the United States away from restraint,” said Sarah Yager, the',
    'The administration reversed a policy except on the report showsKorean Peninsula, a'
  ]
  for (const input of found) {
    it('found by `npm run fuzz`: ' + JSON.stringify(input.slice(0, 40)), () => {
      annotateAndCheck(input, ['auto', 'markdown', 'text'])
    })
  }

  for (const {name, share, property} of fuzzProperties(seed.text)) {
    const runs = Math.max(1, Math.round(total * share))
    it(name + ' (' + runs + ' cases)', () => {
      fc.assert(property, {numRuns: runs, seed: seedNumber})
    }, 180_000)
  }
})
