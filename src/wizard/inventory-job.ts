import type { InventoryParse } from '../plan/inventory-csv'
import type { summarizeInventory } from '../plan/inventory-summary'

export interface InventoryJob {
  /** The file's bytes (its encoding is detected) or pasted text. */
  text: string | ArrayBuffer
  separator: string
  existingNames: string[]
  fileName?: string
}

export type InventoryReport = Omit<InventoryParse, 'rooms'>

export type InventoryMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; report: InventoryReport; summary: ReturnType<typeof summarizeInventory> }

/** Runs one inventory job in a worker; resolves with its result. */
export function runInventoryJob(
  job: InventoryJob,
  onProgress: (fraction: number) => void,
): Promise<Extract<InventoryMessage, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./inventory.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<InventoryMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.fraction)
      else {
        resolve(event.data)
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
