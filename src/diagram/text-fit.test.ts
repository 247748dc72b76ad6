import { describe, expect, it } from 'vitest'
import { truncate, WORD_BREAKS, wrap, wrapName } from './text-fit'

describe('text fitting', () => {
  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('pool.contoso.com', 20)).toBe('pool.contoso.com')
    expect(truncate('pool.contoso.com', 8)).toBe('pool.co…')
  })

  it('wraps a name at its backslash before its dots', () => {
    expect(wrapName('pcsql.contoso.com\\PCHAT', 20, 3)).toEqual({
      lines: ['pcsql.contoso.com\\', 'PCHAT'],
      truncated: false,
    })
    expect(wrapName('sip:ocschat@contoso.com', 20, 3).lines).toEqual([
      'sip:ocschat@',
      'contoso.com',
    ])
    expect(wrapName('lyncpool-emea-01.corp.contoso.com', 20, 3).lines).toEqual([
      'lyncpool-emea-01.',
      'corp.contoso.com',
    ])
  })

  it('cuts the last allowed line with an ellipsis', () => {
    const r = wrapName('a.b.c.d.e.f.g.h.i.j.k.l.m.n', 4, 2)
    expect(r.truncated).toBe(true)
    expect(r.lines).toHaveLength(2)
    expect(r.lines.every((l) => [...l].length <= 4)).toBe(true)
    expect(r.lines[1]?.endsWith('…')).toBe(true)
  })

  it('wraps prose at spaces and breaks a long name inside it like a name', () => {
    expect(wrap('Home pool lync13pool-emea-03.corp.contoso.com', 20, 3, WORD_BREAKS).lines).toEqual(
      ['Home pool', 'lync13pool-emea-03.', 'corp.contoso.com'],
    )
  })
})
