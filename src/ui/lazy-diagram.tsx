import { lazy, Suspense } from 'react'
import type { Answers } from '../rules/answers'
import type { Finding } from '../rules/finding'

export interface LazyMigrationDiagramProps {
  answers: Answers
  /** The plan's findings, as evaluate(answers) returns them (the picture runs no rule). */
  findings: readonly Finding[]
  /** `full` on the review page and the printout, `small` beside a step. */
  size: 'full' | 'small'
  planName?: string
}

// The picture, its model and its layout are a chunk of their own, fetched only
// by a page that shows it: the start page does not grow by a byte.
const MigrationDiagram = lazy(() =>
  import('./migration-diagram').then((m) => ({ default: m.MigrationDiagram })),
)

/** Space held while the chunk loads, so the page below does not jump; no spinner, no text. */
const RESERVED_HEIGHT = { full: '24rem', small: '12rem' } as const

/** The room the picture takes, before it is drawn. */
export function DiagramPlaceholder({ size }: { size: LazyMigrationDiagramProps['size'] }) {
  return (
    <div
      className="migration-diagram-placeholder"
      aria-hidden="true"
      style={{ minHeight: RESERVED_HEIGHT[size] }}
    />
  )
}

export function LazyMigrationDiagram(props: LazyMigrationDiagramProps) {
  return (
    <Suspense fallback={<DiagramPlaceholder size={props.size} />}>
      <MigrationDiagram {...props} />
    </Suspense>
  )
}
