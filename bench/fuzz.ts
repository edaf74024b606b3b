/**
 * Long fuzz run: the properties of `tests/properties.ts` (the same ones
 * `tests/fuzz.test.ts` runs in `npm test`) for many cases.
 *
 * Usage: `npm run fuzz -- [--runs 100000] [--seed N] [--batch 5000]
 * [--only TEXT] [--keep-going]`
 * Prints cases per second and the total; exits 1 with the shrunk
 * counterexample on the first failure, or with `--keep-going` goes on with
 * the next batch and lists every distinct failure at the end.
 */
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import {fuzzProperties, loadSeed} from '../tests/properties.js'

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '100000'},
    seed: {type: 'string'},
    batch: {type: 'string', default: '5000'},
    only: {type: 'string'},
    'keep-going': {type: 'boolean', default: false}
  }
})

/** A failure: the first line of its error, where, and the shrunk input. */
interface Failure {
  property: string
  message: string
  seed: number
  input: string
  count: number
}

const total = Number(values.runs)
const batchSize = Math.max(1, Number(values.batch))
const baseSeed = values.seed === undefined ? Date.now() | 0 : Number(values.seed)
if (!Number.isInteger(total) || total < 1) throw new TypeError('Expected `--runs` to be a positive integer')

const article = loadSeed()
console.log('fuzz: %d cases, seed %d, articles mutated from %s', total, baseSeed, article.from)

const started = performance.now()
const failures = new Map<string, Failure>()
let done = 0
for (const {name, share, property} of fuzzProperties(article.text)) {
  if (values.only && !name.includes(values.only)) continue
  const runs = Math.max(1, Math.round(total * share))
  const propertyStart = performance.now()
  let ran = 0
  let batch = 0
  while (ran < runs) {
    let numRuns = Math.min(batchSize, runs - ran)
    const seed = (baseSeed + batch * 7919) | 0
    const details = fc.check(property, {numRuns, seed})
    if (details.failed) {
      const error = details.errorInstance
      const text = String(error instanceof Error ? error.message : error)
      // Same bug, same message (minus the counterexample-specific parts).
      const message = text.split('\n')[0]!.replace(/"[^"]*"|`[^`]*`|\d+/g, '…').slice(0, 200)
      const key = message
      const known = failures.get(key)
      if (known) known.count++
      else failures.set(key, {property: name, message: text.split('\n').slice(0, 3).join(' | '), seed, input: JSON.stringify(details.counterexample?.[0]), count: 1})
      console.error('\nFAILED: %s (seed %d, after %d cases of this batch)', name, seed, details.numRuns)
      console.error('counterexample (JSON): %s', JSON.stringify(details.counterexample?.[0]))
      console.error(String(error instanceof Error ? error.stack : error))
      console.error('reproduce: fc.assert(property, {seed: %d, path: %j})', seed, details.counterexamplePath)
      if (!values['keep-going']) process.exit(1)
      // Cases run before the failure count; the batch is abandoned.
      numRuns = details.numRuns
    }

    ran += numRuns
    batch++
    const seconds = (performance.now() - propertyStart) / 1000
    const progress = '  ' + name + ': ' + ran + '/' + runs + ' (' + Math.round(ran / seconds) + ' cases/s)'
    // A live line on a terminal, one line per batch in a log.
    if (process.stdout.isTTY) process.stdout.write('\r' + progress + '   ')
    else console.log(progress)
  }

  const seconds = (performance.now() - propertyStart) / 1000
  done += runs
  console.log(
    (process.stdout.isTTY ? '\r' : '') + '  %s: %d cases in %s s, %d cases/s   ',
    name,
    runs,
    seconds.toFixed(1),
    Math.round(runs / seconds)
  )
}

const seconds = (performance.now() - started) / 1000
console.log(
  'fuzz total: %d cases, %d distinct failure(s), %s s, %d cases/s',
  done,
  failures.size,
  seconds.toFixed(1),
  Math.round(done / seconds)
)
for (const failure of failures.values()) {
  console.log('  - %s (%d×): %s\n    e.g. seed %d: %s', failure.property, failure.count, failure.message, failure.seed, failure.input)
}

if (failures.size > 0) process.exitCode = 1
