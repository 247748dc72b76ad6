import { createFileRoute } from '@tanstack/react-router'
import { SharePanel } from '../app/share-panel'
import { ReviewPage } from '../wizard/review-page'

export const Route = createFileRoute('/plan/$planId/review')({
  component: ReviewRoute,
})

// Pages never import each other: the route puts the share panel on the review page.
function ReviewRoute() {
  return <ReviewPage share={(plan) => <SharePanel plan={plan} />} />
}
