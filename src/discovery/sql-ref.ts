import { isFqdn, normalizeFqdn } from '../rules/common'

/**
 * A back-end reference as the plan writes it: the server FQDN, then a
 * backslash and the instance; the FQDN alone for the default instance ([D7]).
 * Never a trailing backslash.
 */
export function formatInstanceRef(server: string, instance: string): string {
  const s = normalizeFqdn(server)
  const i = instance.trim()
  return i ? `${s}\\${i}` : s
}

export interface LegacyBackend {
  /** `server\instance`, or the server alone for the default instance. */
  ref: string
  server: string
  instance: string
  /** What was completed or assumed to make the reference, for the label. */
  note?: string
}

/**
 * Reads an OCS 2007 R2 back-end string ([D11]): `(local)\rtc` on Standard
 * Edition (the pool's own server), `computer\instance` or `computer` alone
 * (default instance) on Enterprise Edition, where the computer is an FQDN or
 * a NetBIOS name. A NetBIOS name is completed with the pool's DNS suffix, and
 * the note says so: the administrator confirms it.
 */
export function readLegacyBackend(raw: string, poolFqdn: string): LegacyBackend | undefined {
  const value = raw.trim()
  if (!value) return undefined
  const parts = value.split('\\')
  if (parts.length > 2) return undefined
  const [computer = '', instance = ''] = parts.map((p) => p.trim())
  const pool = normalizeFqdn(poolFqdn)
  let server: string
  let note: string | undefined
  if (computer.toLowerCase() === '(local)' || computer === '.') {
    server = pool
    note = `“${excerptRef(value)}” means the pool’s own server`
  } else if (isFqdn(computer) && computer.includes('.')) {
    server = normalizeFqdn(computer)
  } else if (/^[a-z0-9][a-z0-9-]{0,14}$/i.test(computer)) {
    const suffix = pool.includes('.') ? pool.slice(pool.indexOf('.') + 1) : ''
    if (!suffix) return undefined
    server = `${computer.toLowerCase()}.${suffix}`
    note = `the NetBIOS name ${computer} was completed with the pool’s DNS suffix ${suffix}`
  } else {
    return undefined
  }
  const ref = formatInstanceRef(server, instance)
  return note ? { ref, server, instance, note } : { ref, server, instance }
}

function excerptRef(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value
}
