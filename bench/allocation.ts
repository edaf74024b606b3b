/**
 * Memory allocated by `annotate`, per input byte: a figure this shared,
 * noisy machine cannot blur. Times move by a third from one run to the
 * next here, allocation by about a percent, and on large inputs allocation
 * is what time follows (every young collection copies what is still alive).
 *
 * Counted with V8’s sampling heap profiler (one sample per 512 bytes on
 * average, objects collected since included), over PolNeAR train and a few
 * adversarial shapes at n, after warm-up passes; the functions that
 * allocate most are listed for PolNeAR (for every input with
 * `ALLOC_ALL=1`; `ALLOC_TOP=N` lists N instead of 8).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {annotate} from '../src/annotate.js'
import {shapes} from './adversarial.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** One row of the allocation section. */
export interface AllocationRow {
  name: string
  inputBytes: number
  /** Bytes allocated per byte of input (UTF-16 code units counted as the input’s length). */
  perInputByte: number
}

interface ProfileNode {
  callFrame: {functionName: string; url: string}
  selfSize: number
  children: ProfileNode[]
}

/**
 * Run the allocation section: print it and return its rows.
 *
 * @returns
 *   Bytes allocated per input byte for each input.
 */
export async function runAllocation(): Promise<AllocationRow[]> {
  console.log('\n## allocation: bytes `annotate` allocates per input character (V8 sampling heap profiler)\n')
  const session = new Session()
  session.connect()
  const rows: AllocationRow[] = []
  const inputs: Array<{name: string; texts: string[]; format: 'text' | 'markdown' | 'auto'}> = []
  const folder = join(root, '..', 'shared', 'data', 'polnear', 'train', 'text')
  if (existsSync(folder)) {
    const names = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    inputs.push({name: 'PolNeAR train', texts: names.map((name) => readFileSync(join(folder, name), 'utf8')), format: 'auto'})
  }

  for (const name of ['seed article repeated (text)', 'pronouns', 'one speaker, many mentions', 'quotes unbalanced (opening only)', 'many one-word lines']) {
    const shape = shapes.find((item) => item.name === name)!
    inputs.push({name: name + ' (n)', texts: [shape.make(shape.base)], format: shape.format})
  }

  try {
    for (const input of inputs) {
      const pass = (): void => {
        for (const text of input.texts) annotate(text, {format: input.format})
      }

      for (let index = 0; index < 3; index++) pass()
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 512,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true
      })
      const passes = input.texts.length > 1 ? 1 : 10
      for (let index = 0; index < passes; index++) pass()
      const {profile} = (await session.post('HeapProfiler.stopSampling')) as {profile: {head: ProfileNode}}
      const bySite = new Map<string, number>()
      let total = 0
      const walk = (node: ProfileNode): void => {
        total += node.selfSize
        if (node.selfSize > 0) {
          const site = (node.callFrame.functionName || '(anonymous)') + ' ' + node.callFrame.url.replace(/.*\/(src|node_modules)\//, '$1/')
          bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize)
        }

        for (const child of node.children) walk(child)
      }

      walk(profile.head)
      let inputBytes = 0
      for (const text of input.texts) inputBytes += text.length
      const perInputByte = total / passes / inputBytes
      rows.push({name: input.name, inputBytes, perInputByte})
      console.log('%s %s kB: %s bytes per character', input.name.padEnd(40), (inputBytes / 1e3).toFixed(1).padStart(8), perInputByte.toFixed(0).padStart(5))
      if (input.texts.length > 1 || process.env.ALLOC_ALL) {
        const top = [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.ALLOC_TOP ?? 8))
        console.log('    most: ' + top.map(([site, bytes]) => site + ' ' + (bytes / passes / inputBytes).toFixed(1)).join('; '))
      }
    }
  } finally {
    session.disconnect()
  }

  return rows
}
