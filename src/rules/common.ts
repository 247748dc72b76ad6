import { z } from 'zod'

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
const INSTANCE_PATTERN = /^[a-z_][a-z0-9_$#]{0,15}$/i

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

/** An array limit's message, so every list says its limit the same way. */
export const tooMany = (max: number, what: string) => ({
  error: `Enter ${max.toLocaleString('en')} ${what} or fewer`,
})

export const fqdn = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(MAX_FQDN_LENGTH, { error: `The ${label} must be ${MAX_FQDN_LENGTH} characters or fewer` })
    .refine(isFqdn, {
      error: `Enter the ${label} as a fully qualified domain name, like pool01.contoso.com`,
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

export const sqlInstanceRef = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .refine((v) => parseSqlInstanceRef(v) !== null, {
      error: `Enter the ${label} as server FQDN and instance name, like sql01.contoso.com\\RTC (or the FQDN alone for the default instance)`,
    })

export const instanceName = z
  .string()
  .trim()
  .refine((v) => v === '' || INSTANCE_PATTERN.test(v), {
    error: `Enter an instance name of up to ${MAX_SQL_INSTANCE_NAME_LENGTH} letters, digits or underscores that starts with a letter, or leave it empty for the default instance`,
  })

export const yesNo = (question: string) =>
  z.enum(['yes', 'no'], { error: `Select yes if ${question}` })

export const choice = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Select ${what}` })

/** A whole number typed into a text box: blank is "not answered". */
export const count = (label: string, min = 0, max = 1_000_000) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v.trim())) : v),
    z
      .number({ error: `Enter the ${label} as a whole number` })
      .int({ error: `Enter the ${label} as a whole number` })
      .min(min, { error: `The ${label} must be ${min} or more` })
      .max(max, { error: `The ${label} must be ${max.toLocaleString('en')} or fewer` }),
  )

export const text = (label: string, max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(max, { error: `The ${label} must be ${max} characters or fewer` })

/**
 * Today's date in the administrator's own time zone, as YYYY-MM-DD.
 * Built from the local calendar fields: toISOString() would give the UTC date.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
