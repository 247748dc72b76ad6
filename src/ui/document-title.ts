import { useEffect } from 'react'

export const APP_NAME = 'Lync Server 2013 migration planner'

// A problem page names itself after its heading, whatever the page around it asked for
// (effects run child first, so the page's own title would otherwise win).
let problemTitle: string | null = null

const format = (title: string, hasError: boolean) =>
  `${hasError ? 'Error: ' : ''}${title} – ${APP_NAME}`

export function useDocumentTitle(title: string, hasError = false): void {
  useEffect(() => {
    if (problemTitle === null) document.title = format(title, hasError)
  }, [title, hasError])
}

/** The title of a page that shows a problem: "Error: " and its heading's words. */
export function useProblemTitle(heading: string, active = true): void {
  useEffect(() => {
    if (!active) return
    problemTitle = heading
    document.title = format(heading, true)
    return () => {
      problemTitle = null
    }
  }, [heading, active])
}
