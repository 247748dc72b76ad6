import { useEffect } from 'react'

export const APP_NAME = 'Lync Server 2013 migration planner'

export function useDocumentTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? 'Error: ' : ''}${title} – ${APP_NAME}`
  }, [title, hasError])
}
