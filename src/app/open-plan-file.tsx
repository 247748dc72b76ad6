import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import type { Plan } from '../plan/plan'
import type { PlanProblem } from '../plan/problems'
import { ConflictPrompt } from './conflict-prompt'
import type { Conflict } from '../store/import-plan'
import { conflictFor, importPlan } from '../store/import-plan'
import { ProblemView } from '../ui/problem-view'
import { useFileDrop } from '../ui/use-file-drop'
import { readPlan } from './read-plan'

type Pending = { plan: Plan; conflict: Extract<Conflict, { kind: 'same-id' | 'editing-other' }> }

/** Opens a .plan.json file, chosen or dropped. The parser loads only when a file arrives. */
export function OpenPlanFile() {
  const navigate = useNavigate()
  const [problem, setProblem] = useState<PlanProblem | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)

  const finish = (plan: Plan, mode: 'replace' | 'keep-both') => {
    const { result, plan: saved } = importPlan(plan, mode)
    if (!result.ok) {
      setProblem({ kind: 'not-saved', message: result.message })
      return
    }
    void navigate({ to: '/plan/$planId/review', params: { planId: saved.id } })
  }

  const open = async (file: File | undefined) => {
    setProblem(null)
    setPending(null)
    if (!file) return
    // Every failure, from the size to the last check, is a message here, never an unhandled error.
    try {
      // Loaded with the first file, so the start page carries no parser.
      const { MAX_PLAN_FILE_BYTES } = await import('../plan/plan-file')
      if (file.size > MAX_PLAN_FILE_BYTES) {
        setProblem({
          kind: 'too-large',
          message: `This file is ${(file.size / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB, larger than any plan the planner makes (${MAX_PLAN_FILE_BYTES / 1_000_000} MB). Choose the .plan.json file the planner downloaded.`,
        })
        return
      }
      const result = await readPlan({ kind: 'file', text: await file.text() })
      if (!result.ok) {
        setProblem(result.problem)
        return
      }
      const conflict = conflictFor(result.plan)
      if (conflict.kind === 'same-id') setPending({ plan: result.plan, conflict })
      else finish(result.plan, 'keep-both')
    } catch (error) {
      setProblem({
        kind: 'corrupt',
        message: `This file could not be read (${error instanceof Error ? error.name : 'unknown error'}). Choose the .plan.json file the planner downloaded.`,
      })
    }
  }

  // Dropping a file is a shortcut for the mouse; the file input is the way for everyone.
  const { zoneRef, dragging, onInputChange } = useFileDrop((file) => void open(file))

  return (
    <section aria-labelledby="open-file-title">
      <h2 id="open-file-title">Open a plan file</h2>
      <div ref={zoneRef} className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
        <label className="field__label" htmlFor="plan-file">
          Choose a .plan.json file, or drop it here
        </label>
        <input
          id="plan-file"
          className="file-input"
          type="file"
          accept=".json,application/json"
          onChange={onInputChange}
        />
      </div>
      {problem ? <ProblemView problem={problem} headingLevel={2} /> : null}
      {pending ? (
        <ConflictPrompt
          incoming={pending.plan}
          conflict={pending.conflict}
          onChoose={(choice) => {
            setPending(null)
            if (choice !== 'cancel') finish(pending.plan, choice)
          }}
        />
      ) : null}
    </section>
  )
}
