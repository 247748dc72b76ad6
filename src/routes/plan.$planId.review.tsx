import { createFileRoute } from '@tanstack/react-router'
import { ReviewPage } from '../wizard/review-page'

export const Route = createFileRoute('/plan/$planId/review')({
  component: ReviewPage,
})
