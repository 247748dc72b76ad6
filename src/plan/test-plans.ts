import { makeAnswers } from '../rules/test-factory'
import type { Plan } from './plan'

/** A fixed, typical plan: the reference for link length and golden links. */
export function makeReferencePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    version: 1,
    id: 'p-0001',
    name: 'Contoso: Lync 2010 to Lync 2013',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T17:30:00.000Z',
    answers: makeAnswers(),
    done: ['PRE-01', 'PRE-02'],
    ...overrides,
  }
}
