import type { DiscoveryResult } from './problems'
import { refuse } from './problems'

/** Largest discovery file read: a published topology of a large deployment is a few MB. */
export const MAX_DISCOVERY_BYTES = 16 * 1024 * 1024

export type TextEncodingName = 'utf-8' | 'utf-16le'

/**
 * Decodes a file's bytes by their byte-order mark ([D9][D10]): FF FE is
 * UTF-16LE (what Windows PowerShell's Out-File writes), EF BB BF or no mark is
 * UTF-8. UTF-16BE and UTF-32 are refused with a message that says how to write
 * the file again. Any `encoding="…"` in an XML declaration is ignored: it
 * describes bytes that are already decoded.
 */
export function decodeDiscoveryBytes(
  bytes: Uint8Array,
): DiscoveryResult<{ text: string; encoding: TextEncodingName }> {
  if (bytes.length === 0)
    return refuse('empty', 'The file is empty: choose the file the export or the script wrote.')
  if (bytes.length > MAX_DISCOVERY_BYTES) {
    return refuse(
      'too-large',
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the planner reads files of up to ${MAX_DISCOVERY_BYTES / 1024 / 1024} MB. Check that it is the right file.`,
    )
  }
  const rewrite =
    'Write the file again as UTF-8 (Out-File -Encoding UTF8) or with Windows PowerShell’s default Out-File encoding, then import it.'
  const [b0, b1, b2, b3] = bytes
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    return refuse(
      'unsupported-encoding',
      `The file is in UTF-32, which the planner does not read. ${rewrite}`,
    )
  }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) {
    return refuse(
      'unsupported-encoding',
      `The file is in UTF-32, which the planner does not read. ${rewrite}`,
    )
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return refuse(
      'unsupported-encoding',
      `The file is in UTF-16 big-endian, which the planner does not read. ${rewrite}`,
    )
  }
  const encoding: TextEncodingName = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : 'utf-8'
  if (encoding === 'utf-16le' && bytes.length % 2 !== 0) {
    return refuse(
      'unsupported-encoding',
      `The file starts like UTF-16 but is cut short. ${rewrite}`,
    )
  }
  try {
    // fatal: a byte sequence that is not valid in the encoding stops the read.
    // The decoder drops the byte-order mark itself (ignoreBOM is false).
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
    return { ok: true, text, encoding }
  } catch {
    return refuse(
      'unsupported-encoding',
      `The file is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text. ${rewrite}`,
    )
  }
}
