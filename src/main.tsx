// zod is told it runs without eval by the first module of each chunk that builds
// schemas (build/zod-jitless.ts), not here: the start page loads no zod.
import { createRouter, RouterProvider } from '@tanstack/react-router'
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { routerBasepath } from './app/app-base'
import { preloadPage } from './ui/route-data'
import { whenSettled } from './ui/when-settled'
import './app/styles.css'
import { routeTree } from './routeTree.gen'

const router = createRouter({
  routeTree,
  basepath: routerBasepath(),
  defaultPreload: 'intent',
  scrollRestoration: true,
})

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router
  }
}

// While a plan page is open, fetch the code of the pages that usually come next (a
// step, the review, the checklist) once the page has settled: never while it is still
// drawing, which a link opened cold would pay for. Fetched, not run: it runs when the
// page is opened, not in the middle of someone's typing.
const NEXT_PAGES = ['plan/$/step/$', 'plan/$/review', 'plan/$/checklist']
let prefetched = false
router.subscribe('onRendered', ({ toLocation }) => {
  if (prefetched || !toLocation.pathname.includes('/plan/')) return
  prefetched = true
  whenSettled(() => NEXT_PAGES.forEach(preloadPage))
})

// The built page's bootstrap adds this module from its head: it may run before the
// body is parsed.
function start() {
  const root = document.getElementById('root')
  if (root) {
    // In a transition React renders the first page in slices of a few milliseconds,
    // yielding between them, not in one long task: the browser stays responsive while a
    // plan page draws, and what the HTML already shows stays until the page is ready.
    const app = createRoot(root)
    const render = () =>
      startTransition(() =>
        app.render(
          <StrictMode>
            <RouterProvider router={router} />
          </StrictMode>,
        ),
      )
    // The page's code (its route chunks, a step's form) is loaded before React draws:
    // the first render is then the whole page, in slices, with nothing left to suspend
    // and no second, blocking render when the route's code arrives.
    router.load().then(render, render)
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
