import { MAX_PLAN_NAME_LENGTH } from '../plan/version'

/** The one check of a plan's name, for starting and for renaming a plan. */
export function validatePlanName(value: string): string | null {
  const name = value.trim()
  if (name === '') return 'Enter a name for the plan, like "Contoso Lync 2010 to 2013"'
  if (name.length > MAX_PLAN_NAME_LENGTH)
    return `The plan name must be ${MAX_PLAN_NAME_LENGTH} characters or fewer (it has ${name.length})`
  return null
}
