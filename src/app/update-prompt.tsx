import { useEffect, useRef, useState } from 'react'
import { whenSettled } from '../ui/when-settled'
import { appBase } from './app-base'

type Update = 'none' | 'ready' | 'active'

const HOUR = 60 * 60 * 1000

/**
 * Registers the service worker that keeps the app working offline (production builds
 * only), and says when a new version is ready. The new version waits until the user
 * reloads through this prompt, so a page never runs on a mix of old and new files
 * (docs/decisions/0018). Plans stay in this browser: the worker only caches the
 * app's own files.
 */
export function UpdatePrompt() {
  const [update, setUpdate] = useState<Update>('none')
  const waiting = useRef<ServiceWorker | null>(null)
  const reloading = useRef(false)

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    const sw = navigator.serviceWorker
    let timer: ReturnType<typeof setInterval> | undefined
    let stopped = false
    const offer = (worker: ServiceWorker) => {
      // The first install has nothing to replace: only an update is announced.
      if (stopped || !sw.controller) return
      waiting.current = worker
      setUpdate('ready')
    }
    const onControllerChange = () => {
      if (reloading.current) window.location.reload()
      // Another tab took the new version: this one still runs the old files.
      else if (!stopped) setUpdate('active')
    }
    sw.addEventListener('controllerchange', onControllerChange)
    const register = () => {
      const base = appBase()
      sw.register(`${base}sw.js`, { scope: base })
        .then((registration) => {
          if (stopped) return
          const track = (worker: ServiceWorker | null) =>
            worker?.addEventListener('statechange', () => {
              if (worker.state === 'installed') offer(worker)
            })
          if (registration.waiting) offer(registration.waiting)
          // The page's own load may have started the update check already.
          track(registration.installing)
          registration.addEventListener('updatefound', () => track(registration.installing))
          // A tab left open for days still learns of a new version.
          timer = setInterval(() => registration.update().catch(() => undefined), HOUR)
        })
        .catch(() => undefined)
    }
    // Precaching the build (about 1 MB) waits until the page has settled: on a first
    // visit it would otherwise compete with the page's own first paint for the network,
    // the disk and the CPU (Lighthouse showed a cold step painting 1 s late behind it).
    const cancel = whenSettled(register)
    return () => {
      stopped = true
      clearInterval(timer)
      cancel()
      sw.removeEventListener('controllerchange', onControllerChange)
    }
  }, [])

  const reload = () => {
    reloading.current = true
    if (update === 'ready' && waiting.current) waiting.current.postMessage({ type: 'SKIP_WAITING' })
    else window.location.reload()
  }

  return (
    // A polite live region, not role="status": pages have their own status messages.
    <div className="container no-print" aria-live="polite">
      {update === 'none' ? null : (
        <div className="panel">
          <p>
            {update === 'ready'
              ? 'A new version of the planner is ready. Your plans are kept.'
              : 'A new version of the planner was started in another tab. Your plans are kept.'}
          </p>
          <button type="button" className="button" onClick={reload}>
            Reload to update
          </button>
        </div>
      )}
    </div>
  )
}
