import { createFileRoute } from '@tanstack/react-router'
import { GroupChatQueriesPage } from '../wizard/discovery/group-chat-queries-page'

export const Route = createFileRoute('/plan/$planId/group-chat-queries')({
  component: GroupChatQueriesPage,
})
