import { createFileRoute } from '@tanstack/react-router'
import { StartImportPage } from '../wizard/discovery/start-import-page'

export const Route = createFileRoute('/import')({
  component: StartImportPage,
})
