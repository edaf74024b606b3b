/**
 * Instruction-count bench (opt-in: `npm run bench -- --only instructions`):
 * the adversarial shapes at n and 10n again, counted in machine
 * instructions under valgrind instead of timed.
 *
 * Why instructions: on a shared virtual machine CPU time of the same input
 * differs 2–5× from one run to the next, and an input of a few milliseconds
 * fits in the caches where its 10n sibling does not, so the timed table
 * flags shapes at random. An instruction count does not depend on the
 * caches, the clock or the neighbours: with node single-threaded (no
 * concurrent JIT or GC threads) and fixed seeds, a count repeats to within
 * a fraction of a percent. It tests the algorithm, not the memory
 * hierarchy. The budget of the issue stays stated in time (the adversarial
 * section’s ratio and seconds per MB); this table tells a super-linear
 * stage from noise.
 *
 * Method: the core (`src/index.ts`) is bundled once with esbuild (valgrind
 * does not pay for tsx), each shape’s input at n and 10n is written to a
 * file (UTF-16, so lone surrogates survive), and one runner process per
 * shape, `node --single-threaded` under `valgrind --tool=callgrind`, calls
 * `annotate` on n `warm + measured` times, then on 10n the same way. Between
 * calls it calls `os.loadavg()`, and `--dump-before` on that function makes
 * callgrind write the counters of each call to its own file, so one process
 * gives every call’s count (no start-up to subtract, no second process).
 * A call’s count is the median over the measured calls.
 *
 * Warm-up matters: V8 compiles and re-optimises on the main thread here, and
 * the first calls at n cost 5–10× a steady one (on `pronouns`: 1.9 G, 1.4,
 * 1.1, 0.6 … then 0.19 G from the ninth call). Ten calls warm n, ten are
 * measured; then one call warms 10n and three are measured (three and five
 * when 10n is under 200 kB: cheap, and the compilers settle later there).
 * `once` shapes (the 5 MB boilerplate page, minutes a call under
 * callgrind): two warm and two measured at n, then one measured call at 10n,
 * warmed by those. Even warm, the compilers keep going (synchronously, so
 * counted: up to half of a 10n call on the article shapes, as V8 keeps
 * re-optimising the bundle’s functions): medians, and the mutator ratio.
 *
 * Two ratios: of all instructions, and of the mutator’s alone — everything
 * but V8’s garbage collector and compilers, told apart by function name
 * (JIT-compiled code and builtins count as mutator). The first still holds
 * the garbage collector’s regime: a 10n call’s output outlives the young
 * generation and is copied and promoted, an n call’s dies young, so
 * collection costs 2–5× more per byte at 10n on dense shapes; and on small
 * inputs a re-optimisation is a large share of a call. The flag is on the
 * mutator ratio (> 12): that is the algorithm; `gc+jit` marks a shape whose
 * ratio of all instructions alone is over 12.
 */
import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {shapes, type Shape} from './adversarial.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Options of {@link runInstructions}. */
export interface InstructionsOptions {
  /** Multiply every shape’s `n` (default: 1), as the adversarial section does. */
  scale?: number
  /** Only shapes whose name includes this (default: all). */
  filter?: string | undefined
  /** Only shapes whose name includes one of these (default: all); with `filter`, both must hold. */
  filters?: readonly string[] | undefined
  /** Valgrind processes at once (default: 2, at most the cores). */
  processes?: number
  /** Wall seconds before a shape’s process is killed (default: 2400). */
  timeout?: number
}

/** One row of the instruction table. */
export interface InstructionsRow {
  shape: string
  n: number
  bytesN: number
  bytes10n: number
  /** Instructions of one steady call at n and at 10n (median of the measured calls). */
  instrN: number
  instr10n: number
  ratio: number
  /** Same, without the garbage collector and the compilers. */
  mutatorN: number
  mutator10n: number
  mutatorRatio: number
  /** Shares of a 10n call spent in the garbage collector and in the compilers. */
  gcShare10n: number
  compilerShare10n: number
  /** (max − min) / median of the mutator’s count over the measured calls at 10n. */
  spread10n: number
  seconds: number
  error: string | undefined
  flagged: boolean
}

/** Counts of one call (one callgrind part). */
interface Part {
  total: number
  gc: number
  compiler: number
  mutator: number
}

interface Plan {
  warmN: number
  runsN: number
  warm10n: number
  runs10n: number
}

/** Calls per size: inputs under 200 kB at 10n are cheap, and get more. */
function plan(shape: Shape, bytes10n: number): Plan {
  if (shape.once) return {warmN: 2, runsN: 2, warm10n: 0, runs10n: 1}
  return bytes10n < 200_000 ? {warmN: 10, runsN: 10, warm10n: 3, runs10n: 5} : {warmN: 10, runsN: 10, warm10n: 1, runs10n: 3}
}

/** V8’s compilers (bytecode, baseline, Maglev, TurboFan, irregexp, deoptimizer data). */
const compilerName =
  /v8::internal::(?:compiler|maglev|baseline|interpreter|turboshaft)::|Compil|Deoptimiz|Translation|Parser|Scanner|v8::internal::Zone|Assembler|TieringManager|Scope::|SourcePositionTable|RelocInfoWriter/

/** V8’s garbage collector. */
const gcName =
  /v8::internal::Heap::|v8::internal::Heap\b|Scaveng|Marking|MarkCompact|Sweep|Evacuat|MemoryAllocator|PagedSpace|SemiSpace|NewSpace|LargeObjectSpace|RememberedSet|SlotSet|BodyDescriptor|SizeFromMap|Pretenuring|MemoryChunk|MemoryReducer|GCTracer|WeakObjects|LiveObject|heap::base::|cppgc::|Safepoint|RecordMigratedSlot/

/**
 * Self cost per category of one callgrind part (written with
 * `--compress-strings=no --compress-pos=no`): cost lines after `fn=` are the
 * function’s own; the line after `calls=` is a callee’s inclusive cost and
 * is skipped.
 */
function readPart(path: string): Part {
  const part: Part = {total: 0, gc: 0, compiler: 0, mutator: 0}
  let category: 'gc' | 'compiler' | 'mutator' = 'mutator'
  let call = false
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const code = line.charCodeAt(0)
    if (code >= 48 && code <= 57) {
      if (call) {
        call = false
        continue
      }

      const space = line.indexOf(' ')
      if (space > 0) part[category] += Number(line.slice(space + 1))
    } else if (line.startsWith('fn=')) {
      const name = line.slice(3)
      category = compilerName.test(name) ? 'compiler' : gcName.test(name) ? 'gc' : 'mutator'
    } else if (line.startsWith('calls=')) {
      call = true
    } else if (line.startsWith('summary:')) {
      part.total = Number(line.slice(8).trim())
    }
  }

  return part
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const runnerSource = `// Generated by bench/instructions.ts.
import {readFileSync} from 'node:fs'
import {loadavg} from 'node:os'
import {annotate} from './core.mjs'

const [fileN, file10n, format, runsN, runs10n] = process.argv.slice(2)
const inputs = [[readFileSync(fileN, 'utf16le'), Number(runsN)], [readFileSync(file10n, 'utf16le'), Number(runs10n)]]
// callgrind --dump-before=node::os::GetLoadAvg*: every call starts a new part.
const mark = loadavg
let calls = 0
let error = null
mark()
try {
  for (const [text, runs] of inputs) {
    for (let index = 0; index < runs; index++) {
      annotate(text, {format})
      mark()
      calls++
    }
  }
} catch (caught) {
  error = String(caught instanceof Error ? caught.name + ': ' + caught.message : caught).slice(0, 160)
}

process.stdout.write(JSON.stringify({calls, error}) + '\\n')
`

/** Run one shape under callgrind; the counts of every call, in order. */
async function measure(
  shape: Shape,
  n: number,
  directory: string,
  timeout: number
): Promise<{bytesN: number; bytes10n: number; parts: Part[]; error: string | undefined}> {
  const work = join(directory, String(shapes.indexOf(shape)))
  mkdirSync(work)
  const small = shape.make(n)
  const large = shape.make(n * 10)
  writeFileSync(join(work, 'n.txt'), small, 'utf16le')
  writeFileSync(join(work, '10n.txt'), large, 'utf16le')
  const steps = plan(shape, Buffer.byteLength(large))
  const runsN = steps.warmN + steps.runsN
  const runs10n = steps.warm10n + steps.runs10n
  const out = join(work, 'callgrind.out')
  const child = spawn(
    'valgrind',
    [
      '--tool=callgrind',
      '--dump-before=node::os::GetLoadAvg*',
      '--compress-strings=no',
      '--compress-pos=no',
      '--callgrind-out-file=' + out,
      process.execPath,
      '--single-threaded',
      '--hash-seed=1',
      '--random-seed=1',
      join(directory, 'runner.mjs'),
      join(work, 'n.txt'),
      join(work, '10n.txt'),
      shape.format,
      String(runsN),
      String(runs10n)
    ],
    // A fixed environment and directory: npm’s variables or another working
    // directory change the heap’s layout, and so when the collector runs
    // (up to 3% on a 10n call).
    {stdio: ['ignore', 'pipe', 'pipe'], cwd: directory, env: {PATH: process.env['PATH'] ?? '/usr/bin:/bin'}}
  )
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, timeout * 1000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)

  const result = {bytesN: Buffer.byteLength(small), bytes10n: Buffer.byteLength(large), parts: [] as Part[], error: undefined as string | undefined}
  let calls = 0
  try {
    const report = JSON.parse(stdout.trim().split('\n').pop() ?? '') as {calls: number; error: string | null}
    calls = report.calls
    if (report.error) result.error = report.error
  } catch {
    result.error = killed ? 'timeout ' + timeout + ' s' : 'exit ' + code + ': ' + stderr.trim().split('\n').slice(-3).join(' / ').slice(0, 200)
  }

  // Part 1 is start-up up to the first mark; part 1 + i is call i.
  const files = new Set(readdirSync(work))
  for (let index = 0; index < calls; index++) {
    const name = 'callgrind.out.' + (index + 2)
    if (!files.has(name)) {
      result.error ??= 'missing callgrind part ' + (index + 2)
      break
    }

    result.parts.push(readPart(join(work, name)))
  }

  rmSync(work, {recursive: true, force: true})
  return result
}

/**
 * Run the instruction section: print the table and return its rows.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   One row per shape, or `undefined` when valgrind is missing.
 */
export async function runInstructions(options?: Readonly<InstructionsOptions>): Promise<InstructionsRow[] | undefined> {
  const scale = options?.scale ?? 1
  const filters = (options?.filters ?? []).map((filter) => filter.toLowerCase()).filter((filter) => filter !== '')
  const processes = Math.max(1, Math.min(options?.processes ?? 2, availableParallelism()))
  const timeout = options?.timeout ?? 2400
  const selected = shapes.filter(
    (shape) =>
      (!options?.filter || shape.name.toLowerCase().includes(options.filter.toLowerCase())) &&
      (filters.length === 0 || filters.some((filter) => shape.name.toLowerCase().includes(filter)))
  )

  console.log('\n## instructions: instructions of one steady annotate call at n and 10n per shape, under valgrind (flag: mutator ratio > 12)')
  console.log('   (all: every instruction of the call; mut: without V8’s garbage collector and compilers, whose shares of a 10n call')
  console.log('    GC and JIT are; n: median of 10 calls after 10, 10n: of 3 after 1, or 5 after 3 under 200 kB; `once`: 2 after 2, 1 after those;')
  console.log('    spread: (max − min)/median of mut at 10n; gc+jit: the ratio of all is over 12, the mutator’s is not)\n')

  if (spawnSync('valgrind', ['--version']).error) {
    console.log('skipped: valgrind not found')
    return undefined
  }

  const started = performance.now()
  const directory = mkdtempSync(join(tmpdir(), 'claimtrace-instructions-'))
  const rows: Array<InstructionsRow | undefined> = []
  try {
    await build({
      entryPoints: [join(root, 'src', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: join(directory, 'core.mjs'),
      logLevel: 'warning'
    })
    writeFileSync(join(directory, 'runner.mjs'), runnerSource)

    console.log(
      pad('shape', 38) + pad('n', 15, true) + pad('size n', 10, true) + pad('size 10n', 10, true) +
        pad('M all n', 9, true) + pad('M all 10n', 10, true) + pad('ratio', 7, true) + pad('/B 10n', 8, true) +
        pad('M mut n', 9, true) + pad('M mut 10n', 10, true) + pad('mut ratio', 10, true) + pad('GC', 5, true) + pad('JIT', 5, true) +
        pad('spread', 7, true) + pad('s', 6, true)
    )

    // Rows print in shape order, each as soon as it and those before are done.
    let printed = 0
    const flush = (): void => {
      while (printed < selected.length && rows[printed]) print(rows[printed++]!)
    }

    let next = 0
    const lane = async (): Promise<void> => {
      while (next < selected.length) {
        const index = next++
        const shape = selected[index]!
        const n = Math.max(1, Math.round(shape.base * scale))
        const shapeStarted = performance.now()
        const result = await measure(shape, n, directory, timeout)
        rows[index] = row(shape, n, result, (performance.now() - shapeStarted) / 1000)
        flush()
      }
    }

    await Promise.all(Array.from({length: processes}, lane))
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }

  const done = rows.filter((item): item is InstructionsRow => item !== undefined)
  const flagged = done.filter((item) => item.flagged)
  const gcOnly = done.filter((item) => !item.flagged && item.ratio > 12)
  console.log(
    '\n%d shapes, %d flagged%s%s; %s s',
    done.length,
    flagged.length,
    flagged.length > 0 ? ': ' + flagged.map((item) => item.shape).join(', ') : '',
    gcOnly.length > 0 ? '; ratio of all over 12 from the garbage collector and compilers alone: ' + gcOnly.map((item) => item.shape).join(', ') : '',
    ((performance.now() - started) / 1000).toFixed(1)
  )
  return done
}

function row(
  shape: Shape,
  n: number,
  result: Awaited<ReturnType<typeof measure>>,
  seconds: number
): InstructionsRow {
  const steps = plan(shape, result.bytes10n)
  const atN = result.parts.slice(steps.warmN, steps.warmN + steps.runsN)
  const at10n = result.parts.slice(steps.warmN + steps.runsN + steps.warm10n)
  const complete = result.error === undefined && atN.length === steps.runsN && at10n.length === steps.runs10n
  const pick = (parts: Part[], key: keyof Part): number => (complete ? median(parts.map((part) => part[key])) : Number.NaN)
  const instrN = pick(atN, 'total')
  const instr10n = pick(at10n, 'total')
  const mutatorN = pick(atN, 'mutator')
  const mutator10n = pick(at10n, 'mutator')
  const mutators10n = at10n.map((part) => part.mutator)
  const ratio = instr10n / instrN
  const mutatorRatio = mutator10n / mutatorN
  return {
    shape: shape.name,
    n,
    bytesN: result.bytesN,
    bytes10n: result.bytes10n,
    instrN,
    instr10n,
    ratio,
    mutatorN,
    mutator10n,
    mutatorRatio,
    gcShare10n: pick(at10n, 'gc') / instr10n,
    compilerShare10n: pick(at10n, 'compiler') / instr10n,
    spread10n: complete && mutators10n.length > 1 ? (Math.max(...mutators10n) - Math.min(...mutators10n)) / mutator10n : Number.NaN,
    seconds,
    error: result.error,
    flagged: !(mutatorRatio <= 12)
  }
}

function print(item: InstructionsRow): void {
  const shape = shapes.find((candidate) => candidate.name === item.shape)!
  const mark = item.flagged ? '  FLAG' + (item.error ? ' (' + item.error + ')' : '') : item.ratio > 12 ? '  gc+jit' : ''
  console.log(
    pad(item.shape, 38) + pad(item.n + ' ' + shape.unit, 15, true) + pad(size(item.bytesN), 10, true) + pad(size(item.bytes10n), 10, true) +
      pad(fixed(item.instrN / 1e6), 9, true) + pad(fixed(item.instr10n / 1e6), 10, true) + pad(fixed(item.ratio, 2), 7, true) +
      pad(fixed(item.instr10n / item.bytes10n, 0), 8, true) +
      pad(fixed(item.mutatorN / 1e6), 9, true) + pad(fixed(item.mutator10n / 1e6), 10, true) + pad(fixed(item.mutatorRatio, 2), 10, true) +
      pad(percent(item.gcShare10n), 5, true) + pad(percent(item.compilerShare10n), 5, true) + pad(percent(item.spread10n), 7, true) + pad(item.seconds.toFixed(0), 6, true) + mark
  )
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width)
}

function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–'
}

function percent(value: number): string {
  return Number.isFinite(value) ? (value * 100).toFixed(0) + '%' : '–'
}

function size(bytes: number): string {
  return bytes >= 1e6 ? (bytes / 1e6).toFixed(2) + ' MB' : (bytes / 1e3).toFixed(1) + ' kB'
}
