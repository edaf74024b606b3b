/**
 * V8 settings for `claimtrace annotate`, a short batch run whose CPU goes
 * largely to TurboFan. Profiled on the PolNeAR train split (840 articles,
 * ~5 s): with V8’s defaults half of all CPU samples are TurboFan compiling
 * (and, after “wrong map” deopts, recompiling) big functions with deep
 * inlining, on helper threads. Every isolate (the main thread and each
 * worker) pays that again, so with `--jobs 2` on two cores the second
 * annotating thread competes with twice the compiling and gained nothing.
 * Optimizing only hotter functions, with less inlining, cuts the compile
 * work by about two thirds; warm code is 15–20% slower. On the train split
 * that makes `--jobs 1` ~20% and `--jobs 2` ~35% faster (`bench/cli-jobs.ts`);
 * with several threads it also wins on long inputs (4× the split: `--jobs 2`
 * ~30% faster), but a long `--jobs 1` run, whose compiling has a spare core
 * to itself, is ~10% slower than with V8’s defaults. Flags given to Node
 * win: `node --interrupt-budget=67584 --max-inlined-bytecode-size-cumulative=920`
 * restores the defaults.
 */
import {setFlagsFromString} from 'node:v8'

/**
 * Flags and why. Values were measured, not derived: the interrupt budget is
 * 8× V8 11’s default (67584), the cumulative inlining limit is 200 bytes of
 * bytecode (default 920).
 */
const flags: ReadonlyArray<[name: string, value: string]> = [
  // Only functions hot enough to repay their compile get optimized.
  ['interrupt-budget', '540672'],
  // Compile time grows with the inlined graph, run time gains little more.
  ['max-inlined-bytecode-size-cumulative', '200']
]

/**
 * Tune V8 for a batch run. Call before annotating and before starting
 * workers: flags are process-wide, so workers get them too. A flag the user
 * set (`node --interrupt-budget=… claimtrace`, or in `NODE_OPTIONS`) is left
 * as given.
 */
export function tuneForBatch(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].map((arg) =>
    arg.replace(/^--(no-)?/, '').replace(/=.*$/, '').replaceAll('_', '-')
  )
  for (const [name, value] of flags) {
    if (!given.includes(name)) setFlagsFromString('--' + name + '=' + value)
  }
}
