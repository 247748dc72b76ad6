import { createFileRoute } from '@tanstack/react-router'
import { OpenLinkError } from '../app/open-link-error'
import { OpenLinkPage } from '../app/open-link-page'

// The plan travels after the #, which the router leaves alone: it never reaches a server.
export const Route = createFileRoute('/open')({
  component: OpenLinkPage,
  errorComponent: OpenLinkError,
})
