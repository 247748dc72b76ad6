// Named limits, used by both the checks and their messages.
export const MAX_FQDN_LENGTH = 253
export const MAX_SQL_INSTANCE_NAME_LENGTH = 16
export const MAX_TEXT_LENGTH = 400
/** Most legacy, Lync Server 2013 or Persistent Chat pools one plan holds. */
export const MAX_POOLS = 100
/** Most SQL Server instances one plan holds. */
export const MAX_SQL_INSTANCES = 200
/** Most SIP domains one plan holds. */
export const MAX_SIP_DOMAINS = 50

const FQDN_PATTERN =
  /^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i
export const INSTANCE_PATTERN = /^[a-z_][a-z0-9_$#]{0,15}$/i

/**
 * How an FQDN is compared, shown and put into a command: trimmed, lower case,
 * without its one trailing (root) dot. `POOL10.Contoso.com.` -> `pool10.contoso.com`.
 */
export function normalizeFqdn(value: string | undefined): string {
  // Undefined while a step is being typed: not answered yet.
  return (value ?? '').trim().toLowerCase().replace(/\.$/, '')
}

export function sameFqdn(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  return normalizeFqdn(a) === normalizeFqdn(b)
}

export function isFqdn(value: string): boolean {
  return FQDN_PATTERN.test(value.trim())
}

/**
 * A whole number with thousands separators, like 100,000: the same text as
 * toLocaleString('en') for an integer, without starting the ICU formatter (tens of
 * milliseconds on a slow CPU, paid where the schemas are built).
 */
export function formatCount(n: number): string {
  if (!Number.isInteger(n)) return String(n)
  const sign = n < 0 ? '-' : ''
  return sign + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** An array limit's message, so every list says its limit the same way. */
export const tooMany = (max: number, what: string) => ({
  error: `Enter ${formatCount(max)} ${what} or fewer`,
})

const SIP_URI = /^sip:([^@\s;:<>"]+)@([^@\s;:<>"]+)$/i

/** The checked parts of a sip: URI (domain normalised like an FQDN), or why it is not one. */
export function parseSipUri(
  value: string | undefined,
): { ok: true; user: string; domain: string } | { ok: false; reason: string } {
  const trimmed = (value ?? '').trim()
  if (!/^sip:/i.test(trimmed)) {
    return { ok: false, reason: 'it does not start with sip:' }
  }
  const match = SIP_URI.exec(trimmed)
  if (!match || !isFqdn(match[2] ?? '')) {
    return { ok: false, reason: 'it is not of the form sip:user@domain' }
  }
  return { ok: true, user: match[1] ?? '', domain: normalizeFqdn(match[2] ?? '') }
}

/**
 * A SIP URI as commands carry it: `sip:` in lower case, the user part as typed,
 * the domain normalised like an FQDN. `SIP:ocschat@Contoso.com.` -> `sip:ocschat@contoso.com`.
 * A value that is not a sip:user@domain URI comes back trimmed and otherwise unchanged.
 */
export function normalizeSipUri(value: string): string {
  const parsed = parseSipUri(value)
  return parsed.ok ? `sip:${parsed.user}@${parsed.domain}` : value.trim()
}

/**
 * A SQL Server instance as Lync's Topology Builder names it: the server's FQDN,
 * then a backslash and the instance name; the FQDN alone means the default instance.
 */
export function parseSqlInstanceRef(
  value: string | undefined,
): { server: string; instance: string } | null {
  const trimmed = (value ?? '').trim()
  const [server = '', instance = '', ...rest] = trimmed.split('\\')
  if (rest.length > 0 || !isFqdn(server)) return null
  if (trimmed.includes('\\') && !INSTANCE_PATTERN.test(instance)) return null
  return { server: normalizeFqdn(server), instance: instance.toLowerCase() }
}

/** The comparison key of an instance reference; '' when it cannot be parsed. */
export function sqlInstanceKey(value: string | undefined): string {
  if (!value) return ''
  const parsed = parseSqlInstanceRef(value)
  return parsed ? `${parsed.server}\\${parsed.instance || 'mssqlserver'}` : ''
}

/** The server part of an instance key (normalised FQDN). */
export function serverOfKey(key: string): string {
  return key.split('\\')[0] ?? key
}

/**
 * Today's date in the administrator's own time zone, as YYYY-MM-DD.
 * Built from the local calendar fields: toISOString() would give the UTC date.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
