// Tests parse with a pure XML parser; the app passes the browser's DOMParser.
import { DOMParser } from '@xmldom/xmldom'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { XmlDocumentLike, XmlParse } from '../xml'

/** Strict like a browser: any error (not a warning) stops the parse. */
export const parseXml: XmlParse = (text) =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message)
    },
  }).parseFromString(text, 'application/xml') as unknown as XmlDocumentLike

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(
    readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))),
  )
}
