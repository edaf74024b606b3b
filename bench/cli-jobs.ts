/**
 * CLI benchmark: `--jobs 1` vs `--jobs 2` over the PolNeAR train split, and
 * memory on a 50,000-line JSONL stream (the Spark/Hadoop streaming mode).
 *
 * Run with `npm run bench:cli` (builds first) or, with a fresh build,
 * `npx tsx bench/cli-jobs.ts [--runs 3] [--lines 50000] [--only jobs|memory] [--cli path/to/cli.cjs]`.
 * Timings are wall clock on whatever else the machine is doing: the load
 * average is printed with them, and the CPU time (user + sys, all threads)
 * of each run, which other load disturbs much less.
 */
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const train = path.resolve(root, '..', 'shared', 'data', 'polnear', 'train', 'text')

const {values} = parseArgs({
  options: {
    runs: {type: 'string', default: '2'},
    lines: {type: 'string', default: '50000'},
    only: {type: 'string'},
    // Another build of the CLI, to compare variants back to back.
    cli: {type: 'string'}
  }
})
const cli = values.cli === undefined ? path.join(root, 'dist', 'cli.cjs') : path.resolve(values.cli)
const runs = Number(values.runs)
const lineCount = Number(values.lines)

if (!existsSync(cli)) {
  console.error('Missing dist/cli.cjs: run `npm run build` first (or `npm run bench:cli`).')
  process.exit(1)
}

if (!existsSync(train)) {
  console.log('Skipping: PolNeAR train split not found at ' + train)
  process.exit(0)
}

if (values.only !== 'memory') await benchJobs()
if (values.only !== 'jobs') await benchMemory()

async function benchJobs(): Promise<void> {
  const files = readdirSync(train).filter((name) => name.endsWith('.txt'))
  console.log('## --jobs 1 vs --jobs 2: ' + files.length + ' PolNeAR train articles, --format jsonl')
  console.log(`(${cli}; the default --jobs here is ${availableParallelism()})`)
  const times: Record<number, number[]> = {1: [], 2: []}
  const cpus: Record<number, number[]> = {1: [], 2: []}
  const hashes = new Set<string>()
  for (let run = 1; run <= runs; run++) {
    for (const jobs of [1, 2]) {
      const load = loadavg()[0]!.toFixed(1)
      const cpuBefore = childCpu()
      const start = performance.now()
      const {code, hash, lines} = await annotateDirectory(jobs)
      const seconds = (performance.now() - start) / 1000
      const cpu = childCpu() - cpuBefore
      if (code !== 0) throw new Error('CLI exited with ' + code)
      times[jobs]!.push(seconds)
      cpus[jobs]!.push(cpu)
      hashes.add(hash)
      console.log(
        `run ${run} --jobs ${jobs}: ${seconds.toFixed(2)} s wall, ${cpuText(cpu)} CPU (${lines} rows, load average before ${load})`
      )
    }
  }

  const best1 = Math.min(...times[1]!)
  const best2 = Math.min(...times[2]!)
  for (const jobs of [1, 2]) {
    console.log(
      `--jobs ${jobs}: best ${Math.min(...times[jobs]!).toFixed(2)} s, median ${median(times[jobs]!).toFixed(2)} s wall; ` +
        `median ${cpuText(median(cpus[jobs]!))} CPU`
    )
  }

  console.log(`speedup of the best runs: ${(best1 / best2).toFixed(2)}× (target ≥ 1.7× on 2 idle cores)`)
  console.log(`output identical across runs and jobs: ${hashes.size === 1 ? 'yes' : 'NO'}`)
}

/**
 * CPU seconds (user + sys, every thread) of the waited-for children of this
 * process so far, from /proc (Linux); `NaN` elsewhere.
 */
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // cutime and cstime (fields 16 and 17 of proc(5)), in clock ticks of 1/100 s.
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return Number.NaN
  }
}

function cpuText(seconds: number): string {
  return Number.isNaN(seconds) ? 'n/a' : seconds.toFixed(2) + ' s'
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function annotateDirectory(jobs: number): Promise<{code: number | null; hash: string; lines: number}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'annotate', '--format', 'jsonl', '--jobs', String(jobs), train], {
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const hash = createHash('sha256')
    let lines = 0
    child.stdout.on('data', (chunk: Buffer) => {
      hash.update(chunk)
      for (const byte of chunk) if (byte === 10) lines++
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code, hash: hash.digest('hex'), lines}))
  })
}

async function benchMemory(): Promise<void> {
  // Paragraphs of the train split as records, cycled: many short records
  // stress the streaming machinery (not the annotator) and keep the run short.
  const paragraphs: string[] = []
  for (const name of readdirSync(train).sort()) {
    if (!name.endsWith('.txt')) continue
    for (const block of readFileSync(path.join(train, name), 'utf8').split(/\n\s*\n/)) {
      if (block.trim()) paragraphs.push(block.trim())
    }
  }

  console.log(`\n## Memory: ${lineCount} JSONL lines through --input-format jsonl --format jsonl --jobs 2`)
  console.log(`(records cycle through ${paragraphs.length} train paragraphs)`)
  const checkpoints = new Set([1000, 10_000, 25_000, 50_000, lineCount])
  for (let at = 100_000; at < lineCount; at += 50_000) checkpoints.add(at)
  const child = spawn(process.execPath, [cli, 'annotate', '--input-format', 'jsonl', '--format', 'jsonl', '--jobs', '2'], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const start = performance.now()
  let received = 0
  let inOrder = true
  let rest = ''
  let maxRss = 0
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve))

  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop()!
    for (const line of parts) {
      if (!line.startsWith('{"id":"r' + received + '"')) inOrder = false
      received++
      if (received % 1000 === 0) maxRss = Math.max(maxRss, memory(child.pid!).rss)
      if (checkpoints.has(received)) {
        const {rss, peak} = memory(child.pid!)
        const rate = received / ((performance.now() - start) / 1000)
        console.log(
          `${String(received).padStart(6)} lines: RSS ${mb(rss)}, peak RSS so far ${mb(peak)} (${rate.toFixed(0)} lines/s)`
        )
      }
    }
  })

  for (let index = 0; index < lineCount; index++) {
    const record = JSON.stringify({id: 'r' + index, text: paragraphs[index % paragraphs.length]}) + '\n'
    if (!child.stdin.write(record)) await new Promise((resolve) => child.stdin.once('drain', resolve))
  }

  child.stdin.end()
  const code = await closed
  console.log(`exit code ${code}; ${received} output lines for ${lineCount} input lines; in order: ${inOrder ? 'yes' : 'NO'}`)
  console.log(`largest RSS sampled every 1000 lines: ${mb(maxRss)}`)
}

/** RSS and peak RSS (VmHWM) of a process, from /proc (Linux). */
function memory(pid: number): {rss: number; peak: number} {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) => Number(new RegExp(name + ':\\s+(\\d+) kB').exec(status)?.[1] ?? 0) * 1024
    return {rss: field('VmRSS'), peak: field('VmHWM')}
  } catch {
    return {rss: 0, peak: 0}
  }
}

function mb(bytes: number): string {
  return bytes ? (bytes / 1024 / 1024).toFixed(0) + ' MB' : 'n/a'
}
