import { ProblemView } from '../ui/problem-view'

/** What /open shows if anything on it fails: a problem page, never a blank or a crash. */
export function OpenLinkError({ error }: { error: unknown }) {
  // The problem page names the page after its own heading.
  return (
    <ProblemView
      problem={{
        kind: 'corrupt',
        message: `This link could not be opened (${error instanceof Error ? error.name : 'unknown error'}). Ask for the link again, or for the plan file.`,
      }}
    />
  )
}
