import type { DecodeResult } from '../plan/link-codec'
import { problem } from '../plan/problems'

export type ReadRequest = { kind: 'link'; fragment: string } | { kind: 'file'; text: string }

/**
 * Longest a read may take before the planner gives up: a link holds a small plan
 * (its room list is cut), a file may hold a 100,000-room inventory.
 */
export const READ_TIMEOUT_MS = { link: 800, file: 10_000 } as const

const TOO_SLOW = problem(
  'too-large',
  'This plan is too large or too deeply built to open: reading it did not finish. Ask for the plan again, or for the plan file.',
)

const FAILED = problem(
  'corrupt',
  'This plan could not be read: reading it failed part-way. Ask for the plan again, or for the plan file.',
)

/**
 * Reads a plan in a worker, so no link or file can freeze or crash the page:
 * any failure, and any read slower than READ_TIMEOUT_MS, is a typed problem.
 */
export function readPlan(request: ReadRequest): Promise<DecodeResult> {
  const reader = prepared ?? startReader()
  prepared = undefined
  if (!reader) {
    return Promise.resolve({
      ok: false,
      problem: problem('corrupt', 'This browser could not start reading the plan.'),
    })
  }
  return reader.ready.then(
    () =>
      new Promise<DecodeResult>((resolve) => {
        const { worker } = reader
        const done = (result: DecodeResult) => {
          clearTimeout(timer)
          worker.terminate()
          resolve(result)
        }
        const timer = setTimeout(
          () => done({ ok: false, problem: TOO_SLOW }),
          READ_TIMEOUT_MS[request.kind],
        )
        worker.onmessage = (event: MessageEvent<DecodeResult>) => done(event.data)
        worker.onerror = (event) => {
          event.preventDefault()
          done({ ok: false, problem: FAILED })
        }
        worker.postMessage(request)
      }),
    () => ({ ok: false, problem: FAILED }),
  )
}

interface Reader {
  worker: Worker
  /** Resolves once the worker has loaded: the clock of a read starts then. */
  ready: Promise<void>
}
let prepared: Reader | undefined

function startReader(): Reader | undefined {
  try {
    const worker = new Worker(new URL('./plan-reader.worker.ts', import.meta.url), {
      type: 'module',
    })
    const ready = new Promise<void>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<unknown>) => {
        if (event.data === 'ready') resolve()
      }
      worker.onerror = (event) => {
        event.preventDefault()
        reject(new Error('reader failed to load'))
      }
    })
    return { worker, ready }
  } catch {
    return undefined
  }
}

/** Starts the next reader early (while a page loads), so a read waits for no start-up. */
export function prepareReader(): void {
  prepared ??= startReader()
}
