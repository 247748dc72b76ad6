import { createFileRoute } from '@tanstack/react-router'
import { ImportPage } from '../wizard/discovery/import-page'

export const Route = createFileRoute('/plan/$planId/import')({
  component: ImportPage,
})
