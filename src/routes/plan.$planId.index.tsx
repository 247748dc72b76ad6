import { createFileRoute } from '@tanstack/react-router'
import { OverviewPage } from '../wizard/overview-page'

export const Route = createFileRoute('/plan/$planId/')({
  component: OverviewPage,
})
