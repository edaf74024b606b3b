import {readdir, stat} from 'node:fs/promises'
import {extname, join} from 'node:path'
import {errorMessage} from './io.js'
import type {ArticleFormat} from './task.js'

/** How `--input-format` names formats. */
export const inputFormats = ['md', 'txt', 'jsonl'] as const
/** An `--input-format` value. */
export type InputFormatFlag = (typeof inputFormats)[number]

/** A resolved input. */
export type Input =
  | {kind: 'stdin'; format: ArticleFormat | 'jsonl'}
  | {kind: 'file'; path: string; format: ArticleFormat | 'jsonl'}
  | {kind: 'error'; path: string; error: string}

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx'])
const textExtensions = new Set(['.txt', '.text'])
const jsonlExtensions = new Set(['.jsonl', '.ndjson'])

/**
 * Resolve the positional arguments of `annotate` into inputs, in argument
 * order; directories are walked (sorted, dot-entries skipped) for article
 * files (`.md`, `.markdown`, `.txt`, …; `.jsonl` in JSONL mode). A path that
 * cannot be read becomes an error input, reported in place.
 *
 * @param args
 *   Files, directories, or `-` (stdin).
 * @param flag
 *   `--input-format`, if given.
 * @returns
 *   Inputs.
 */
export async function collectInputs(args: ReadonlyArray<string>, flag: InputFormatFlag | undefined): Promise<Input[]> {
  const inputs: Input[] = []
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({kind: 'stdin', format: flag ? fromFlag(flag) : 'auto'})
      continue
    }

    let isDirectory: boolean
    try {
      isDirectory = (await stat(arg)).isDirectory()
    } catch (error) {
      inputs.push({kind: 'error', path: arg, error: 'Cannot read `' + arg + '`: ' + errorMessage(error)})
      continue
    }

    if (isDirectory) await walk(arg, inputs, flag)
    else inputs.push({kind: 'file', path: arg, format: formatOf(arg, flag)})
  }

  return inputs
}

async function walk(directory: string, inputs: Input[], flag: InputFormatFlag | undefined): Promise<void> {
  let entries
  try {
    entries = await readdir(directory, {withFileTypes: true})
  } catch (error) {
    inputs.push({kind: 'error', path: directory, error: 'Cannot read `' + directory + '`: ' + errorMessage(error)})
    return
  }

  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const path = join(directory, entry.name)
    if (entry.isDirectory()) {
      await walk(path, inputs, flag)
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const extension = extname(entry.name).toLowerCase()
      const wanted =
        flag === 'jsonl'
          ? jsonlExtensions.has(extension)
          : markdownExtensions.has(extension) || textExtensions.has(extension)
      if (wanted) inputs.push({kind: 'file', path, format: formatOf(path, flag)})
    }
  }
}

function formatOf(path: string, flag: InputFormatFlag | undefined): ArticleFormat | 'jsonl' {
  if (flag) return fromFlag(flag)
  const extension = extname(path).toLowerCase()
  if (markdownExtensions.has(extension)) return 'markdown'
  if (textExtensions.has(extension)) return 'text'
  if (jsonlExtensions.has(extension)) return 'jsonl'
  return 'auto'
}

function fromFlag(flag: InputFormatFlag): ArticleFormat | 'jsonl' {
  return flag === 'md' ? 'markdown' : flag === 'txt' ? 'text' : 'jsonl'
}
