import { createRootRoute } from '@tanstack/react-router'
import { AppLayout, NotFoundPage } from '../app/app-layout'

export const Route = createRootRoute({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
})
