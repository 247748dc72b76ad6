import type { Answers, SliceKey } from '../rules/answers'
import { hasGroupChat } from '../rules/has-group-chat'

export interface StepMeta {
  id: string
  /** The part of the answers the step writes. */
  slice: SliceKey
  title: string
  /** Why the step is skipped, or undefined when it applies. */
  skipReason?: (answers: Answers) => string | undefined
  /**
   * What must be answered (and saved) before anyone can tell whether the step applies,
   * or undefined once that answer is known: the step then "Cannot start yet".
   */
  waitsFor?: (answers: Answers) => string | undefined
}

/** The wizard's steps, in order. Each step's form lives in src/wizard/steps/. */
export const STEPS = [
  { id: 'source', slice: 'source', title: 'Source deployment' },
  { id: 'active-directory', slice: 'forest', title: 'Active Directory' },
  { id: 'sql', slice: 'sql', title: 'SQL Server instances' },
  { id: 'pools', slice: 'pools', title: 'Lync Server 2013 and Persistent Chat pools' },
  {
    id: 'group-chat',
    slice: 'groupChat',
    title: 'Group Chat',
    skipReason: (answers: Answers) =>
      hasGroupChat(answers)
        ? undefined
        : 'Group Chat is not deployed (Source deployment), so there is nothing to migrate to Persistent Chat.',
    waitsFor: (answers: Answers) =>
      answers.source?.groupChat === undefined
        ? 'Answer "Is Group Chat deployed?" in Source deployment and select Continue first.'
        : undefined,
  },
] as const satisfies readonly StepMeta[]

export type StepId = (typeof STEPS)[number]['id']

export function stepById(id: string): StepMeta | undefined {
  return STEPS.find((s) => s.id === id)
}

/** The step that asks the answer at a finding's path (`sql.instances.0.edition` -> SQL step). */
export function stepOfPath(path: string): StepMeta | undefined {
  const slice = path.split('.')[0]
  return STEPS.find((s) => s.slice === slice)
}

/** A finding's path inside its step's form values. */
export function pathInStep(path: string): string {
  return path.split('.').slice(1).join('.')
}

export function applicableSteps(answers: Answers): StepMeta[] {
  return STEPS.filter((s: StepMeta) => !s.skipReason?.(answers))
}
