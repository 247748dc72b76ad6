import { createFileRoute } from '@tanstack/react-router'
import { PlanLayout } from '../wizard/plan-layout'

export const Route = createFileRoute('/plan/$planId')({
  component: PlanLayout,
})
