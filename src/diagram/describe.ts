import type { DiagramEdge, DiagramModel, DiagramNode, Zone } from './model'
import { zoneOf } from './model'
import { markPhrases } from './node-lines'

const SIDE_WORDS: Record<DiagramNode['side'], string> = {
  legacy: 'Legacy side',
  lync2013: 'Lync Server 2013 side',
  shared: 'Shared by both sides',
}
const ZONE_WORDS: Record<Zone, string> = {
  legacy: 'the legacy deployment',
  lync2013: 'the Lync Server 2013 pools',
  pchat: 'the Persistent Chat pool',
}

const marksText = (marks: DiagramNode['marks']) =>
  markPhrases(marks)
    .map((p) => ` ${p.text}.`)
    .join('')

const named = (n: DiagramNode) => `${n.title} ${n.name}`

function edgeSentence(e: DiagramEdge, a: DiagramNode, b: DiagramNode): string {
  switch (e.kind) {
    case 'back-end':
      return `${named(a)} has its back-end database on ${b.name}.`
    case 'store':
      return `${named(a)} keeps its Persistent Chat store on ${b.name}.`
    case 'compliance':
      return `${named(a)} keeps its compliance store on ${b.name}.`
    case 'chat-database':
      return `${named(a)} keeps its chat database on ${b.name}.`
    case 'file-store':
      return `${named(a)} keeps files uploaded in rooms in ${b.name}.`
    case 'lookup':
      return `${named(a)} is reached through the Lookup Server URI ${b.name}.`
    case 'endpoint':
      return `${named(a)} gets a Persistent Chat endpoint with the SIP URI ${b.name}.`
    case 'home-pool':
      return `${named(a)} is homed on ${b.name}.`
    case 'export-import':
      return `Export and import: the Group Chat data in ${b.kind === 'sql-instance' ? `${a.name} goes to the Persistent Chat store on ${b.name}` : `${a.name} goes to ${named(b)}`}.`
    case 'file-copy':
      return `Copy the files: the uploaded files in ${a.name} are copied to ${b.name}.`
    case 'port-uri':
      return `Port the URI: the Lookup Server URI ${a.name} becomes a Persistent Chat endpoint, so legacy clients keep working.`
  }
}

/** The picture's text alternative: the same facts, as plain sentences in reading order. */
export function describeDiagram(model: DiagramModel): string[] {
  const byId = new Map(model.nodes.map((n) => [n.id, n]))
  const out: string[] = []
  const forestOf = (n: DiagramNode) => {
    const zone = zoneOf(n)
    return model.forests.find((f) => zone && f.zones.includes(zone))?.forest ?? ''
  }
  for (const f of model.forests) {
    const what = f.zones.map((z) => ZONE_WORDS[z])
    const list =
      what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1) ?? ''}` : what[0]
    out.push(`Forest ${f.forest} holds ${list}.${marksText(f.marks)}`)
  }
  for (const n of model.nodes) {
    const details = n.details.length ? ` (${n.details.join('; ')})` : ''
    out.push(`${SIDE_WORDS[n.side]}: ${named(n)}${details}.${marksText(n.marks)}`)
  }
  for (const e of model.edges) {
    const a = byId.get(e.from)
    const b = byId.get(e.to)
    if (!a || !b) continue
    const crossing = e.crossesForest
      ? ` This crosses from forest ${forestOf(a)} to forest ${forestOf(b)}.`
      : ''
    out.push(`${edgeSentence(e, a, b)}${crossing}${marksText(e.marks)}`)
  }
  if (model.notDrawn.length > 0) {
    out.push(`Not drawn, because they host only other databases: ${model.notDrawn.join(', ')}.`)
  }
  const plan = marksText(model.planMarks).trim()
  if (plan) out.push(`For the plan as a whole: ${plan}`)
  return out
}
