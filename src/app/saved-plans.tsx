import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { validatePlanName } from './plan-name'
import { deletePlan, listPlans, readPlanRaw, savePlanRaw } from '../store/storage'

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

function formatDate(iso: string): string {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? 'unknown' : dateFormat.format(d)
}

export function SavedPlans() {
  const plans = listPlans()
  const [renaming, setRenaming] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<string | null>(null)
  const [draftName, setDraftName] = useState('')
  const [error, setError] = useState<string | null>(null)

  const rename = (id: string) => {
    const problem = validatePlanName(draftName)
    setError(problem)
    if (problem) return
    const raw = readPlanRaw(id)
    if (!raw || typeof raw !== 'object') return
    const result = savePlanRaw({
      ...(raw as Record<string, unknown>),
      id,
      name: draftName.trim(),
      updatedAt: new Date().toISOString(),
    })
    if (!result.ok) {
      setError(result.message)
      return
    }
    setRenaming(null)
    setTimeout(() => document.getElementById(`plan-link-${id}`)?.focus(), 0)
  }

  return (
    <section aria-labelledby="saved-plans-title">
      <h2 id="saved-plans-title" tabIndex={-1}>
        Plans saved in this browser
      </h2>
      {plans.length === 0 ? (
        <p>No plans yet. Plans you start are kept here as you type.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Your saved plans, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Plan</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <td className="table__name">
                  {renaming === p.id ? (
                    <form
                      noValidate
                      onSubmit={(e) => {
                        e.preventDefault()
                        rename(p.id)
                      }}
                    >
                      <label className="field__label" htmlFor={`rename-${p.id}`}>
                        New name for {p.name}
                      </label>
                      {error ? (
                        <p className="field__error" id={`rename-${p.id}-error`} role="alert">
                          <span className="visually-hidden">Error:</span> {error}
                        </p>
                      ) : null}
                      <input
                        id={`rename-${p.id}`}
                        className="input input--medium"
                        value={draftName}
                        aria-invalid={Boolean(error) || undefined}
                        aria-describedby={error ? `rename-${p.id}-error` : undefined}
                        onChange={(e) => setDraftName(e.target.value)}
                      />{' '}
                      <button type="submit" className="button button--small">
                        Save name
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setRenaming(null)
                          setTimeout(() => document.getElementById(`plan-link-${p.id}`)?.focus(), 0)
                        }}
                      >
                        Cancel
                      </button>
                    </form>
                  ) : (
                    <Link id={`plan-link-${p.id}`} to="/plan/$planId" params={{ planId: p.id }}>
                      {p.name}
                    </Link>
                  )}
                </td>
                <td data-label="Last changed">{formatDate(p.updatedAt)}</td>
                <td className="table__actions">
                  {deleting === p.id ? (
                    <span role="group" aria-label={`Delete ${p.name}?`}>
                      <span>Delete for good? </span>
                      <button
                        type="button"
                        className="button button--warning button--small"
                        id={`delete-confirm-${p.id}`}
                        onClick={() => {
                          deletePlan(p.id)
                          setDeleting(null)
                          // The row is gone: focus the list's heading, not <body>.
                          setTimeout(() => document.getElementById('saved-plans-title')?.focus(), 0)
                        }}
                      >
                        Yes, delete <span className="visually-hidden">{p.name}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setDeleting(null)
                          setTimeout(() => document.getElementById(`delete-${p.id}`)?.focus(), 0)
                        }}
                      >
                        Keep it
                      </button>
                    </span>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setRenaming(p.id)
                          setDraftName(p.name)
                          setError(null)
                          setTimeout(() => document.getElementById(`rename-${p.id}`)?.focus(), 0)
                        }}
                      >
                        Rename <span className="visually-hidden">{p.name}</span>
                      </button>{' '}
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        id={`delete-${p.id}`}
                        onClick={() => {
                          setDeleting(p.id)
                          // The button is replaced by the question: its confirm button takes focus.
                          setTimeout(
                            () => document.getElementById(`delete-confirm-${p.id}`)?.focus(),
                            0,
                          )
                        }}
                      >
                        Delete <span className="visually-hidden">{p.name}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
