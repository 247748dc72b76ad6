import { createFileRoute } from '@tanstack/react-router'
import { PlanLayout } from '../app/plan-layout'

export const Route = createFileRoute('/plan/$planId')({
  component: PlanLayout,
})
