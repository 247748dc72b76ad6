import { MAX_DISCOVERY_BYTES } from '../../discovery/bytes'
import type { DiscoveryFile } from '../../discovery/discovery-file'
import { readDiscoveryFile } from '../../discovery/discovery-file'
import type { XmlParse } from '../../discovery/xml'

// DOMParser exists only on the main thread (not in workers), so the read is
// bounded before it parses: the size is checked before a byte is read, and a
// document type declaration (entity expansion) is refused before any parser
// sees the text (docs/decisions/0019).
const browserParse: XmlParse = (text) => new DOMParser().parseFromString(text, 'application/xml')

/** Reads a chosen or dropped file; every failure is a typed problem, never a throw. */
export async function readDiscovery(file: File): Promise<DiscoveryFile> {
  if (file.size > MAX_DISCOVERY_BYTES) {
    return {
      ok: false,
      problem: {
        kind: 'too-large',
        message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the planner reads files of up to ${MAX_DISCOVERY_BYTES / 1024 / 1024} MB. Check that it is the right file.`,
      },
    }
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    return readDiscoveryFile(bytes, browserParse)
  } catch (error) {
    return {
      ok: false,
      problem: {
        kind: 'not-xml',
        message: `The file could not be read (${error instanceof Error ? error.name : 'unknown error'}). Choose the file the export or the script wrote.`,
      },
    }
  }
}
