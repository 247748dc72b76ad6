/**
 * A module loaded when first needed, once: every call returns the same promise, and a
 * failed load (offline before the build was kept) is forgotten, so the next call asks
 * again. The caller still sees the failure. Chromium (150 here) answers a module that
 * failed once with the same failure, without a request, until the page is loaded again:
 * messages about such a failure say to reload.
 */
export function loadOnDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined
  return () =>
    (promise ??= load().catch((error: unknown) => {
      promise = undefined
      throw error
    }))
}
