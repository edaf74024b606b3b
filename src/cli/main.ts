import {readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import {annotateCommand} from './annotate.js'
import type {Command} from './command.js'
import {UsageError, errorMessage, exitCodes, write, type Io} from './io.js'
import {renderCommand} from './render.js'
import {schemaCommand} from './schema.js'
import {validateCommand} from './validate.js'

/**
 * The subcommands. A new one (such as `render`) is a module exporting a
 * `Command` and one line here.
 */
export const commands: Record<string, Command> = {
  annotate: annotateCommand,
  render: renderCommand,
  schema: schemaCommand,
  validate: validateCommand
}

/**
 * Run the CLI.
 *
 * @param args
 *   Arguments after the program name.
 * @param io
 *   Streams.
 * @param entry
 *   URL of the CLI script (for workers and to find `package.json`).
 * @returns
 *   Exit code: `0` done, `1` some input failed, `2` usage error.
 */
export async function main(args: ReadonlyArray<string>, io: Io, entry: URL): Promise<number> {
  const [first, ...rest] = args
  if (first === '--version' || first === '-v') {
    await write(io.stdout, version(entry) + '\n')
    return exitCodes.ok
  }

  if (first === '--help' || first === '-h') {
    await write(io.stdout, help() + '\n')
    return exitCodes.ok
  }

  if (first === 'help') {
    const command = rest[0] === undefined ? undefined : commands[rest[0]]
    if (rest[0] !== undefined && !command) return usage(io, unknown(rest[0]))
    await write(io.stdout, (command ? command.help : help()) + '\n')
    return exitCodes.ok
  }

  if (first === undefined) return usage(io, new UsageError('Missing command'), help())
  const command = Object.hasOwn(commands, first) ? commands[first] : undefined
  if (!command) return usage(io, first.startsWith('-') ? new UsageError('Unexpected option `' + first + '` before a command') : unknown(first))

  let parsed
  try {
    parsed = parseArgs({
      args: withBareValues(rest, command.bareValues),
      options: {...command.options, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    return usage(io, new UsageError(errorMessage(error)), undefined, first)
  }

  if (parsed.values.help) {
    await write(io.stdout, command.help + '\n')
    return exitCodes.ok
  }

  try {
    return await command.run({values: parsed.values, positionals: parsed.positionals, io, entry})
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error, undefined, first)
    await write(io.stderr, 'claimtrace: ' + (error instanceof Error && error.stack ? error.stack : errorMessage(error)) + '\n')
    return exitCodes.failed
  }
}

function help(): string {
  const names = Object.keys(commands)
  const width = Math.max(...names.map((name) => name.length))
  return [
    'Usage: claimtrace <command> [options]',
    '',
    'Turn news articles into typed, validated annotations: quotes, claims and',
    'sources with exact character offsets.',
    '',
    'Commands:',
    ...names.map((name) => '  ' + name.padEnd(width + 2) + commands[name]!.summary),
    '',
    'Options:',
    '  -h, --help     Show help (also `claimtrace <command> --help`)',
    '  -v, --version  Show the version',
    '',
    'Run `claimtrace <command> --help` for a command’s options.'
  ].join('\n')
}

function unknown(name: string): UsageError {
  return new UsageError('Unknown command `' + name + '`, expected one of: ' + Object.keys(commands).join(', '))
}

async function usage(io: Io, error: UsageError, text?: string, command?: string): Promise<number> {
  const hint = text ?? 'Run `claimtrace ' + (command ? command + ' ' : '') + '--help` for usage.'
  await write(io.stderr, 'claimtrace: ' + error.message + '\n' + hint + '\n')
  return exitCodes.usage
}

function version(entry: URL): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', entry), 'utf8')) as {version?: unknown}
    return typeof pkg.version === 'string' ? pkg.version : 'unknown'
  } catch {
    return 'unknown'
  }
}

/** `--flag` → `--flag=value` for the options a command lets go bare, up to `--`. */
function withBareValues(args: readonly string[], bareValues: Readonly<Record<string, string>> | undefined): string[] {
  if (!bareValues) return [...args]
  const end = args.indexOf('--')
  return args.map((arg, index) => {
    if ((end !== -1 && index >= end) || !arg.startsWith('--')) return arg
    const name = arg.slice(2)
    return Object.hasOwn(bareValues, name) ? arg + '=' + bareValues[name]! : arg
  })
}
