import type { z } from 'zod'

export type ProblemKind =
  | 'empty'
  /** A plan file with nothing in it (a link with nothing in it is 'empty'). */
  | 'empty-file'
  | 'corrupt'
  | 'truncated'
  | 'newer-version'
  | 'too-large'
  | 'invalid-plan'
  /** Read fine, but this browser would not store it (full, or storage turned off). */
  | 'not-saved'

export interface PlanProblem {
  kind: ProblemKind
  /** Plain words for the person who opened the link or file. */
  message: string
  /** For invalid plans: where each error is, and what it is. */
  errors?: { path: string; message: string }[]
}

export const PROBLEM_TITLES: Record<ProblemKind, string> = {
  empty: 'There is no plan in this link',
  'empty-file': 'This file is empty',
  corrupt: 'This plan is damaged',
  truncated: 'This link is incomplete',
  'newer-version': 'This plan was made by a newer version of the planner',
  'too-large': 'This plan is too large to open',
  'invalid-plan': 'This plan has answers the planner cannot read',
  'not-saved': 'This plan could not be saved in this browser',
}

export function problem(
  kind: ProblemKind,
  message: string,
  errors?: PlanProblem['errors'],
): PlanProblem {
  return errors ? { kind, message, errors } : { kind, message }
}

export function issuesToErrors(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: issue.path.map(String).join('.') || '(the whole plan)',
    message: issue.message,
  }))
}
