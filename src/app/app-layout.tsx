import { Link, Outlet, useRouterState } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { useDocumentTitle } from '../ui/document-title'
import { UpdatePrompt } from './update-prompt'

/** Moves focus to the new page's heading after navigation, as a full page load would. */
function useFocusOnNavigate() {
  const pathname = useRouterState({ select: (s) => s.location.pathname })
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const timer = setTimeout(() => {
      if (document.activeElement?.closest('[role="alert"]')) return
      document.querySelector<HTMLElement>('main h1')?.focus()
    }, 0)
    return () => clearTimeout(timer)
  }, [pathname])
}

export function AppLayout() {
  useFocusOnNavigate()
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
