import type { ReactNode } from 'react'
import { createContext, useContext } from 'react'
import type { Finding } from '../rules/finding'
import { splitAssumption } from './assumption'
import { SourceLinks } from './source-links'

const LABEL = { blocker: 'Blocker', warning: 'Warning', info: 'Information' } as const

/**
 * Where the page states the separator assumption once: notes inside it end with this
 * pointer instead of repeating the assumption. Absent, every note says it in full.
 */
export const AssumptionStated = createContext<ReactNode>(null)

/** A catalogue finding, with its rule ID and sources, in its own terms (not as a typing error). */
export function FindingNote({ finding, id }: { finding: Finding; id?: string }) {
  const pointer = useContext(AssumptionStated)
  const split = pointer ? splitAssumption(finding.message) : undefined
  return (
    <div className={`finding finding--${finding.severity}`} id={id}>
      <p className="finding__head">
        <strong className="finding__tag">{LABEL[finding.severity]}</strong>{' '}
        <span className="finding__id">{finding.ruleId}</span>
      </p>
      <p className="finding__message">
        {split?.separator !== undefined ? (
          <>
            {split.text} {pointer}
          </>
        ) : (
          finding.message
        )}
      </p>
      <p className="finding__sources">
        Source: <SourceLinks sources={finding.sources} separator={', '} />
      </p>
    </div>
  )
}
