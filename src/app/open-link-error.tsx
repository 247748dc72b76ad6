import { useDocumentTitle } from '../ui/document-title'
import { ProblemView } from '../ui/problem-view'

/** What /open shows if anything on it fails: a problem page, never a blank or a crash. */
export function OpenLinkError({ error }: { error: unknown }) {
  useDocumentTitle('This link cannot be opened', true)
  return (
    <ProblemView
      problem={{
        kind: 'corrupt',
        message: `This link could not be opened (${error instanceof Error ? error.name : 'unknown error'}). Ask for the link again, or for the plan file.`,
      }}
    />
  )
}
