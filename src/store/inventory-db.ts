// Room inventories live in IndexedDB, the platform's store for large data: a
// 100,000-room inventory is megabytes, past what localStorage holds. The plan in
// localStorage keeps everything else, with an empty room list.

const DB = 'lync-planner'
const STORE = 'inventory-rooms'

let opened: Promise<IDBDatabase> | undefined
function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'))
  })
  return opened
}

function run<T>(
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return db().then(
    (d) =>
      new Promise<T>((resolve, reject) => {
        const tx = d.transaction(STORE, mode)
        const request = act(tx.objectStore(STORE))
        tx.oncomplete = () => resolve(request.result)
        tx.onabort = tx.onerror = () => reject(tx.error ?? request.error ?? new Error('aborted'))
      }),
  )
}

export const putRooms = (planId: string, rooms: unknown[]): Promise<IDBValidKey> =>
  run('readwrite', (s) => s.put(rooms, planId))
export const getRooms = (planId: string): Promise<unknown> => run('readonly', (s) => s.get(planId))
export const deleteRooms = (planId: string): Promise<undefined> =>
  run('readwrite', (s) => s.delete(planId))

/** Says what really happened when the database refused a write. */
export function roomsSaveMessage(error: unknown, rooms: number): string {
  const name =
    error instanceof DOMException || error instanceof Error ? error.name : 'unknown error'
  const what = `The room inventory (${rooms.toLocaleString('en')} rooms) could not be saved in this browser's database`
  return name === 'QuotaExceededError'
    ? `${what}: the browser has no more room for this site (${name}). Download the plan file to keep it, then free space or delete plans you no longer need.`
    : `${what} (${name}; private windows and some settings turn it off). Download the plan file to keep it.`
}
