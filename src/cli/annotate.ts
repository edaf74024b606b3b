import {createReadStream, createWriteStream, type WriteStream} from 'node:fs'
import {once} from 'node:events'
import type {Readable, Writable} from 'node:stream'
import type {Command} from './command.js'
import {collectInputs, inputFormats, type Input} from './inputs.js'
import {UsageError, errorMessage, exitCodes, readAll, readLines, write} from './io.js'
import {createRunner, defaultJobs, runOrdered} from './pool.js'
import {createProgress} from './progress.js'
import {formats, type Task, type TaskSettings} from './task.js'
import {tuneForBatch} from './v8.js'

const rowKinds = ['all', 'claims', 'quotes'] as const

/** `claimtrace annotate`: annotate articles. */
export const annotateCommand: Command = {
  summary: 'Annotate articles (files, directories, stdin, or JSONL records)',
  help: [
    'Usage: claimtrace annotate [options] <file|dir|->...',
    '',
    'Annotate news articles: quotes, claims and sources with exact offsets.',
    'Directories are walked for .md, .markdown, .txt files (sorted); `-` is stdin.',
    '',
    'Options:',
    '  --format <f>        json (default), jsonl (dataset rows: one per claim and',
    '                      quote), claimreview (schema.org ClaimReview skeletons),',
    '                      webannotation (W3C Web Annotations)',
    '  --rows <r>          With --format jsonl: all (default), claims, quotes',
    '  --input-format <f>  md, txt or jsonl (default: by extension; .jsonl and',
    '                      .ndjson are jsonl, stdin is detected as md or txt)',
    '  --published <date>  Publication date (ISO 8601) to resolve relative dates',
    '  --double-apostrophes[=auto]',
    "                      Read '' as a quotation mark (ASCII newswire text);",
    '                      =auto: only in an input that writes them so',
    "  --single-quotes[=auto|true|false]",
    "                      Read ' and ‘ ’ as the quotation marks (British style);",
    '                      default auto: in an input that quotes with them',
    '  -o, --out <file>    Write to a file instead of stdout',
    '  -j, --jobs <n>      Threads that annotate: the main thread and n-1 workers',
    '                      (default: number of cores)',
    '  -h, --help          Show this help',
    '',
    'Output:',
    '  One file argument: one JSON document (pretty-printed), or rows with jsonl.',
    '  Several inputs or a directory: JSON Lines in input order: one annotation',
    '  per file (json), one row per claim or quote (jsonl), or one item per line',
    '  (claimreview, webannotation).',
    '',
    'JSONL input (--input-format jsonl; stdin when no file is given):',
    '  Each line is {"id", "text", "url"?, "published"?, "format"?}. Exactly one',
    '  output line per input line, in order, in constant memory (the contract of',
    '  Spark RDD.pipe and Hadoop Streaming): the annotation (json), or',
    '  {"id", "rows"} / {"id", "claimReviews"} / {"id", "annotations"}.',
    '',
    'Bad input never loses data: an unreadable file or bad line gives an error',
    'row {"id", "error"} in its place, the rest continues, and the exit code is 1.',
    '',
    'Exit codes: 0 done, 1 some input failed, 2 usage error.',
    '',
    'Examples:',
    '  claimtrace annotate article.md',
    '  claimtrace annotate --format jsonl --rows claims articles/ > claims.jsonl',
    '  claimtrace annotate --format claimreview --published 2025-12-05 article.txt',
    '  cat records.jsonl | claimtrace annotate --input-format jsonl --jobs 4 > out.jsonl'
  ].join('\n'),
  options: {
    format: {type: 'string'},
    rows: {type: 'string'},
    'input-format': {type: 'string'},
    published: {type: 'string'},
    'double-apostrophes': {type: 'string'},
    'single-quotes': {type: 'string'},
    out: {type: 'string', short: 'o'},
    jobs: {type: 'string', short: 'j'}
  },
  bareValues: {'double-apostrophes': 'true', 'single-quotes': 'true'},
  async run({values, positionals, io, entry}) {
    const format = oneOf(values.format, formats, 'format') ?? 'json'
    const rows = oneOf(values.rows, rowKinds, 'rows') ?? 'all'
    const inputFlag = oneOf(values['input-format'], inputFormats, 'input-format')
    const published = checkDate(values.published)
    const jobs = checkJobs(values.jobs)
    if (values.rows !== undefined && format !== 'jsonl') {
      throw new UsageError('Unexpected `--rows` with `--format ' + format + '`, it applies to `--format jsonl`')
    }

    const args = positionals.length === 0 && inputFlag === 'jsonl' ? ['-'] : positionals
    if (args.length === 0) {
      throw new UsageError('Missing input: give files, directories, or `-` for stdin')
    }

    if (args.filter((arg) => arg === '-').length > 1) throw new UsageError('Unexpected `-` twice: stdin can be read once')
    const inputs = await collectInputs(args, inputFlag)
    const lineInputs = inputs.filter((input) => input.kind !== 'error' && input.format === 'jsonl')
    const articleInputs = inputs.filter((input) => input.kind !== 'error' && input.format !== 'jsonl')
    if (lineInputs.length > 0 && articleInputs.length > 0) {
      throw new UsageError(
        'Cannot mix JSONL input (`' + label(lineInputs[0]!) + '`) with articles (`' + label(articleInputs[0]!) +
          '`): run them separately, or set `--input-format`'
      )
    }

    const lineMode = lineInputs.length > 0
    // One file argument (not a directory) gives one pretty document; anything else, lines.
    const only = inputs.length === 1 && args.length === 1 ? inputs[0]! : undefined
    const single = !lineMode && only !== undefined && (only.kind === 'stdin' || (only.kind === 'file' && only.path === args[0]))
    const settings: TaskSettings = {
      format,
      rows,
      published,
      doubleApostrophes: apostrophes(values['double-apostrophes']),
      singleQuotes: singles(values['single-quotes']),
      pretty: single && format !== 'jsonl'
    }

    const out = values.out === undefined ? io.stdout : await openOut(values.out as string)
    // Before any annotating and before workers start (they inherit the flags).
    tuneForBatch()
    const threads = lineMode ? jobs : Math.min(jobs, inputs.length)
    const runner = createRunner(threads, settings, entry)
    const progress = createProgress(io.stderr, lineMode ? undefined : inputs.length, lineMode ? 'lines' : 'files')
    let failed = false

    try {
      const tasks = lineMode ? lineTasks(inputs, io.stdin) : articleTasks(inputs, io.stdin)
      // Enough tasks in flight that the main thread keeps annotating while a
      // worker boots or works on a long article; more would only hold memory.
      await runOrdered(tasks, runner, Math.max(1, threads) * 16, async (result) => {
        if (result.failed) failed = true
        await write(out, result.output)
        progress.tick()
      })
    } finally {
      progress.done()
      await runner.close()
      if (out !== io.stdout) await closeOut(out as WriteStream)
    }

    return failed ? exitCodes.failed : exitCodes.ok
  }
}

async function* articleTasks(inputs: ReadonlyArray<Input>, stdin: Readable): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.kind === 'error') {
      yield {type: 'error', id: input.path, error: input.error}
    } else if (input.kind === 'stdin') {
      let text: string
      try {
        text = await readAll(stdin)
      } catch (error) {
        yield {type: 'error', id: '-', error: 'Cannot read stdin: ' + errorMessage(error)}
        continue
      }

      yield {type: 'text', id: '-', text, format: input.format === 'jsonl' ? 'auto' : input.format}
    } else {
      yield {type: 'file', path: input.path, format: input.format === 'jsonl' ? 'auto' : input.format}
    }
  }
}

async function* lineTasks(inputs: ReadonlyArray<Input>, stdin: Readable): AsyncGenerator<Task> {
  for (const input of inputs) {
    if (input.kind === 'error') {
      yield {type: 'error', id: input.path, error: input.error}
      continue
    }

    const source = input.kind === 'stdin' ? 'stdin' : input.path
    let number = 0
    try {
      const stream = input.kind === 'stdin' ? stdin : createReadStream(input.path)
      for await (const line of readLines(stream)) {
        number++
        yield {type: 'line', line, number, source}
      }
    } catch (error) {
      yield {type: 'error', id: source, error: 'Cannot read `' + source + '` after line ' + number + ': ' + errorMessage(error)}
    }
  }
}

function label(input: Input): string {
  return input.kind === 'stdin' ? '-' : input.path
}

function oneOf<T extends string>(value: unknown, allowed: ReadonlyArray<T>, name: string): T | undefined {
  if (value === undefined) return undefined
  if (typeof value === 'string' && (allowed as ReadonlyArray<string>).includes(value)) return value as T
  throw new UsageError(
    'Unexpected `--' + name + ' ' + String(value) + '`, expected one of: ' + allowed.join(', ')
  )
}

/**
 * The `--double-apostrophes` setting: absent is `false`, bare is `true`.
 *
 * @param value
 *   The option’s value.
 * @returns
 *   The `doubleApostrophes` option of `annotate`.
 */
export function apostrophes(value: unknown): boolean | 'auto' {
  const mode = oneOf(value, ['true', 'false', 'auto'] as const, 'double-apostrophes')
  return mode === 'auto' ? 'auto' : mode === 'true'
}

/**
 * The `--single-quotes` setting: absent is `'auto'`, bare is `true`.
 *
 * @param value
 *   The option’s value.
 * @returns
 *   The `singleQuotes` option of `annotate`.
 */
export function singles(value: unknown): boolean | 'auto' {
  const mode = oneOf(value, ['true', 'false', 'auto'] as const, 'single-quotes') ?? 'auto'
  return mode === 'auto' ? 'auto' : mode === 'true'
}

function checkDate(value: unknown): string | null {
  if (value === undefined) return null
  if (typeof value !== 'string' || Number.isNaN(new Date(value).getTime())) {
    throw new UsageError('Unexpected `--published ' + String(value) + '`, expected an ISO 8601 date such as 2025-12-05')
  }

  return value
}

function checkJobs(value: unknown): number {
  if (value === undefined) return defaultJobs()
  const jobs = Number(value)
  if (typeof value !== 'string' || !/^\d+$/.test(value) || jobs < 1 || jobs > 256) {
    throw new UsageError('Unexpected `--jobs ' + String(value) + '`, expected a whole number from 1 to 256')
  }

  return jobs
}

async function openOut(path: string): Promise<Writable> {
  const stream = createWriteStream(path)
  try {
    await once(stream, 'open')
  } catch (error) {
    throw new UsageError('Cannot write `--out ' + path + '`: ' + errorMessage(error))
  }

  return stream
}

async function closeOut(stream: WriteStream): Promise<void> {
  stream.end()
  await once(stream, 'finish')
}

