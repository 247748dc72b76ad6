/// <reference lib="webworker" />
// Parses and checks a room inventory off the main thread, reporting progress.
import '../store/zod-config'
import { parseInventoryCsv } from '../plan/inventory-csv'
import { summarizeInventory } from '../plan/inventory-summary'
import { inventoryAnalysis } from '../rules/group-chat'
import type { InventoryJob, InventoryMessage } from './inventory-job'
import { ROOMS_PER_MESSAGE } from './inventory-job'

declare const self: DedicatedWorkerGlobalScope

self.onmessage = async (event: MessageEvent<InventoryJob>) => {
  const { text, separator, existingNames, fileName } = event.data
  const post = (message: InventoryMessage) => self.postMessage(message)
  // The bytes, not blob.text(): the reader detects the encoding (a Windows-1252 export
  // would otherwise turn Café and Cafè into the same name).
  const input = typeof text === 'string' ? text : await text.arrayBuffer()
  let last = 0
  const parsed = parseInventoryCsv(input, (fraction) => {
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
  // The kept rooms and their analysis in slices: the main thread reads each message in
  // its own short task, where one message of 100,000 rooms would be one long task.
  const kept = summary.inventory.rooms
  const analysis = inventoryAnalysis(summary.inventory)
  for (let i = 0; i < kept.length; i += ROOMS_PER_MESSAGE)
    post({ type: 'rooms', rooms: kept.slice(i, i + ROOMS_PER_MESSAGE) })
  for (let i = 0; i < analysis.flagged.length; i += ROOMS_PER_MESSAGE)
    post({ type: 'flagged', flagged: analysis.flagged.slice(i, i + ROOMS_PER_MESSAGE) })
  post({
    type: 'done',
    report,
    summary: { ...summary, inventory: { ...summary.inventory, rooms: [] } },
    analysis: { ...analysis, flagged: [] },
  })
}
