// First: zod must know it runs without eval before any schema module loads.
import './store/zod-config'
import { createRouter, RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { routerBasepath } from './app/app-base'
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

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
}
