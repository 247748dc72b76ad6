import { createFileRoute } from '@tanstack/react-router'
import { loadStep } from '../wizard/step-modules'
import { StepRoutePage } from '../wizard/step-route-page'

export const Route = createFileRoute('/plan/$planId/step/$stepId')({
  // Hand-written rather than zod, so zod stays out of the start page's bundle.
  validateSearch: (search: Record<string, unknown>): { return?: 'review' } =>
    search.return === 'review' ? { return: 'review' } : {},
  // The step's form is fetched with the page's own code, and the page is drawn once it
  // is here (an address that names no step loads nothing).
  loader: ({ params }) => loadStep(params.stepId),
  component: StepRoutePage,
})
