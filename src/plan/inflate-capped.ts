import { Inflate } from 'fflate'

/** Compressed bytes handed to the inflater at a time. DEFLATE expands at most ~1,032:1. */
const SLICE_BYTES = 1024

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'too-large' | 'truncated' | 'corrupt'; produced: number }

/**
 * Inflates raw DEFLATE with a hard cap on the output, checked while inflating:
 * the input goes in slices, so at most about one MB is produced past the cap
 * before the work stops (one push of the whole input would inflate all of it first).
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): InflateResult {
  const chunks: Uint8Array[] = []
  let total = 0
  let ended = false
  let over = false
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length
    if (total > maxBytes) {
      over = true
      return
    }
    chunks.push(chunk)
    if (final) ended = true
  })
  try {
    for (let at = 0; at < data.length && !over; at += SLICE_BYTES) {
      const end = Math.min(at + SLICE_BYTES, data.length)
      inflater.push(data.subarray(at, end), end === data.length)
    }
    if (data.length === 0) inflater.push(data, true)
  } catch (error) {
    // fflate's code 0 is "unexpected EOF": the stream stopped early.
    const code = (error as { code?: number }).code
    return { ok: false, reason: code === 0 ? 'truncated' : 'corrupt', produced: total }
  }
  if (over) return { ok: false, reason: 'too-large', produced: total }
  if (!ended) return { ok: false, reason: 'truncated', produced: total }
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.length
  }
  return { ok: true, bytes: out }
}
