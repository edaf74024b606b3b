import type {Io} from './io.js'

/** A progress line on stderr. */
export interface Progress {
  tick(): void
  done(): void
}

/**
 * Create a progress bar on stderr, drawn only when stderr is a terminal and
 * there is more than one input (so logs and pipes stay clean).
 *
 * @param stderr
 *   Error stream.
 * @param total
 *   Number of inputs, or `undefined` when unknown (a stream): then a count.
 * @param unit
 *   What is counted (`files`, `lines`).
 * @returns
 *   Progress; does nothing when not shown.
 */
export function createProgress(stderr: Io['stderr'], total: number | undefined, unit: string): Progress {
  const shown = stderr.isTTY === true && (total === undefined || total > 1)
  let count = 0
  let last = 0
  if (!shown) return {tick() {}, done() {}}

  return {
    tick() {
      count++
      const now = Date.now()
      // Redraw at most ten times a second: drawing is slower than annotating small inputs.
      if (now - last < 100 && count !== total) return
      last = now
      draw()
    },
    done() {
      stderr.write('\r\u001B[K')
    }
  }

  function draw(): void {
    let line: string
    if (total === undefined) {
      line = 'claimtrace: ' + count + ' ' + unit
    } else {
      const width = Math.max(10, Math.min(40, (stderr.columns ?? 80) - 40))
      const filled = Math.round((count / total) * width)
      line =
        'claimtrace: [' +
        '#'.repeat(filled) +
        ' '.repeat(width - filled) +
        '] ' +
        count +
        '/' +
        total +
        ' ' +
        unit +
        ' (' +
        Math.floor((count / total) * 100) +
        '%)'
    }

    stderr.write('\r\u001B[K' + line)
  }
}
