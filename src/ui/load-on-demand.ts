/**
 * A module loaded when first needed, once: every call returns the same promise, and a
 * failed load (offline before the build was kept) is forgotten, so the next call tries
 * again. The caller still sees the failure.
 */
export function loadOnDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () =>
    (promise ??= load().catch((error: unknown) => {
      promise = undefined
      throw error
    }))
}
