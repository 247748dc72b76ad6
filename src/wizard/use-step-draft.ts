import { useEffect, useRef, useState } from 'react'
import { useRouter } from '@tanstack/react-router'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { saveDraft } from '../store/drafts'

const AUTOSAVE_DELAY_MS = 250

/**
 * Keeps what is typed into a step as a draft: a quarter-second after the last
 * key, and at once when the page is hidden, reloaded, closed or left (before the
 * next page renders), so no character is lost. `discard` drops what is pending (after a save).
 */
export function useStepDraft<I extends FieldValues, O>(
  form: UseFormReturn<I, unknown, O>,
  planId: string,
  stepId: string,
): { problem: string | null; discard: () => void } {
  const [problem, setProblem] = useState<string | null>(null)
  const pending = useRef<{ values: unknown } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const router = useRouter()

  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current)
      const p = pending.current
      if (!p) return
      pending.current = null
      const result = saveDraft(planId, stepId, p.values)
      setProblem(result.ok ? null : result.message)
    }
    // A change event: remember the values, write them soon (typing stays cheap).
    const subscription = form.watch((values) => {
      pending.current = { values }
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS)
    })
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', onHide)
    // A link to another page of the plan: write before that page renders and reads the
    // drafts (this step's clean-up below runs only after the next page has rendered).
    const stopNavigating = router.subscribe('onBeforeNavigate', flush)
    return () => {
      stopNavigating()
      subscription.unsubscribe()
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', onHide)
      // Leaving the step (a link, Back, the step list): keep what was typed.
      flush()
    }
  }, [form, planId, stepId, router])

  return {
    problem,
    discard: () => {
      clearTimeout(timer.current)
      pending.current = null
    },
  }
}
