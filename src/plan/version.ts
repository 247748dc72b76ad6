// Kept free of zod so light pages (the start page) can use it.
// NOTE: a released plan version is frozen; see ./migrate.ts.
export const PLAN_VERSION = 1
export const MAX_PLAN_NAME_LENGTH = 120
