import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { describe, expect, it } from 'vitest'
import { makeReferencePlan } from '../plan/test-plans'
import { evaluate } from '../rules/evaluate'
import { LazyMigrationDiagram } from './lazy-diagram'

async function settled(element: ReturnType<typeof createElement>): Promise<string> {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}

describe('LazyMigrationDiagram', () => {
  it('holds the space quietly while the picture loads', () => {
    const html = renderToStaticMarkup(
      createElement(LazyMigrationDiagram, {
        answers: makeReferencePlan().answers,
        findings: [],
        size: 'small',
      }),
    )
    expect(html).toBe(
      '<div class="migration-diagram-placeholder" aria-hidden="true" style="min-height:12rem"></div>',
    )
  })

  it('draws the picture once loaded, its plan named', async () => {
    const { answers } = makeReferencePlan()
    const html = await settled(
      createElement(LazyMigrationDiagram, {
        answers,
        findings: evaluate(answers),
        size: 'full',
        planName: 'Contoso',
      }),
    )
    expect(html).toContain('role="img" aria-label="Picture of the migration"')
    expect(html).toContain('<figcaption>Picture of the migration “Contoso”')
    expect(html).toContain('>pool13.contoso.com</text>')
  }, 20_000)
})
