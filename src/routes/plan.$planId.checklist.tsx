import { createFileRoute } from '@tanstack/react-router'
import { ChecklistPage } from '../app/checklist-page'

export const Route = createFileRoute('/plan/$planId/checklist')({
  component: ChecklistPage,
})
