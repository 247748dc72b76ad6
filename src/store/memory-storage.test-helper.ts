/**
 * localStorage in memory for Node tests: `Object.keys(localStorage)` lists the stored keys,
 * as in a browser (the store's removeKeys and keys read them that way).
 */
export function memoryLocalStorage(): Storage {
  const data = new Map<string, string>()
  const storage = {
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (k: string) => data.get(k) ?? null,
    key: (i: number) => [...data.keys()][i] ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem: (k: string, v: string) => void data.set(k, String(v)),
  } as Storage
  return new Proxy(storage, {
    ownKeys: (t) => [...Array(t.length).keys()].map((i) => t.key(i) as string),
    getOwnPropertyDescriptor: (t, k) =>
      typeof k === 'string' && t.getItem(k) !== null
        ? { enumerable: true, configurable: true, value: t.getItem(k) }
        : undefined,
  })
}
