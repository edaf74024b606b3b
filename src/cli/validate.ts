import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {extname} from 'node:path'
import {safeParseAnnotation} from '../load.js'
import type {Command} from './command.js'
import {UsageError, errorMessage, exitCodes, readAll, readLines, write, type Io} from './io.js'

/** `claimtrace validate`: check annotation files. */
export const validateCommand: Command = {
  summary: 'Check annotation files (JSON, or JSONL with one annotation a line)',
  help: [
    'Usage: claimtrace validate [--jsonl] <file...|->',
    '',
    'Check that files hold claimtrace annotations: the schema version, the',
    'schema, and invariants (span text matches its offsets, ids resolve).',
    'Prints `<file>: valid`, or `<file>: invalid` and one line per problem',
    '(`path: message`).',
    '',
    'Options:',
    '  --jsonl      Read one annotation per line (default for .jsonl and .ndjson)',
    '  -h, --help   Show this help',
    '',
    'Exit codes: 0 all valid, 1 some invalid or unreadable, 2 usage error.',
    '',
    'Examples:',
    '  claimtrace annotate article.md > article.json && claimtrace validate article.json',
    '  claimtrace annotate --input-format jsonl < in.jsonl | claimtrace validate --jsonl -'
  ].join('\n'),
  options: {
    jsonl: {type: 'boolean'}
  },
  async run({values, positionals, io}) {
    if (positionals.length === 0) throw new UsageError('Missing file to validate (or `-` for stdin)')
    let failed = false
    for (const name of positionals) {
      const lines = values.jsonl === true || ['.jsonl', '.ndjson'].includes(extname(name).toLowerCase())
      const ok = lines ? await validateLines(name, io) : await validateDocument(name, io)
      if (!ok) failed = true
    }

    return failed ? exitCodes.failed : exitCodes.ok
  }
}

async function validateDocument(name: string, io: Io): Promise<boolean> {
  let text: string
  try {
    text = name === '-' ? await readAll(io.stdin) : await readFile(name, 'utf8')
  } catch (error) {
    await write(io.stdout, name + ': unreadable\n  ' + errorMessage(error) + '\n')
    return false
  }

  return report(name, text, io, true)
}

/** Streams, so a large JSONL file is checked in constant memory. */
async function validateLines(name: string, io: Io): Promise<boolean> {
  let count = 0
  let invalid = 0
  let number = 0
  try {
    for await (const line of readLines(name === '-' ? io.stdin : createReadStream(name))) {
      number++
      if (line.trim() === '') continue
      count++
      if (!(await report(name + ':' + number, line, io, false))) invalid++
    }
  } catch (error) {
    await write(io.stdout, name + ': unreadable\n  ' + errorMessage(error) + '\n')
    return false
  }

  await write(io.stdout, name + ': ' + (count - invalid) + ' of ' + count + ' valid\n')
  return invalid === 0
}

async function report(name: string, text: string, io: Io, showValid: boolean): Promise<boolean> {
  const result = safeParseAnnotation(text)
  if (result.success) {
    if (showValid) await write(io.stdout, name + ': valid\n')
    return true
  }

  await write(io.stdout, name + ': invalid\n' + result.issues.map((issue) => '  ' + issue + '\n').join(''))
  return false
}
