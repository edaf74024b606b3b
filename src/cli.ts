/**
 * The `claimtrace` command (bin): a thin layer over the API, and the only
 * module that uses Node built-ins. The same script is the worker of
 * `--jobs`.
 */
import {main} from './cli/main.js'
import {isWorker, startWorker} from './cli/pool.js'

if (isWorker()) {
  startWorker()
} else {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as Unix tools do.
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })

  // No top-level await: the bin is a CommonJS bundle (see tsup.config.ts).
  void main(process.argv.slice(2), process, new URL(import.meta.url)).then((code) => {
    process.exitCode = code
  })
}
