import { createFileRoute } from '@tanstack/react-router'
import { RulesPage } from '../app/rules-page'

export const Route = createFileRoute('/rules')({
  component: RulesPage,
})
