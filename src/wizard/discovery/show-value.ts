import { POOL_TYPE_LABELS } from '../../rules/pools'
import { EDITION_LABELS, PRODUCT_LABELS } from '../../rules/source'
import { SQL_ROLE_LABELS } from '../../rules/sql'

const byLeaf: Record<string, Record<string, string>> = {
  products: PRODUCT_LABELS,
  product: PRODUCT_LABELS,
  edition: EDITION_LABELS,
  roles: SQL_ROLE_LABELS,
  poolType: POOL_TYPE_LABELS,
  compliance: { yes: 'On', no: 'Off' },
  rootManagers: { yes: 'Yes', no: 'No' },
  filesUsed: { yes: 'Yes', no: 'No' },
}

/** An answer as the administrator reads it: labels, not codes; "(none)" for nothing. */
export function showValue(path: string, value: unknown): string {
  if (value === undefined || value === null) return '(none)'
  const leaf = path.split('.').pop() ?? ''
  const labels = byLeaf[leaf]
  const one = (v: unknown) => {
    const text = String(v)
    return labels?.[text] ?? text
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(one).join('; ')
  if (typeof value === 'string') {
    if (value.trim() === '') return leaf === 'instance' ? '(default instance)' : '(none)'
    return one(value)
  }
  return one(value)
}
