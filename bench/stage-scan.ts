/**
 * Stage scan: every adversarial shape at two or more multiples of its size,
 * each stage of the pipeline timed alone (wall time, minimum of three, after
 * two untimed runs at the smallest size), and
 * how its time per unit grows from the smallest multiple to the largest.
 * Linear stages stay near ×1; a quadratic one doubles with every doubling.
 *
 *   npm run bench:stages -- [--sizes 10,40] [--shape TEXT]
 *
 * (`node --max-semi-space-size=256 --import tsx bench/stage-scan.ts`.)
 *
 * The young-generation setting (in the npm script) is for the scan only: with V8’s default
 * (16 MB) the large runs keep being collected while their output grows,
 * which is real but hides an algorithm’s growth behind the collector’s (see
 * the adversarial bench). Marked `<<<`: a stage over 1.6× that takes over
 * 20 ms at the largest size — then time it at sizes in between.
 */
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {findReports} from '../src/attribution/index.js'
import {findClaims} from '../src/claims/index.js'
import {parseDocument} from '../src/parse/document.js'
import {findQuotes} from '../src/quotes/index.js'
import {resolveSources} from '../src/sources/index.js'
import {shapes} from './adversarial.js'

const {values} = parseArgs({options: {sizes: {type: 'string', default: '10,40'}, shape: {type: 'string'}}})
const sizes = values.sizes.split(',').map(Number)
if (sizes.length < 2 || sizes.some((size) => !(size > 0))) throw new TypeError('Expected `--sizes` to list two or more multiples, got `' + values.sizes + '`')

for (const shape of shapes) {
  if (shape.once || (values.shape && !shape.name.includes(values.shape))) continue
  const perUnit: Record<string, number[]> = {}
  // Warm the JIT on the shape first (untimed): cold, the smallest size looks slowest.
  const warm = shape.make(Math.max(1, Math.round(shape.base * sizes[0]!)))
  for (let round = 0; round < 2; round++) {
    const doc = parseDocument(warm, shape.format, null, new VFile({value: warm}))
    const quotes = findQuotes(doc)
    const reports = findReports(doc, quotes)
    findClaims(doc, quotes, reports, resolveSources(doc, quotes, reports))
  }

  for (const multiple of sizes) {
    const units = Math.max(1, Math.round(shape.base * multiple))
    const input = shape.make(units)
    const best: Record<string, number> = {}
    const time = <T>(stage: string, run: () => T): T => {
      const start = performance.now()
      const result = run()
      best[stage] = Math.min(best[stage] ?? Number.POSITIVE_INFINITY, performance.now() - start)
      return result
    }

    for (let round = 0; round < 3; round++) {
      const doc = time('parse', () => parseDocument(input, shape.format, null, new VFile({value: input})))
      const quotes = time('quotes', () => findQuotes(doc))
      const reports = time('reports', () => findReports(doc, quotes))
      const sources = time('sources', () => resolveSources(doc, quotes, reports))
      time('claims', () => findClaims(doc, quotes, reports, sources))
    }

    for (const [stage, ms] of Object.entries(best)) (perUnit[stage] ??= []).push(ms / units)
  }

  const last = sizes.at(-1)!
  const parts = Object.entries(perUnit).map(([stage, list]) => {
    const growth = list.at(-1)! / list[0]!
    const ms = list.at(-1)! * Math.round(shape.base * last)
    return {text: stage + ' ×' + growth.toFixed(2) + ' (' + ms.toFixed(0) + ' ms)', suspect: growth > 1.6 && ms > 20}
  })
  console.log(shape.name.padEnd(40) + ' ' + parts.map((part) => part.text).join('  ') + (parts.some((part) => part.suspect) ? '  <<<' : ''))
}
