import type { DiscoveryResult } from './problems'
import { excerpt, refuse } from './problems'

// The readers take an already-parsed document through these few members, so
// this folder needs no DOM: the browser passes its DOMParser, tests pass a
// pure parser. Both DOM and @xmldom/xmldom documents fit these shapes.
export interface XmlNodeLike {
  readonly nodeType: number
}
export interface XmlElementLike extends XmlNodeLike {
  readonly namespaceURI: string | null
  readonly localName: string | null
  readonly textContent: string | null
  readonly childNodes: ArrayLike<XmlNodeLike>
  getAttribute(name: string): string | null
}
export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null
  getElementsByTagName(qualifiedName: string): ArrayLike<unknown>
}
/**
 * Parses XML text, as `new DOMParser().parseFromString(text, 'application/xml')`
 * does. It may throw, or return a document holding a `parsererror` element.
 */
export type XmlParse = (text: string) => XmlDocumentLike

const ELEMENT_NODE = 1

export function elementChildren(parent: XmlElementLike): XmlElementLike[] {
  const out: XmlElementLike[] = []
  const nodes = parent.childNodes
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]
    if (node && node.nodeType === ELEMENT_NODE) out.push(node as XmlElementLike)
  }
  return out
}

/** Children with this local name in one of these namespaces: never by prefix. */
export function childrenNamed(
  parent: XmlElementLike | undefined,
  localName: string,
  namespaces: readonly string[],
): XmlElementLike[] {
  if (!parent) return []
  return elementChildren(parent).filter(
    (e) => e.localName === localName && namespaces.includes(e.namespaceURI ?? ''),
  )
}

export function childNamed(
  parent: XmlElementLike | undefined,
  localName: string,
  namespaces: readonly string[],
): XmlElementLike | undefined {
  return childrenNamed(parent, localName, namespaces)[0]
}

/** Follows a path of local names, each step in one of the namespaces. */
export function pathNamed(
  parent: XmlElementLike | undefined,
  steps: readonly string[],
  namespaces: readonly string[],
): XmlElementLike[] {
  let level: XmlElementLike[] = parent ? [parent] : []
  for (const step of steps) level = level.flatMap((e) => childrenNamed(e, step, namespaces))
  return level
}

export function attr(element: XmlElementLike | undefined, name: string): string {
  return element?.getAttribute(name)?.trim() ?? ''
}

/**
 * Parses decoded text, refusing what a topology document never holds. A
 * document type declaration is refused before any parser sees it: entities
 * declared there can expand a few kilobytes into gigabytes ("billion laughs")
 * or reach outside the file, and no topology document declares one.
 */
export function parseXmlSafely(
  text: string,
  parse: XmlParse,
): DiscoveryResult<{ root: XmlElementLike }> {
  if (text.trim() === '')
    return refuse('empty', 'The file is empty: choose the file the export or the script wrote.')
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    return refuse(
      'dtd-refused',
      'The file declares a document type (<!DOCTYPE …>). Topology documents never do, and such declarations can make a small file expand without limit, so the planner does not read it. Export the topology again with Get-CsTopology -AsXml.',
    )
  }
  const notXml = (detail: string) =>
    refuse(
      'not-xml',
      `The file is not a well-formed XML document${detail}. Choose the file that Get-CsTopology -AsXml or Topology Builder wrote.`,
    )
  let doc: XmlDocumentLike
  try {
    doc = parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    return notXml(message ? ` (${excerpt(message, 120)})` : '')
  }
  if (doc.getElementsByTagName('parsererror').length > 0) return notXml('')
  const root = doc.documentElement
  if (!root) return notXml('')
  return { ok: true, root }
}
