import type { Finding } from '../rules/finding'
import { SourceLinks } from './source-links'

const LABEL = { blocker: 'Blocker', warning: 'Warning', info: 'Information' } as const

/** A catalogue finding, with its rule ID and sources, in its own terms (not as a typing error). */
export function FindingNote({ finding, id }: { finding: Finding; id?: string }) {
  return (
    <div className={`finding finding--${finding.severity}`} id={id}>
      <p className="finding__head">
        <strong className="finding__tag">{LABEL[finding.severity]}</strong>{' '}
        <span className="finding__id">{finding.ruleId}</span>
      </p>
      <p className="finding__message">{finding.message}</p>
      <p className="finding__sources">
        Source: <SourceLinks sources={finding.sources} separator={', '} />
      </p>
    </div>
  )
}
