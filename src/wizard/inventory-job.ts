import type { InventoryParse } from '../plan/inventory-csv'
import type { summarizeInventory } from '../plan/inventory-summary'
import type { inventoryAnalysis } from '../rules/group-chat'
import { knownInventoryAnalysis } from '../rules/group-chat'
import type { Room, RoomResult } from '../rules/rooms'

export interface InventoryJob {
  /**
   * The file itself (the worker reads and decodes its bytes: a Blob crosses to the
   * worker by reference, where an ArrayBuffer would be copied on the main thread),
   * or pasted text.
   */
  text: string | Blob
  separator: string
  existingNames: string[]
  fileName?: string
}

export type InventoryReport = Omit<InventoryParse, 'rooms'>
type Summary = ReturnType<typeof summarizeInventory>
type Analysis = ReturnType<typeof inventoryAnalysis>

/** How many rooms travel in one message: each message is read in its own short task. */
export const ROOMS_PER_MESSAGE = 5_000

export type InventoryMessage =
  | { type: 'progress'; fraction: number }
  /** A slice of the kept rooms, or of their analysis, in order; `done` follows the last. */
  | { type: 'rooms'; rooms: Room[] }
  | { type: 'flagged'; flagged: RoomResult[] }
  /**
   * The summary's `inventory.rooms` and the analysis's `flagged` are empty here: they
   * are the `rooms` and `flagged` messages joined.
   */
  | { type: 'done'; report: InventoryReport; summary: Summary; analysis: Analysis }

/**
 * Runs one inventory job in a worker; resolves with its result. The worker also
 * analyses the kept rooms, and that analysis is handed to the rules for this inventory,
 * so nothing on the page goes through 100,000 rooms again.
 */
export function runInventoryJob(
  job: InventoryJob,
  onProgress: (fraction: number) => void,
): Promise<{ report: InventoryReport; summary: Summary }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./inventory.worker.ts', import.meta.url), { type: 'module' })
    const rooms: Room[][] = []
    const flagged: RoomResult[][] = []
    worker.onmessage = (event: MessageEvent<InventoryMessage>) => {
      const message = event.data
      if (message.type === 'progress') onProgress(message.fraction)
      else if (message.type === 'rooms') rooms.push(message.rooms)
      else if (message.type === 'flagged') flagged.push(message.flagged)
      else {
        const inventory = { ...message.summary.inventory, rooms: rooms.flat() }
        knownInventoryAnalysis(inventory, { ...message.analysis, flagged: flagged.flat() })
        resolve({ report: message.report, summary: { ...message.summary, inventory } })
        worker.terminate()
      }
    }
    worker.onerror = (event) => {
      reject(new Error(event.message || 'The room check stopped unexpectedly.'))
      worker.terminate()
    }
    worker.postMessage(job)
  })
}
