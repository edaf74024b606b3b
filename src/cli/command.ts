import type {ParseArgsConfig} from 'node:util'
import type {Io} from './io.js'

/** What a command gets to run. */
export interface CommandContext {
  /** Parsed options (`util.parseArgs` values). */
  values: Record<string, string | boolean | Array<string | boolean> | undefined>
  positionals: string[]
  io: Io
  /** URL of the CLI script (workers run it again). */
  entry: URL
}

/**
 * A subcommand of `claimtrace`. Adding one is a module exporting a
 * `Command` plus one line in the table in `main.ts`.
 */
export interface Command {
  /** One line for `claimtrace --help`. */
  summary: string
  /** Full text for `claimtrace <command> --help`. */
  help: string
  /** Options (`--help` is added for every command). */
  options: NonNullable<ParseArgsConfig['options']>
  /**
   * String options whose value is optional, with the value a bare flag
   * means (`--double-apostrophes` is `--double-apostrophes=true`); a value
   * needs `=` so that the next argument stays a positional.
   */
  bareValues?: Readonly<Record<string, string>>
  /**
   * Run the command.
   *
   * @returns
   *   Exit code: `0` done, `1` some input failed (reported), `2` usage
   *   error (throw `UsageError` for those).
   */
  run(context: CommandContext): Promise<number>
}
