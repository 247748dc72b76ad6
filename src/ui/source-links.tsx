import type { SourceId } from '../rules/sources'
import { SOURCES } from '../rules/sources'

/** The sources of a rule or a checklist item, each a link that opens in a new tab. */
export function SourceLinks({
  sources,
  separator,
}: {
  sources: readonly SourceId[]
  separator: string
}) {
  return sources.map((s, i) => (
    <span key={s}>
      {i > 0 ? separator : ''}
      <a href={SOURCES[s].url} rel="noreferrer noopener" target="_blank">
        [{s}] {SOURCES[s].title}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </span>
  ))
}
