// Why an imported discovery file was not read. Nothing in the plan changes when
// a reader returns one of these.
export type DiscoveryProblemKind =
  | 'empty'
  | 'too-large'
  | 'unsupported-encoding'
  | 'dtd-refused'
  | 'not-xml'
  | 'wrong-root'
  | 'too-many'
  | 'not-json'
  | 'wrong-format'

export interface DiscoveryProblem {
  kind: DiscoveryProblemKind
  /** Plain words for the administrator: what is wrong and what to do. */
  message: string
}

export type DiscoveryResult<T> = ({ ok: true } & T) | { ok: false; problem: DiscoveryProblem }

export function refuse(
  kind: DiscoveryProblemKind,
  message: string,
): { ok: false; problem: DiscoveryProblem } {
  return { ok: false, problem: { kind, message } }
}

/** A short, printable excerpt of something read from a file, for a message. */
export function excerpt(value: string, max = 60): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim()
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}
