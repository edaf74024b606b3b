/**
 * One unit of CLI work (a file, an article from stdin, or a JSONL line)
 * turned into output text: pure apart from reading the file, and the same
 * code in the main thread (`--jobs 1`) and in workers, so output is
 * identical whatever the number of jobs.
 */
import {readFileSync} from 'node:fs'
import {annotate, type Options} from '../annotate.js'
import {toClaimReviews} from '../export/claim-review.js'
import {toJsonl, toRows} from '../export/rows.js'
import {toWebAnnotations} from '../export/web-annotation.js'
import type {Annotation} from '../schema.js'
import {errorMessage} from './io.js'

/** Output formats of `claimtrace annotate`. */
export const formats = ['json', 'jsonl', 'claimreview', 'webannotation'] as const
/** An output format. */
export type Format = (typeof formats)[number]

/** How to read an article. */
export type ArticleFormat = NonNullable<Options['format']>

/** Settings shared by every task of a run. */
export interface TaskSettings {
  format: Format
  /** Which dataset rows (`--rows`). */
  rows: 'all' | 'claims' | 'quotes'
  /** `--published`, ISO 8601, or `null`. */
  published: string | null
  /** `--double-apostrophes[=auto]`: read `''` as a quotation mark. */
  doubleApostrophes: boolean | 'auto'
  /** `--single-quotes[=auto|true|false]`: read single marks as the quotation marks. */
  singleQuotes: boolean | 'auto'
  /** Pretty-print one JSON document (a single file argument) instead of JSON Lines. */
  pretty: boolean
}

/** A unit of work. */
export type Task =
  | {type: 'file'; path: string; format: ArticleFormat}
  | {type: 'text'; id: string; text: string; format: ArticleFormat}
  | {type: 'line'; line: string; number: number; source: string}
  | {type: 'error'; id: string | null; error: string}

/** What a task produced. */
export interface TaskResult {
  /** Output text, ending in a newline (may be empty: an article without rows). */
  output: string
  /** Whether the input could not be annotated (an error row was written). */
  failed: boolean
}

/**
 * Run a task.
 *
 * @param task
 *   Task.
 * @param settings
 *   Run settings.
 * @returns
 *   Output; never throws (problems become error rows).
 */
export function runTask(task: Task, settings: TaskSettings): TaskResult {
  if (task.type === 'error') return errorRow(task.id, task.error)
  if (task.type === 'line') return runLine(task, settings)

  const id = task.type === 'file' ? task.path : task.id
  let text: string
  try {
    text = task.type === 'file' ? readFileSync(task.path, 'utf8') : task.text
  } catch (error) {
    return errorRow(id, 'Cannot read `' + id + '`: ' + errorMessage(error))
  }

  let annotation: Annotation
  try {
    annotation = annotate(text, {
      id,
      format: task.format,
      published: settings.published,
      doubleApostrophes: settings.doubleApostrophes,
      singleQuotes: settings.singleQuotes
    })
  } catch (error) {
    return errorRow(id, 'Cannot annotate `' + id + '`: ' + errorMessage(error))
  }

  return {output: documentOutput(annotation, text, settings), failed: false}
}

/**
 * Make the error row written in place of an input that failed.
 *
 * @param id
 *   Input id (path or JSONL id), or `null` when unknown.
 * @param message
 *   What went wrong.
 * @returns
 *   Result with one line `{"id": …, "error": …}`.
 */
export function errorRow(id: string | null, message: string): TaskResult {
  return {output: JSON.stringify({id, error: message}) + '\n', failed: true}
}

function documentOutput(annotation: Annotation, text: string, settings: TaskSettings): string {
  switch (settings.format) {
    case 'json': {
      return settings.pretty ? JSON.stringify(annotation, null, 2) + '\n' : JSON.stringify(annotation) + '\n'
    }

    case 'jsonl': {
      return toJsonl(toRows(annotation, {include: settings.rows}))
    }

    case 'claimreview': {
      const reviews = toClaimReviews(annotation)
      return settings.pretty ? JSON.stringify(reviews, null, 2) + '\n' : toJsonl(reviews)
    }

    case 'webannotation': {
      const annotations = toWebAnnotations(annotation, text)
      return settings.pretty ? JSON.stringify(annotations, null, 2) + '\n' : toJsonl(annotations)
    }
  }
}

/** One JSONL record in, exactly one line out. */
function runLine(task: Extract<Task, {type: 'line'}>, settings: TaskSettings): TaskResult {
  const where = task.source + ':' + task.number
  if (task.line.trim() === '') return errorRow(null, where + ': Expected a JSON object `{"id", "text"}`, got an empty line')
  let record: unknown
  try {
    record = JSON.parse(task.line)
  } catch (error) {
    return errorRow(null, where + ': Invalid JSON: ' + errorMessage(error))
  }

  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return errorRow(null, where + ': Expected an object `{"id", "text"}`, got ' + kindOf(record))
  }

  const {id: rawId, text, url, published, format} = record as Record<string, unknown>
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : null
  if (rawId !== undefined && rawId !== null && id === null) {
    return errorRow(null, where + ': Expected `id` to be a string or number, got ' + kindOf(rawId))
  }

  if (typeof text !== 'string') return errorRow(id, where + ': Expected `text` to be a string, got ' + kindOf(text))
  if (url !== undefined && url !== null && typeof url !== 'string') {
    return errorRow(id, where + ': Expected `url` to be a string, got ' + kindOf(url))
  }

  if (published !== undefined && published !== null && typeof published !== 'string') {
    return errorRow(id, where + ': Expected `published` to be a string, got ' + kindOf(published))
  }

  if (format !== undefined && format !== null && format !== 'markdown' && format !== 'text' && format !== 'auto') {
    return errorRow(id, where + ": Expected `format` to be 'markdown', 'text' or 'auto', got " + JSON.stringify(format))
  }

  let annotation: Annotation
  try {
    annotation = annotate(text, {
      id,
      url: url ?? null,
      published: published ?? settings.published,
      format: format ?? 'auto',
      doubleApostrophes: settings.doubleApostrophes,
      singleQuotes: settings.singleQuotes
    })
  } catch (error) {
    return errorRow(id, where + ': ' + errorMessage(error))
  }

  let value: unknown
  switch (settings.format) {
    case 'json': {
      value = annotation
      break
    }

    case 'jsonl': {
      value = {id, rows: toRows(annotation, {include: settings.rows})}
      break
    }

    case 'claimreview': {
      value = {id, claimReviews: toClaimReviews(annotation)}
      break
    }

    case 'webannotation': {
      value = {id, annotations: toWebAnnotations(annotation, text)}
      break
    }
  }

  return {output: JSON.stringify(value) + '\n', failed: false}
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
