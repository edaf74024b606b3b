import {once} from 'node:events'
import type {Readable, Writable} from 'node:stream'

/** The streams a command talks to (injected so commands stay testable). */
export interface Io {
  stdin: Readable
  stdout: Writable
  stderr: Writable & {isTTY?: boolean; columns?: number}
}

/**
 * A mistake in how the CLI was called: printed with a hint to `--help`,
 * exit code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes. */
export const exitCodes = {ok: 0, failed: 1, usage: 2} as const

/**
 * Write to a stream, waiting for it to drain when its buffer is full, so
 * output never piles up in memory faster than the reader takes it.
 *
 * @param stream
 *   Stream.
 * @param chunk
 *   Text (nothing is written when empty).
 */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (chunk.length === 0) return
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/**
 * Split a text stream into lines without holding more than one line (and one
 * chunk) in memory: `\n` ends a line, a `\r` before it is dropped, a last
 * line without `\n` still counts, and empty lines are kept (each input line
 * is one record).
 *
 * @param stream
 *   Readable stream of bytes or text.
 * @returns
 *   Lines, in order; pulling lazily keeps the stream paused (backpressure).
 */
export async function* readLines(stream: Readable): AsyncGenerator<string> {
  stream.setEncoding('utf8')
  let rest = ''
  for await (const chunk of stream as AsyncIterable<string>) {
    let start = 0
    let index = chunk.indexOf('\n')
    while (index !== -1) {
      const line = rest + chunk.slice(start, index)
      rest = ''
      yield line.endsWith('\r') ? line.slice(0, -1) : line
      start = index + 1
      index = chunk.indexOf('\n', start)
    }

    rest += chunk.slice(start)
  }

  if (rest.length > 0) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest
}

/**
 * Read a whole stream as UTF-8 text.
 *
 * @param stream
 *   Readable stream.
 * @returns
 *   Text.
 */
export async function readAll(stream: Readable): Promise<string> {
  stream.setEncoding('utf8')
  let result = ''
  for await (const chunk of stream as AsyncIterable<string>) result += chunk
  return result
}

/**
 * Describe a thrown value in one line.
 *
 * @param error
 *   Anything thrown.
 * @returns
 *   Message.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
