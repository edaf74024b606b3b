/**
 * Adversarial complexity bench: pathological inputs at sizes n and 10n,
 * time(10n)/time(n) per shape (≤ 12 means linear) and seconds per MB at 10n
 * (≤ 1).
 *
 * Times are CPU time (the machine is shared: wall time under load turns
 * noise into false flags): after warming the JIT on n (at least three runs,
 * up to 300 ms), the minimum over five batches of ten runs at n, then over
 * up to five runs at 10n. Each shape runs in a worker thread so a super-linear one
 * is cut off by a CPU-time limit instead of hanging the bench; a flagged
 * shape gets a per-stage breakdown (n → 3n) naming the stage that grows.
 *
 * Reading the table: small inputs fit in caches and the young generation,
 * so per-byte cost at n is lower than at 10n for linear code too; ratios of
 * 12–20 with every stage near ×3 in the breakdown are that, not an
 * algorithm. A stage near ×9 (or a timeout) is quadratic. The `kept` column
 * tells the two apart: the ratio again, with t(n) timed over ten runs whose
 * results stay alive together (as one 10n run keeps its own), so both sides
 * hold the same live memory; it is printed, not flagged.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** How an input is annotated. */
type Format = 'auto' | 'markdown' | 'text'

/** One pathological shape of input. */
export interface Shape {
  name: string
  format: Format
  /** What one unit of `n` is. */
  unit: string
  /** `n` at scale 1. */
  base: number
  /** Seconds before a measurement is cut off (default: the bench’s). */
  timeout?: number
  /** Big enough to time alone: one run at n, one at 10n, no warm-up. */
  once?: boolean
  make(n: number): string
}

// ---------------------------------------------------------------------------
// Generators (deterministic).

const words = (
  'the council plan budget city vote members would could year people state officials report ' +
  'policy school water road house program money tax health court police market energy trade ' +
  'office party week month today after before under over with from into about against'
).split(' ')

const syllables = ['ka', 'lo', 'mi', 'ra', 'ten', 'vu', 'shi', 'bor', 'del', 'fan']

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A distinct capitalised name for every `index` below 10^6. */
function nameFor(index: number): string {
  const digit = (place: number): string => syllables[Math.floor(index / 10 ** place) % 10]!
  return capital(digit(0) + digit(1) + digit(2)) + ' ' + capital(digit(3) + digit(4) + digit(5) + 'n')
}

function word(index: number): string {
  return words[(index * 7 + (index >> 3)) % words.length]!
}

function phrase(index: number, length: number): string {
  let result = word(index)
  for (let at = 1; at < length; at++) result += ' ' + word(index + at)
  return result
}

/** Repeat `make(i)` for i < n, joined. */
function times(n: number, make: (index: number) => string, separator = ''): string {
  const parts: string[] = []
  for (let index = 0; index < n; index++) parts.push(make(index))
  return parts.join(separator)
}

/** Lines of `perLine` pieces each. */
function lines(n: number, perLine: number, make: (index: number) => string, lineSeparator = '\n'): string {
  const result: string[] = []
  for (let index = 0; index < n; index += perLine) {
    result.push(times(Math.min(perLine, n - index), (at) => make(index + at), ' '))
  }

  return result.join(lineSeparator)
}

let cachedArticle: string | undefined
function article(): string {
  if (cachedArticle === undefined) {
    const file = [join(root, 'fixtures', 'seed', 'input.txt'), join(root, '..', 'shared', 'seed', '000_33bc3bd6ffe74817.txt')].find(
      (path) => existsSync(path)
    )
    cachedArticle = file
      ? readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim()
      : times(
          16,
          (index) =>
            '“We did what we had to do,” said Mayor ' + nameFor(index) + ', according to a memo. He said 120 jobs would go by 2026.',
          '\n'
        )
  }

  return cachedArticle
}

/** Body lines of the article (without its title), repeated to `n` lines. */
function articleLines(n: number): string[] {
  const body = article().split(/\r?\n/).filter((line) => line.trim() !== '')
  return Array.from({length: n}, (_, index) => body[index % body.length]!)
}

const quoteStyles = ['“', '"', '‘', '«', '”', '»', '’', '"', "'", '„', '‹', '›', '「', '」']

function nest(depth: number, open: string, inner: string, close: string): string {
  return open.repeat(depth) + inner + close.repeat(depth)
}

function boilerplate(bytes: number): string {
  const blocks = [
    '[Home](https://example.com/) | [News](https://example.com/news) | [Politics](https://example.com/politics) | [Sports](https://example.com/sports) | [Opinion](https://example.com/opinion)',
    'We use cookies to improve your experience. By continuing to browse you agree to our [Cookie Policy](https://example.com/cookies) and [Privacy Policy](https://example.com/privacy).',
    'Advertisement',
    '* [Share on Facebook](https://facebook.com/share?u=x)\n* [Share on X](https://x.com/share?u=x)\n* [Email](mailto:?subject=x)',
    'SUBSCRIBE NOW — Get unlimited access for $1 a week. Cancel anytime.',
    '| Section | Link |\n| --- | --- |\n| Weather | [Forecast](https://example.com/weather) |\n| Markets | [Stocks](https://example.com/markets) |',
    '<div class="newsletter"><input type="email" placeholder="Your email"><button>Sign up</button></div>',
    '© 2024 Example Media Group. All rights reserved. Terms of Use · Privacy · Contact Us · Careers · Advertise',
    '### Most read\n\n1. [Story one](https://example.com/1)\n2. [Story two](https://example.com/2)\n3. [Story three](https://example.com/3)',
    'Related: [“Officials say the plan will fail,” report finds](https://example.com/related)'
  ]
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const block = blocks[index % blocks.length]!
    parts.push(block)
    size += block.length + 2
  }

  return parts.join('\n\n')
}

export const shapes: Shape[] = [
  {
    name: 'quotes balanced, one line',
    format: 'text',
    unit: 'quote pairs',
    base: 2000,
    make: (n) => times(n, (index) => '“' + capital(phrase(index, 3)) + ',” ', '')
  },
  {
    name: 'quotes unbalanced (opening only)',
    format: 'text',
    unit: 'marks',
    base: 3000,
    make: (n) => times(n, (index) => '“' + phrase(index, 2) + ' ')
  },
  {
    name: 'quotes unbalanced (closing only)',
    format: 'text',
    unit: 'marks',
    base: 3000,
    make: (n) => times(n, (index) => phrase(index, 2) + '” ')
  },
  {
    name: 'quotes alternating “ " ‘ « styles',
    format: 'text',
    unit: 'marks',
    base: 6000,
    make: (n) => times(n, (index) => quoteStyles[(index * 5 + (index >> 2)) % quoteStyles.length]! + word(index) + ' ')
  },
  {
    name: 'quotes with attributions, per line',
    format: 'text',
    unit: 'lines',
    base: 500,
    make: (n) => times(n, (index) => '“' + capital(phrase(index, 6)) + ',” ' + nameFor(index % 50) + ' said. “' + capital(phrase(index + 3, 4)) + '.”', '\n')
  },
  {
    name: 'one long paragraph, no sentence end',
    format: 'text',
    unit: 'words',
    base: 8000,
    make: (n) => phrase(0, n)
  },
  {
    name: 'capitalised words, one paragraph',
    format: 'text',
    unit: 'names',
    base: 3000,
    make: (n) => times(n, (index) => nameFor(index), ' ')
  },
  {
    name: 'distinct speakers (name resolution)',
    format: 'text',
    unit: 'sentences',
    base: 600,
    make: (n) => lines(n, 8, (index) => 'Senator ' + nameFor(index) + ' of the ' + capital(word(index)) + ' Party said the ' + word(index + 1) + ' failed.')
  },
  {
    name: 'one speaker, many mentions',
    format: 'text',
    unit: 'sentences',
    base: 1500,
    make: (n) =>
      'Defense Secretary Pete Hegseth spoke on Tuesday.\n' +
      lines(n, 6, (index) => ['Hegseth said the ' + word(index) + ' failed.', 'He told reporters it worked.', 'Pete Hegseth added: “' + capital(phrase(index, 3)) + '.”'][index % 3]!)
  },
  {
    name: 'pronouns',
    format: 'text',
    unit: 'sentences',
    base: 2000,
    make: (n) =>
      'Ana Ortiz and Tom Reed met the council.\n' +
      lines(n, 10, (index) => ['He said it failed.', 'She said they did.', 'They told him so.', 'It was hers, she said.', 'His plan, they said, was theirs.'][index % 5]!)
  },
  {
    name: 'many “according to”',
    format: 'text',
    unit: 'sentences',
    base: 1000,
    make: (n) =>
      lines(n, 5, (index) =>
        index % 2 === 0
          ? 'According to ' + ['officials', 'a memo', nameFor(index % 30), 'the report'][index % 4]! + ', the ' + phrase(index, 3) + ' grew.'
          : 'The ' + word(index) + ', according to a ' + word(index + 2) + ' document, fell by 20 percent.'
      )
  },
  {
    name: 'abbreviations and initials',
    format: 'text',
    unit: 'sentences',
    base: 800,
    make: (n) => lines(n, 8, (index) => ['Sen. Patrick J. Leahy (D-Vt.) met U.S. Gov. ' + nameFor(index) + ' on Dec. 2.', 'No. 3 rose 4.5 percent in Calif. Inc. The vote failed.', 'Gen. A. B. Cole Jr. said the U.S. The trip ended.'][index % 3]!)
  },
  {
    name: 'run of “!” in one paragraph',
    format: 'text',
    unit: 'marks',
    base: 50_000,
    make: (n) => 'Wow' + '!'.repeat(n) + ' Next one.'
  },
  {
    name: 'run of “!” then lowercase',
    format: 'text',
    unit: 'marks',
    base: 50_000,
    make: (n) => 'Wow' + '!?'.repeat(n >> 1) + ' next one.'
  },
  {
    name: '“.)” without “(” in one paragraph',
    format: 'text',
    unit: 'marks',
    base: 4000,
    make: (n) => times(n, (index) => word(index) + '.) Yes ')
  },
  {
    name: 'block quotes 1,000 deep (× n)',
    format: 'markdown',
    unit: 'nests',
    base: 4,
    make: (n) => times(n, (index) => '> '.repeat(1000) + capital(phrase(index, 8)) + ', she said.', '\n\n')
  },
  {
    name: 'lists 1,000 deep (× n)',
    format: 'markdown',
    unit: 'nests',
    base: 1,
    make: (n) => times(n, (index) => '- '.repeat(1000) + capital(phrase(index, 8)) + ', he said.', '\n\n')
  },
  {
    name: 'emphasis 1,000 deep (× n)',
    format: 'markdown',
    unit: 'nests',
    base: 4,
    make: (n) => times(n, (index) => nest(500, '*_', capital(phrase(index, 8)), '_*'), '\n\n')
  },
  {
    name: 'block quote nesting depth',
    format: 'markdown',
    unit: 'levels',
    base: 1000,
    make: (n) => nest(1, '> '.repeat(n), 'Deep words, she said.', '')
  },
  {
    name: 'list nesting depth',
    format: 'markdown',
    unit: 'levels',
    base: 1000,
    make: (n) => '- '.repeat(n) + 'Deep words.'
  },
  {
    name: 'emphasis nesting depth',
    format: 'markdown',
    unit: 'levels',
    base: 1000,
    make: (n) => nest(n >> 1, '*_', 'deep words', '_*')
  },
  {
    name: 'unclosed brackets and emphasis',
    format: 'markdown',
    unit: 'marks',
    base: 4000,
    make: (n) => times(n, (index) => ['[', '*', '_', '`', '![', '<'][index % 6]! + word(index) + ' ')
  },
  {
    name: 'entities and escapes',
    format: 'markdown',
    unit: 'words',
    base: 3000,
    make: (n) => lines(n, 50, (index) => word(index) + ['&amp;', '&#8220;', '&copy', '\\*', '\\“', '&', '&#x201D;', '\\'][index % 8]!, '\n\n')
  },
  {
    name: 'lone surrogates',
    format: 'text',
    unit: 'words',
    base: 5000,
    make: (n) => times(n, (index) => word(index) + ['\uD800', '\uDC00', '\uDC00\uD800', ' ', '\uD83D\uDE00'][index % 5]!, ' ')
  },
  {
    name: 'NUL and control characters',
    format: 'text',
    unit: 'words',
    base: 6000,
    make: (n) =>
      times(n, (index) => word(index) + String.fromCharCode([0, 1, 7, 8, 11, 12, 27, 127, 0x85, 0x20_28, 0x20_29, 31][index % 12]!), ' ')
  },
  {
    name: 'RTL and zero-width marks',
    format: 'text',
    unit: 'words',
    base: 4000,
    make: (n) =>
      lines(n, 40, (index) =>
        ['قال', 'المسؤول', 'שלום', 'אמר', word(index)][index % 5]! +
          ['\u200F', '\u200E', '\u202E', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '«', '»', '“', '”'][index % 13]!
      )
  },
  {
    name: 'CRLF article (markdown)',
    format: 'auto',
    unit: 'paragraphs',
    base: 150,
    make: (n) => '# Headline\r\n\r\n' + articleLines(n).join('\r\n\r\n') + '\r\n'
  },
  {
    name: 'BOM + article (text)',
    format: 'auto',
    unit: 'paragraphs',
    base: 150,
    make: (n) => '\uFEFF' + articleLines(n).join('\n')
  },
  {
    name: 'U+FEFF and U+2028 inside text',
    format: 'text',
    unit: 'words',
    base: 6000,
    make: (n) => '\uFEFF' + times(n, (index) => word(index) + (index % 3 === 0 ? '\uFEFF' : index % 3 === 1 ? '\u2028' : '.'), ' ')
  },
  {
    name: 'seed article repeated (text)',
    format: 'text',
    unit: 'paragraphs',
    base: 150,
    make: (n) => article().split(/\r?\n/)[0] + '\n' + articleLines(n).join('\n')
  },
  {
    name: 'many one-word lines',
    format: 'text',
    unit: 'lines',
    base: 6000,
    make: (n) => times(n, (index) => capital(word(index)) + '.', '\n')
  },
  {
    name: 'HTML embeds',
    format: 'markdown',
    unit: 'embeds',
    base: 200,
    make: (n) => times(n, (index) => '<tweet>“' + capital(phrase(index, 5)) + '” — ' + nameFor(index) + '</tweet>\n\nThe ' + phrase(index, 6) + '.', '\n\n')
  },
  {
    name: 'long tokens (no spaces)',
    format: 'text',
    unit: 'chars',
    base: 50_000,
    make: (n) => 'a'.repeat(n >> 1) + '. ' + 'U.S.'.repeat(n >> 3) + ' The end.'
  },
  {
    name: 'boilerplate page (10n = 5 MB)',
    format: 'markdown',
    unit: 'KB',
    base: 512,
    timeout: 90,
    once: true,
    make: (n) => boilerplate(n * 1024)
  }
]

// ---------------------------------------------------------------------------
// Worker: measures one shape at a time.

interface Job {
  shape: string
  /** `n` for this run. */
  n: number
  /**
   * `ratio`: time n and 10n; `stages`: time each stage of the pipeline at
   * each of `factors` × n.
   */
  mode: 'ratio' | 'stages'
  factors?: number[]
}

/** Progress of a `ratio` job (posted after every step, so a timeout keeps what was measured). */
interface RatioMeasurement {
  bytesN: number
  bytes10n: number
  /** CPU milliseconds of `annotate` at n (minimum over rounds of ten runs, per run). */
  msN: number
  /**
   * CPU milliseconds of `annotate` at n, per run, in rounds of ten runs whose
   * results are all kept until the round ends (minimum over rounds): the live
   * memory of one run at 10n, spread over ten documents. NaN until measured.
   */
  msNKept: number
  /** CPU milliseconds of `annotate` at 10n (minimum over rounds); NaN until measured. */
  ms10n: number
  /** CPU milliseconds of bare remark-parse at 10n, for inputs read as markdown. */
  remarkMs?: number
  rounds: number
  /** CPU milliseconds spent so far. */
  spentMs: number
  error?: string
}

/** One size of a `stages` job. */
interface StagesMeasurement {
  factor: number
  /** Per-stage CPU milliseconds (minimum over repeats). */
  stages?: Record<string, number>
  error?: string
}

type WorkerMessage =
  | {type: 'ratio'; measurement: RatioMeasurement}
  | {type: 'stages'; measurement: StagesMeasurement}
  | {type: 'done'}

/**
 * CPU time (user + system) of `run`, in milliseconds. CPU time rather than
 * wall time: the bench machine is shared, and wall time under load turns
 * noise into false super-linear flags.
 */
function cpu(run: () => void): number {
  const before = process.cpuUsage()
  run()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

function describeError(error: unknown): string {
  return String(error instanceof Error ? error.name + ': ' + error.message : error).slice(0, 160)
}

async function runWorker(): Promise<void> {
  const {annotate} = await import('../src/annotate.js')
  const {VFile} = await import('vfile')
  const {parseDocument} = await import('../src/parse/document.js')
  const {detectFormat} = await import('../src/parse/format.js')
  const {findQuotes} = await import('../src/quotes/index.js')
  const {findReports} = await import('../src/attribution/index.js')
  const {resolveSources} = await import('../src/sources/index.js')
  const {findClaims} = await import('../src/claims/index.js')
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const remark = unified().use(remarkParse)

  parentPort!.on('message', (job: Job) => {
    const shape = shapes.find((item) => item.name === job.shape)!
    const isMarkdown = (input: string): boolean =>
      shape.format === 'markdown' || (shape.format === 'auto' && detectFormat(input) === 'markdown')
    if (job.mode === 'ratio') {
      ratio(shape, job.n)
    } else {
      for (const factor of job.factors ?? [1, 3]) {
        const input = shape.make(job.n * factor)
        const measurement: StagesMeasurement = {factor}
        try {
          measurement.stages = timeStages(input, shape.format, isMarkdown(input))
        } catch (error) {
          measurement.error = describeError(error)
        }

        parentPort!.postMessage({type: 'stages', measurement} satisfies WorkerMessage)
      }
    }

    parentPort!.postMessage({type: 'done'} satisfies WorkerMessage)

    /**
     * Time each size in its own steady state: rounds of ten runs at n, then
     * runs at 10n back to back, keeping the minimum of each. (Alternating the
     * sizes made each run pay for collecting the other size’s garbage: ten
     * small runs’ output swept during one large run read as ratios of 15–35
     * on shapes whose time per MB is flat from 0.2 to 3.2 MB.) One run at n
     * when a run takes 100 ms or more.
     */
    function ratio(shape: Shape, n: number): void {
      const small = shape.make(n)
      const large = shape.make(n * 10)
      const measurement: RatioMeasurement = {
        bytesN: Buffer.byteLength(small),
        bytes10n: Buffer.byteLength(large),
        msN: Number.POSITIVE_INFINITY,
        msNKept: Number.NaN,
        ms10n: Number.NaN,
        rounds: 0,
        spentMs: 0
      }
      const post = (): void => {
        parentPort!.postMessage({type: 'ratio', measurement} satisfies WorkerMessage)
      }

      try {
        // Warm the JIT on this shape (untimed) until it settles: the first
        // runs compile, and a first run’s time (often 3–5× a warm one) once
        // decided the batch size, so dense shapes were timed cold at n, one
        // run at a time. Inputs slow enough to time alone are not batched.
        let warm = Number.POSITIVE_INFINITY
        if (!shape.once) {
          let runs = 0
          let spent = 0
          while (runs < 3 || (runs < 20 && spent < 300)) {
            warm = cpu(() => annotate(small, {format: shape.format}))
            spent += warm
            runs++
          }

          measurement.spentMs += spent
        }

        const batchSize = warm < 100 ? 10 : 1
        const rounds = shape.once ? 1 : 5
        for (let round = 0; round < rounds; round++) {
          const batch = cpu(() => {
            for (let index = 0; index < batchSize; index++) annotate(small, {format: shape.format})
          })
          measurement.msN = Math.min(measurement.msN, batch / batchSize)
          measurement.spentMs += batch
          // Slow shapes get fewer samples, but both sizes a similar number:
          // a minimum over more samples is lower, so uneven counts bias the ratio.
          if (measurement.spentMs > 2000 && round >= 1) break
        }

        // Ten runs at n whose results stay alive together, as one 10n run’s
        // do: what remains of the ratio then is growth, not the garbage
        // collector’s regime (a short-lived result dies young; a kept one is
        // copied and promoted).
        if (batchSize === 10) {
          for (let round = 0; round < 3; round++) {
            const kept: unknown[] = []
            const batch = cpu(() => {
              for (let index = 0; index < 10; index++) kept.push(annotate(small, {format: shape.format}))
            })
            measurement.msNKept = Number.isNaN(measurement.msNKept) ? batch / 10 : Math.min(measurement.msNKept, batch / 10)
            measurement.spentMs += batch
            kept.length = 0
          }
        }

        post()
        const started = measurement.spentMs
        for (let round = 0; round < rounds; round++) {
          const once = cpu(() => annotate(large, {format: shape.format}))
          measurement.ms10n = Number.isNaN(measurement.ms10n) ? once : Math.min(measurement.ms10n, once)
          measurement.spentMs += once
          measurement.rounds++
          post()
          if (measurement.spentMs - started > 3000 && measurement.rounds >= 2) break
        }

        if (isMarkdown(large)) {
          measurement.remarkMs = cpu(() => remark.parse(large))
        }
      } catch (error) {
        measurement.error = describeError(error)
      }

      post()
    }
  })

  /** The pipeline of `annotate`, stage by stage; minimum of three runs per stage. */
  function timeStages(input: string, format: Format, markdown: boolean): Record<string, number> {
    const times: Record<string, number> = {}
    const keep = (name: string, ms: number): void => {
      times[name] = Math.min(times[name] ?? Number.POSITIVE_INFINITY, ms)
    }

    for (let round = 0; round < 3; round++) {
      let doc!: ReturnType<typeof parseDocument>
      let quotes!: ReturnType<typeof findQuotes>
      let reports!: ReturnType<typeof findReports>
      let sources!: ReturnType<typeof resolveSources>
      const total = cpu(() => annotate(input, {format}))
      let sum = 0
      const stage = (name: string, run: () => void): void => {
        const ms = cpu(run)
        sum += ms
        keep(name, ms)
      }

      stage('parseDocument', () => {
        doc = parseDocument(input, format, null, new VFile({value: input}))
      })
      stage('findQuotes', () => {
        quotes = findQuotes(doc)
      })
      stage('findReports', () => {
        reports = findReports(doc, quotes)
      })
      stage('resolveSources', () => {
        sources = resolveSources(doc, quotes, reports)
      })
      stage('findClaims', () => {
        findClaims(doc, quotes, reports, sources)
      })
      keep('assemble+validate', Math.max(0, total - sum))
      // Part of parseDocument: shown to tell remark’s own cost from ours.
      if (markdown) keep('(remark-parse alone)', cpu(() => remark.parse(input)))
      if (total > 300) break
    }

    return times
  }
}

// ---------------------------------------------------------------------------
// Main thread.

/** Options of {@link runAdversarial}. */
export interface AdversarialOptions {
  /** Multiply every shape’s `n` (default: 1). */
  scale?: number
  /** Only shapes whose name includes this (default: all). */
  filter?: string | undefined
  /** Only shapes whose name includes one of these (default: all); with `filter`, both must hold. */
  filters?: readonly string[] | undefined
  /** CPU seconds before a shape’s measurement is cut off (default: 8). */
  timeout?: number
}

/** One row of the adversarial table. */
export interface AdversarialRow {
  shape: string
  n: number
  bytesN: number
  bytes10n: number
  msN: number
  ms10n: number
  /** time(10n)/time(n); a lower bound when `timedOut`. */
  ratio: number
  /** time(10n) over time(n) with the n runs’ results kept (see `msNKept`); not flagged. */
  ratioKept: number
  /** Seconds per MB at 10n. */
  secondsPerMb: number
  /** Seconds per MB of bare remark-parse at 10n (markdown shapes), else NaN. */
  remarkSecondsPerMb: number
  timedOut: boolean
  error: string | undefined
  flagged: boolean
}

class Pool {
  private worker: Worker | undefined

  /**
   * Run a job; resolves with the measurements made before `timeout`, and
   * whether it timed out. The timeout counts CPU seconds (the process’s,
   * while this thread idles), so a loaded machine does not cut runs short;
   * wall time is capped at six times that.
   */
  async run(job: Job, timeout: number): Promise<{messages: WorkerMessage[]; timedOut: boolean}> {
    const worker = this.spawn()
    const messages: WorkerMessage[] = []
    const cpuStart = process.cpuUsage()
    const wallStart = performance.now()
    return new Promise((resolve, reject) => {
      const timer = setInterval(() => {
        const used = process.cpuUsage(cpuStart)
        const cpuSeconds = (used.user + used.system) / 1e6
        if (cpuSeconds < timeout && performance.now() - wallStart < timeout * 6000) return
        cleanup()
        void worker.terminate()
        this.worker = undefined
        resolve({messages, timedOut: true})
      }, 100)
      const onMessage = (message: WorkerMessage): void => {
        if (message.type === 'done') {
          cleanup()
          resolve({messages, timedOut: false})
        } else {
          messages.push(message)
        }
      }

      const onError = (error: Error): void => {
        cleanup()
        void worker.terminate()
        this.worker = undefined
        reject(error)
      }

      const cleanup = (): void => {
        clearInterval(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
      }

      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.postMessage(job)
    })
  }

  async close(): Promise<void> {
    await this.worker?.terminate()
    this.worker = undefined
  }

  private spawn(): Worker {
    if (!this.worker) {
      // Workers do not inherit tsx’s loader: register it, then load this file.
      const api = import.meta.resolve('tsx/esm/api')
      const boot =
        'import(' + JSON.stringify(api) + ').then((api) => { api.register(); return import(' + JSON.stringify(import.meta.url) + ') })'
      // A main thread’s stack (about 1 MB, not a worker’s 4 MB), so input
      // nested deeper than callers can handle throws here too.
      this.worker = new Worker(boot, {
        eval: true,
        workerData: {adversarial: true},
        resourceLimits: {maxOldGenerationSizeMb: 4096, stackSizeMb: 1}
      })
      this.worker.unref()
    }

    return this.worker
  }
}

/**
 * Run the adversarial section: print the table and return its rows.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   One row per shape.
 */
export async function runAdversarial(options?: Readonly<AdversarialOptions>): Promise<AdversarialRow[]> {
  const scale = options?.scale ?? 1
  const timeout = options?.timeout ?? 8
  const filters = (options?.filters ?? []).map((filter) => filter.toLowerCase()).filter((filter) => filter !== '')
  const selected = shapes.filter(
    (shape) =>
      (!options?.filter || shape.name.toLowerCase().includes(options.filter.toLowerCase())) &&
      (filters.length === 0 || filters.some((filter) => shape.name.toLowerCase().includes(filter)))
  )
  const pool = new Pool()
  const rows: AdversarialRow[] = []
  const started = performance.now()

  console.log('\n## adversarial: CPU time of annotate at n and 10n per shape (flag: ratio > 12 or > 1 s/MB at 10n)')
  console.log('   (remark s/MB: bare remark-parse on the same 10n input, for shapes read as markdown;')
  console.log('    kept: the ratio again with the ten n runs’ results kept alive together, as a 10n run keeps its own — not flagged)\n')
  console.log(
    pad('shape', 38) + pad('n', 15, true) + pad('size n', 10, true) + pad('size 10n', 10, true) +
      pad('t(n) ms', 10, true) + pad('t(10n) ms', 11, true) + pad('ratio', 8, true) + pad('kept', 6, true) + pad('s/MB', 8, true) +
      pad('remark s/MB', 12, true) + pad('rounds', 7, true)
  )

  try {
    for (const shape of selected) {
      const n = Math.max(1, Math.round(shape.base * scale))
      const limit = shape.timeout ?? timeout
      const result = await pool.run({shape: shape.name, n, mode: 'ratio'}, limit)
      let last: RatioMeasurement | undefined
      for (const message of result.messages) if (message.type === 'ratio') last = message.measurement
      const bytesN = last?.bytesN ?? Buffer.byteLength(shape.make(n))
      const bytes10n = last?.bytes10n ?? Buffer.byteLength(shape.make(n * 10))
      const msN = last && Number.isFinite(last.msN) ? last.msN : Number.NaN
      // Cut off before 10n finished once: it took at least what was left.
      const timedOut = result.timedOut && !(last && last.rounds > 0)
      const ms10n = timedOut ? Math.max(0, limit * 1000 - (last?.spentMs ?? 0)) : (last?.ms10n ?? Number.NaN)
      // A lower bound below t(n) says nothing about the ratio.
      const ratio = timedOut && !(ms10n > msN) ? Number.NaN : ms10n / msN
      const ratioKept = timedOut || !last ? Number.NaN : ms10n / last.msNKept
      // Per MB at 10n, or at n when that is all there is (and worse).
      const secondsPerMb = Math.max(
        ms10n / 1000 / (bytes10n / 1e6),
        timedOut && Number.isFinite(msN) ? msN / 1000 / (bytesN / 1e6) : 0
      )
      const remarkSecondsPerMb = last?.remarkMs === undefined ? Number.NaN : last.remarkMs / 1000 / (bytes10n / 1e6)
      const error = last?.error
      const flagged = timedOut || error !== undefined || !(ratio <= 12) || !(secondsPerMb <= 1)
      const row: AdversarialRow = {
        shape: shape.name,
        n,
        bytesN,
        bytes10n,
        msN,
        ms10n,
        ratio,
        ratioKept,
        secondsPerMb,
        remarkSecondsPerMb,
        timedOut,
        error,
        flagged
      }
      rows.push(row)
      const over = timedOut ? '>' : ''
      console.log(
        pad(shape.name, 38) + pad(n + ' ' + shape.unit, 15, true) + pad(size(bytesN), 10, true) + pad(size(bytes10n), 10, true) +
          pad(fixed(msN), 10, true) + pad(over + fixed(ms10n), 11, true) + pad(over + fixed(ratio, 1), 8, true) +
          pad(fixed(ratioKept, 1), 6, true) +
          pad(over + fixed(secondsPerMb, 3), 8, true) + pad(fixed(remarkSecondsPerMb, 3), 12, true) +
          pad(String(last?.rounds ?? 0), 7, true) +
          (flagged ? '  FLAG' + (error ? ' (throws: ' + error + ')' : timedOut ? ' (timeout ' + limit + ' s)' : '') : '')
      )

      if (flagged && error === undefined) {
        // Which stage grows? Time each at n and 3n (×3 is linear, ×9 quadratic).
        // Slow shapes: stages at n only, to stay within the time limit.
        const factors = Number.isFinite(msN) && msN < 1000 ? [1, 3] : [1]
        const detail = await pool.run({shape: shape.name, n, mode: 'stages', factors}, limit)
        const [one, three] = detail.messages.flatMap((message) => (message.type === 'stages' ? [message.measurement] : []))
        if (one?.stages && three?.stages) {
          const parts = Object.keys(three.stages)
            .filter((stage) => (three.stages![stage] ?? 0) >= 0.5)
            .map((stage) => {
              const before = one.stages![stage] ?? Number.NaN
              const after = three.stages![stage]!
              return stage + ' ' + fixed(before) + '→' + fixed(after) + ' ms (×' + fixed(after / before, 1) + ')'
            })
          console.log('    stages, n → 3n (×3 linear, ×9 quadratic): ' + (parts.join('; ') || 'all under 0.5 ms'))
        } else if (one?.stages && factors.length === 1) {
          console.log('    stages at n: ' + Object.entries(one.stages).map(([k, v]) => k + ' ' + fixed(v) + ' ms').join('; '))
        } else {
          const known = one?.stages ? ' (at n: ' + Object.entries(one.stages).map(([k, v]) => k + ' ' + fixed(v) + ' ms').join('; ') + ')' : ''
          console.log('    stages, n → 3n: ' + (detail.timedOut ? 'timed out' : 'failed') + known)
        }
      }
    }
  } finally {
    await pool.close()
  }

  const flagged = rows.filter((row) => row.flagged)
  console.log(
    '\n%d shapes, %d flagged%s; %s s',
    rows.length,
    flagged.length,
    flagged.length > 0 ? ': ' + flagged.map((row) => row.shape).join(', ') : '',
    ((performance.now() - started) / 1000).toFixed(1)
  )
  return rows
}

function pad(value: string, width: number, right = false): string {
  return right ? value.padStart(width) : value.padEnd(width)
}

function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–'
}

function size(bytes: number): string {
  return bytes >= 1e6 ? (bytes / 1e6).toFixed(2) + ' MB' : (bytes / 1e3).toFixed(1) + ' kB'
}

if (!isMainThread && (workerData as {adversarial?: boolean} | undefined)?.adversarial) {
  await runWorker()
}
