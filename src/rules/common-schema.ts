import { z } from 'zod'
import {
  formatCount,
  INSTANCE_PATTERN,
  isFqdn,
  MAX_FQDN_LENGTH,
  MAX_SQL_INSTANCE_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  parseSqlInstanceRef,
} from './common'

// The zod building blocks of the answer schemas. Apart from common.ts, so the
// checks (and every page that only reads a plan) load no zod.

export const fqdn = (label: string) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(MAX_FQDN_LENGTH, { error: `The ${label} must be ${MAX_FQDN_LENGTH} characters or fewer` })
    .refine(isFqdn, {
      error: `Enter the ${label} as a fully qualified domain name, like pool01.contoso.com`,
    })

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
      .max(max, { error: `The ${label} must be ${formatCount(max)} or fewer` }),
  )

export const text = (label: string, max = MAX_TEXT_LENGTH) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, { error: `Enter the ${label}` })
    .max(max, { error: `The ${label} must be ${max} characters or fewer` })
