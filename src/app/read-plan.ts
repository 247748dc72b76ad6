import type { DecodeResult } from '../plan/link-codec'
import { problem } from '../plan/problems'

export type ReadRequest = { kind: 'link'; fragment: string } | { kind: 'file'; text: string }

/**
 * Longest a read may take before the planner gives up: a link holds a small plan
 * (its room list is cut), a file may hold a 100,000-room inventory.
 */
export const READ_TIMEOUT_MS = { link: 1000, file: 10_000 } as const

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
  return new Promise((resolve) => {
    let worker: Worker
    try {
      worker = new Worker(new URL('./plan-reader.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      resolve({
        ok: false,
        problem: problem('corrupt', 'This browser could not start reading the plan.'),
      })
      return
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const done = (result: DecodeResult) => {
      clearTimeout(timer)
      worker.terminate()
      resolve(result)
    }
    worker.onmessage = (event: MessageEvent<DecodeResult | 'ready'>) => {
      if (event.data !== 'ready') return done(event.data)
      // The clock starts once the worker has loaded: a slow start is not a slow plan.
      timer = setTimeout(
        () => done({ ok: false, problem: TOO_SLOW }),
        READ_TIMEOUT_MS[request.kind],
      )
      worker.postMessage(request)
    }
    worker.onerror = (event) => {
      event.preventDefault()
      done({ ok: false, problem: FAILED })
    }
  })
}
