import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { makeReferencePlan } from '../plan/test-plans'
import type { Answers } from '../rules/answers'
import { evaluate } from '../rules/evaluate'
import { withSlice } from '../rules/test-factory'
import { MigrationDiagram } from './migration-diagram'

// The test runs in Node: the component is rendered to static markup and read as text.
const render = (answers: Answers) =>
  renderToStaticMarkup(createElement(MigrationDiagram, { answers, findings: evaluate(answers) }))

const attr = (html: string, tag: string, name: string) =>
  new RegExp(`<${tag}[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1]

describe('MigrationDiagram', () => {
  it('is an image with an accessible name, described by a list of the same facts', () => {
    const html = render(makeReferencePlan().answers)
    expect(attr(html, 'svg', 'role')).toBe('img')
    expect(attr(html, 'svg', 'aria-label')).toBe('Picture of the migration')
    const describedBy = attr(html, 'svg', 'aria-describedby')
    expect(describedBy).toMatch(/^md-/)
    expect(html).toContain(`<ul id="${describedBy}"`)
    expect(html).toContain('<li>Legacy side: Legacy pool pool10.contoso.com')
  })

  it('names every pool FQDN of the reference plan in the picture itself', () => {
    const html = render(makeReferencePlan().answers)
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'))
    for (const fqdn of [
      'pool10.contoso.com',
      'pool13.contoso.com',
      'pchat.contoso.com',
      'gcpool.contoso.com',
    ]) {
      expect(svg).toContain(`>${fqdn}</text>`)
    }
  })

  it('draws the shared instance with a dashed red border and the words Blocker SQL-01', () => {
    const answers = withSlice(
      'pools',
      {
        lyncPools: [
          {
            fqdn: 'pool13.contoso.com',
            edition: 'enterprise',
            sqlInstance: 'sql10.contoso.com\\RTC',
          },
        ],
      },
      makeReferencePlan().answers,
    )
    const html = render(answers)
    expect(html).toMatch(/stroke="#d4351c" stroke-width="3" stroke-dasharray="7 4"/)
    expect(html).toMatch(/>Blocker SQL-01[,<]/)
    expect(html).toContain('<title>SQL Server instance: sql10.contoso.com\\RTC')
  })

  it('scrolls sideways in a focusable region at full size, and shrinks to fit when small', () => {
    const answers = makeReferencePlan().answers
    const full = render(answers)
    expect(full).toMatch(
      /<div role="region" aria-label="Picture of the migration \(scrolls sideways[^"]*" tabindex="0"/,
    )
    expect(full).toContain('min-width:640px')
    const small = renderToStaticMarkup(
      createElement(MigrationDiagram, { answers, findings: evaluate(answers), size: 'small' }),
    )
    expect(small).not.toContain('role="region"')
    expect(small).toContain('min-width:0')
    expect(attr(small, 'svg', 'aria-label')).toBe('Picture of the migration')
  })

  it('asks for nothing from elsewhere and uses no inline style sheet', () => {
    const html = render(makeReferencePlan().answers)
    expect(html).not.toMatch(/<style|https?:|@import|<image|<foreignObject/i)
  })
})
