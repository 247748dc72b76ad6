import { createFileRoute } from '@tanstack/react-router'
import { StepRoutePage } from '../wizard/step-route-page'

export const Route = createFileRoute('/plan/$planId/step/$stepId')({
  // Hand-written rather than zod, so zod stays out of the start page's bundle.
  validateSearch: (search: Record<string, unknown>): { return?: 'review' } =>
    search.return === 'review' ? { return: 'review' } : {},
  component: StepRoutePage,
})
