import type { Answers } from '../../rules/answers'
import { instanceRef } from '../../rules/sql'
import type { Option } from '../form/field-types'

export const options = <T extends string>(
  values: readonly T[],
  labels: Record<T, string>,
): Option[] => values.map((value) => ({ value, label: labels[value] }))

export const YES_NO: Option[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
]

export const instanceSuggestions = (answers: Answers) => [
  ...new Set([
    ...(answers.sql?.instances.map(instanceRef) ?? []),
    ...(answers.source?.legacyPools.map((p) => p.sqlInstance) ?? []),
  ]),
]

export const lyncPoolSuggestions = (answers: Answers) =>
  answers.pools?.lyncPools.map((p) => p.fqdn) ?? []

export const SQL_REF_HINT =
  'Server FQDN, a backslash and the instance name, like sql01.contoso.com\\RTC; the FQDN alone for the default instance.'
