/**
 * `npm run bench`: adversarial complexity, speed against remark-parse,
 * memory allocated per input byte, and the browser bundle size.
 *
 * Usage: `npm run bench -- [--only adversarial,speed,alloc,size,instructions]
 * [--scale 1] [--shape TEXT] [--shapes TEXT,TEXT] [--timeout 8] [--rounds 5]
 * [--processes 3] [--strict]`
 * `--shape` keeps the shapes whose name includes TEXT, `--shapes` those
 * whose name includes any of the comma-separated TEXTs (adversarial and
 * instructions). `instructions` (instruction counts of the adversarial
 * shapes under valgrind, tens of minutes) runs only when `--only` names it.
 * `--strict` exits 1 when a shape is flagged, the speed ratio is over 1.5 or
 * the bundle is over budget.
 */
import {parseArgs} from 'node:util'
import {runAdversarial} from './adversarial.js'
import {runAllocation} from './allocation.js'
import {gzipBudget, runBundleSize} from './bundle-size.js'
import {runInstructions} from './instructions.js'
import {runSpeed} from './speed.js'

const sections = ['adversarial', 'speed', 'alloc', 'size'] as const
/** Sections run only when `--only` names them. */
const optIn = ['instructions'] as const
const known: readonly string[] = [...sections, ...optIn]

const {values} = parseArgs({
  options: {
    only: {type: 'string'},
    scale: {type: 'string', default: '1'},
    shape: {type: 'string'},
    shapes: {type: 'string'},
    timeout: {type: 'string', default: '8'},
    rounds: {type: 'string', default: '5'},
    processes: {type: 'string', default: '3'},
    strict: {type: 'boolean', default: false}
  }
})

const only = new Set<string>(values.only ? values.only.split(',').map((value) => value.trim()) : sections)
for (const name of only) {
  if (!known.includes(name)) {
    throw new TypeError('Expected `--only` to list ' + known.join(', ') + ', got `' + name + '`')
  }
}

const shapeFilters = values.shapes ? values.shapes.split(',').map((value) => value.trim()) : undefined

const started = performance.now()
const problems: string[] = []
console.log('claimtrace bench (node %s, %s)', process.version, new Date().toISOString())

if (only.has('adversarial')) {
  const rows = await runAdversarial({scale: Number(values.scale), filter: values.shape, filters: shapeFilters, timeout: Number(values.timeout)})
  for (const row of rows) if (row.flagged) problems.push('adversarial: ' + row.shape)
}

if (only.has('instructions')) {
  const rows = await runInstructions({scale: Number(values.scale), filter: values.shape, filters: shapeFilters})
  for (const row of rows ?? []) if (row.flagged) problems.push('instructions: ' + row.shape)
}

if (only.has('speed')) {
  const speed = runSpeed({rounds: Number(values.rounds), processes: Number(values.processes)})
  if (speed && speed.ratio > 1.5) problems.push('speed: ratio ' + speed.ratio.toFixed(2) + ' > 1.5')
}

if (only.has('alloc')) await runAllocation()

if (only.has('size')) {
  const size = await runBundleSize()
  if (size.gzip > gzipBudget) problems.push('size: ' + size.gzip + ' B gzip > ' + gzipBudget)
}

console.log('\nbench done in %s s; %d problem(s)%s', ((performance.now() - started) / 1000).toFixed(1), problems.length, problems.length > 0 ? ':\n  ' + problems.join('\n  ') : '')
if (values.strict && problems.length > 0) process.exitCode = 1
