/// <reference lib="webworker" />
// Reads a plan from a link or a file off the main thread: whatever the input
// holds, the page stays responsive, and a read that runs too long is stopped.
import '../store/zod-config'
import type { DecodeResult } from '../plan/link-codec'
import { decodePlanFragment } from '../plan/link-codec'
import { parsePlanFileText } from '../plan/plan-file'
import { problem } from '../plan/problems'
import type { ReadRequest } from './read-plan'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  let result: DecodeResult
  try {
    result =
      event.data.kind === 'link'
        ? decodePlanFragment(event.data.fragment)
        : parsePlanFileText(event.data.text)
  } catch (error) {
    result = {
      ok: false,
      problem: problem(
        'corrupt',
        `The plan could not be read (${error instanceof Error ? error.name : 'unknown error'}).`,
      ),
    }
  }
  self.postMessage(result)
}

self.postMessage('ready')
