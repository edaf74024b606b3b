/**
 * Runs tasks in the main thread and worker threads, and hands results back
 * in input order with a bounded number in flight: memory stays flat however
 * long the input is.
 */
import {availableParallelism} from 'node:os'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {errorMessage} from './io.js'
import {errorRow, runTask, type Task, type TaskResult, type TaskSettings} from './task.js'

/**
 * Runs tasks; results may complete out of order.
 */
export interface Runner {
  /**
   * Hand a task to a thread. Resolves once the task is dispatched (after
   * running it, when the main thread takes it), with its pending result
   * wrapped so that it is not awaited yet.
   */
  submit(task: Task): Promise<{result: Promise<TaskResult>}>
  close(): Promise<void>
}

interface Request {
  seq: number
  task: Task
}

interface Reply {
  seq: number
  result: TaskResult
}

/** Marks a worker started by this module (so the entry point knows its role). */
const marker = 'claimtrace-worker'

/**
 * Default number of jobs: the number of cores.
 *
 * @returns
 *   Jobs.
 */
export function defaultJobs(): number {
  return availableParallelism()
}

/**
 * Whether this thread is a claimtrace worker.
 *
 * @returns
 *   Whether to call {@link startWorker} instead of the CLI.
 */
export function isWorker(): boolean {
  return !isMainThread && typeof workerData === 'object' && workerData !== null && marker in workerData
}

/**
 * Serve tasks from the main thread (the worker side of the pool).
 */
export function startWorker(): void {
  const settings = (workerData as Record<string, unknown>)[marker] as TaskSettings
  parentPort!.on('message', (request: Request) => {
    const reply: Reply = {seq: request.seq, result: runTask(request.task, settings)}
    parentPort!.postMessage(reply)
  })
}

/**
 * Create a runner with `jobs` threads that annotate: the main thread and
 * `jobs - 1` workers. The main thread takes a task only when every worker
 * already has `depth` tasks queued, so workers never wait on it; a worker
 * fewer means one isolate fewer to start, warm up and keep in memory.
 *
 * @param jobs
 *   Number of threads; `1` runs everything in the main thread.
 * @param settings
 *   Run settings.
 * @param entry
 *   URL of the script workers run (the CLI bundle itself).
 * @returns
 *   Runner.
 */
export function createRunner(jobs: number, settings: TaskSettings, entry: URL): Runner {
  if (jobs <= 1) {
    return {
      async submit(task) {
        return {result: Promise.resolve(runTask(task, settings))}
      },
      async close() {}
    }
  }

  interface Slot {
    worker: Worker
    pending: Map<number, {task: Task; resolve: (result: TaskResult) => void}>
  }

  let seq = 0
  let closing = false
  const slots: Slot[] = []
  const depth = 3
  for (let index = 1; index < jobs; index++) slots.push(spawn())

  return {
    async submit(task) {
      let slot = leastBusy()
      if (slot.pending.size >= depth) {
        // One event loop turn first: replies that arrived while this thread
        // was annotating are taken in, so a worker that finished gets refilled.
        await new Promise((resolve) => {
          setImmediate(resolve)
        })
        slot = leastBusy()
        if (slot.pending.size >= depth) return {result: Promise.resolve(runTask(task, settings))}
      }

      const id = seq++
      const result = new Promise<TaskResult>((resolve) => {
        slot.pending.set(id, {task, resolve})
        slot.worker.postMessage({seq: id, task} satisfies Request)
      })
      return {result}
    },
    async close() {
      closing = true
      await Promise.all(slots.map((slot) => slot.worker.terminate()))
    }
  }

  /** Least busy worker: keeps every core fed even when tasks differ in size. */
  function leastBusy(): Slot {
    let slot = slots[0]!
    for (const candidate of slots) if (candidate.pending.size < slot.pending.size) slot = candidate
    return slot
  }

  function spawn(): Slot {
    const slot: Slot = {
      worker: new Worker(entry, {workerData: {[marker]: settings}}),
      pending: new Map()
    }
    slot.worker.on('message', (reply: Reply) => {
      const item = slot.pending.get(reply.seq)
      slot.pending.delete(reply.seq)
      item?.resolve(reply.result)
    })
    slot.worker.on('error', (error) => fail(slot, 'Worker failed: ' + errorMessage(error)))
    slot.worker.on('exit', (code) => {
      if (!closing) fail(slot, 'Worker exited with code ' + code)
    })
    return slot
  }

  /** A crashed worker loses no input: its tasks become error rows, a new worker takes its place. */
  function fail(slot: Slot, message: string): void {
    const index = slots.indexOf(slot)
    if (index === -1) return
    for (const {task, resolve} of slot.pending.values()) resolve(errorRow(taskId(task), message))
    slot.pending.clear()
    if (!closing) slots[index] = spawn()
    else slots.splice(index, 1)
  }
}

/**
 * Run tasks and hand each result to `onResult` in input order, with at most
 * `window` tasks in flight (the input is not pulled further until the oldest
 * result is out).
 *
 * @param tasks
 *   Tasks, pulled lazily.
 * @param runner
 *   Runner.
 * @param window
 *   Largest number of tasks in flight.
 * @param onResult
 *   Called in input order; awaited (for output backpressure).
 */
export async function runOrdered(
  tasks: AsyncIterable<Task> | Iterable<Task>,
  runner: Runner,
  window: number,
  onResult: (result: TaskResult) => Promise<void>
): Promise<void> {
  const inFlight: Array<Promise<TaskResult>> = []
  for await (const task of tasks) {
    let result: Promise<TaskResult>
    try {
      result = (await runner.submit(task)).result
    } catch (error) {
      result = Promise.reject(error)
    }

    inFlight.push(result.catch((error: unknown) => errorRow(taskId(task), 'Failed: ' + errorMessage(error))))
    if (inFlight.length >= window) await onResult(await inFlight.shift()!)
  }

  while (inFlight.length > 0) await onResult(await inFlight.shift()!)
}

function taskId(task: Task): string | null {
  switch (task.type) {
    case 'file': {
      return task.path
    }

    case 'text': {
      return task.id
    }

    case 'line': {
      return null
    }

    case 'error': {
      return task.id
    }
  }
}
