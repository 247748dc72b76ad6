/// <reference lib="webworker" />
// Parses and checks a room inventory off the main thread, reporting progress.
import '../store/zod-config'
import { parseInventoryCsv } from '../plan/inventory-csv'
import { summarizeInventory } from '../plan/inventory-summary'
import type { InventoryJob, InventoryMessage } from './inventory-job'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = (event: MessageEvent<InventoryJob>) => {
  const { text, separator, existingNames, fileName } = event.data
  const post = (message: InventoryMessage) => self.postMessage(message)
  let last = 0
  const parsed = parseInventoryCsv(text, (fraction) => {
    if (fraction - last >= 0.05 || fraction === 1) {
      last = fraction
      post({ type: 'progress', fraction: fraction * 0.9 })
    }
  })
  const { rooms, ...report } = parsed
  const summary = summarizeInventory(rooms, {
    separator,
    existingNames,
    ...(fileName ? { fileName } : {}),
  })
  post({ type: 'done', report, summary })
}
