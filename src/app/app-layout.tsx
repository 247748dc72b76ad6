import { Link, Outlet, useRouterState } from '@tanstack/react-router'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useDocumentTitle } from '../ui/document-title'
import { UpdatePrompt } from './update-prompt'

/** How long a new page may take to draw its heading (a lazy chunk, a plan from IndexedDB). */
const FOCUS_WAIT_MS = 5000

/** A heading or field named by the address's #, when it names one (never a share link's plan). */
function hashTarget(hash: string): HTMLElement | null {
  if (!/^[A-Za-z][\w-]*$/.test(hash)) return null
  const el = document.getElementById(hash) ?? document.getElementById(`${hash}-group`)
  if (!el) return null
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.form) {
    // A radio group: land on the chosen answer, as Tab would.
    const checked = el.form.querySelector<HTMLInputElement>(
      `input[type="radio"][name="${CSS.escape(el.name)}"]:checked`,
    )
    return checked ?? el
  }
  return el.matches('input, select, textarea, button, [tabindex]')
    ? el
    : (el.querySelector<HTMLElement>('input, select, textarea, button') ?? el)
}

/**
 * Once a new page has rendered, moves focus to the field named after # (a Change link)
 * or to its heading, as a full page load would. Waits for the heading to exist and
 * follows it when it is replaced (a loading heading, then the page's), so focus never
 * falls to <body>; leaves alone focus a page took on purpose (an alert).
 */
function focusWhenDrawn(hash: string): () => void {
  const started = performance.now()
  let focused: HTMLElement | null = null
  let frame = 0
  const look = () => {
    const active = document.activeElement
    if (active?.closest('[role="alert"]')) return
    const lost = !active || active === document.body || !active.isConnected
    if (focused === null || (lost && !focused.isConnected)) {
      const target = hashTarget(hash) ?? document.querySelector<HTMLElement>('main h1')
      if (target) {
        target.focus()
        if (target.matches('input, select, textarea')) target.scrollIntoView({ block: 'center' })
        focused = target
      }
    }
    if (performance.now() - started < FOCUS_WAIT_MS) frame = requestAnimationFrame(look)
  }
  frame = requestAnimationFrame(look)
  return () => cancelAnimationFrame(frame)
}

function useFocusOnNavigate() {
  // The address once the new page is loaded (its code too): not while it is pending.
  const resolved = useRouterState({
    select: (s) =>
      s.status === 'idle' && s.resolvedLocation
        ? `${s.resolvedLocation.pathname}#${s.resolvedLocation.hash}`
        : undefined,
  })
  const last = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (resolved === undefined || resolved === last.current) return
    const first = last.current === undefined
    last.current = resolved
    // The first page of a visit: the browser has put focus where it belongs.
    if (first) return
    return focusWhenDrawn(resolved.slice(resolved.indexOf('#') + 1))
  }, [resolved])
}

/**
 * In-page links ('#main', '#section-…', an error's field). The page has a <base> (the
 * mount path, docs/decisions/0018), against which a bare '#x' would point at the app's
 * root and leave the page: move to the target on this page instead. Set up in the
 * commit (a layout effect): the first render is a transition, whose effects come later.
 */
function useInPageLinks() {
  useLayoutEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null
      const id = link?.getAttribute('href')?.slice(1)
      const target = id ? document.getElementById(decodeURIComponent(id)) : null
      if (!target) return
      event.preventDefault()
      if (!target.matches('a[href], button, input, select, textarea, [tabindex]'))
        target.setAttribute('tabindex', '-1')
      target.scrollIntoView({ block: 'start' })
      target.focus({ preventScroll: true })
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
}

export function AppLayout() {
  useFocusOnNavigate()
  useInPageLinks()
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="header no-print">
        <div className="container header__inner">
          <Link to="/" className="header__name">
            Lync Server 2013 migration planner
          </Link>
          <nav aria-label="Main">
            <ul className="header__nav">
              <li>
                <Link
                  to="/"
                  activeOptions={{ exact: true }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  Your plans
                </Link>
              </li>
              <li>
                <Link to="/rules" activeProps={{ 'aria-current': 'page' }}>
                  Rules
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <UpdatePrompt />
      <main id="main" className="container main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer no-print">
        <div className="container">
          <p>
            Everything you enter stays in this browser. The planner sends nothing anywhere: no
            telemetry, no fonts or scripts from elsewhere.
          </p>
        </div>
      </footer>
    </>
  )
}

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <h1 className="page-title" tabIndex={-1}>
        Page not found
      </h1>
      <p>If you typed the address, check it is correct.</p>
      <p>
        <Link to="/">Go to your plans</Link>
      </p>
    </>
  )
}
