import { describe, expect, it } from 'vitest'
import {
  formatCount,
  localToday,
  normalizeFqdn,
  normalizeSipUri,
  parseSipUri,
  sameFqdn,
} from './common'

describe('normalizeFqdn', () => {
  it('trims, lower-cases and drops one trailing dot', () => {
    expect(normalizeFqdn('  POOL10.Contoso.com. ')).toBe('pool10.contoso.com')
    expect(normalizeFqdn('pool10.contoso.com')).toBe('pool10.contoso.com')
  })
  it('drops only one dot, so a doubled dot stays visible as the typing error it is', () => {
    expect(normalizeFqdn('pool10.contoso.com..')).toBe('pool10.contoso.com.')
  })
  it('compares FQDNs through it', () => {
    expect(sameFqdn('PChat.Contoso.com.', 'pchat.contoso.com')).toBe(true)
    expect(sameFqdn('pchat.contoso.com', 'oldpchat.contoso.com')).toBe(false)
  })
})

describe('normalizeSipUri', () => {
  it('lower-cases the scheme and domain, drops the trailing dot, keeps the user part', () => {
    expect(normalizeSipUri(' SIP:OcsChat@Contoso.com. ')).toBe('sip:OcsChat@contoso.com')
  })
  it('returns a value that is not a SIP URI trimmed, for its rule to report', () => {
    expect(normalizeSipUri(' ocschat@contoso.com ')).toBe('ocschat@contoso.com')
  })
  it('parses the domain normalised', () => {
    expect(parseSipUri('sip:ocschat@CONTOSO.com.')).toEqual({
      ok: true,
      user: 'ocschat',
      domain: 'contoso.com',
    })
  })
})

describe('localToday', () => {
  it('reads the calendar fields, never the UTC date', () => {
    // 07:00 on 15 March in Sydney: the UTC date is still 14 March.
    const sydneyMorning = {
      getFullYear: () => 2026,
      getMonth: () => 2,
      getDate: () => 15,
      toISOString: () => '2026-03-14T20:00:00.000Z',
    } as Date
    expect(localToday(sydneyMorning)).toBe('2026-03-15')
  })
  it('reads the local calendar, late in the evening as early in the morning', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
    expect(localToday(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01')
  })
})

describe('formatCount', () => {
  it("writes whole numbers as toLocaleString('en') does, without the ICU formatter", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 200_000, 1_000_000, 123_456_789, -4500]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en'))
    }
  })
  it('leaves a number that is not whole as plain digits', () => {
    expect(formatCount(1.5)).toBe('1.5')
  })
})

describe('the schemas stay apart from the checks', () => {
  it('no module of the checks imports zod or a schema as a value: a page that only reads loads none', () => {
    const modules = import.meta.glob(
      ['./*.ts', '!./*-schema.ts', '!./*.test.ts', '!./*.test-*.ts'],
      {
        query: '?raw',
        import: 'default',
        eager: true,
      },
    )
    expect(Object.keys(modules).length).toBeGreaterThan(10)
    for (const [name, text] of Object.entries(modules)) {
      expect(String(text), name).not.toMatch(/^import \{[^}]*\} from '(zod|\.\/[a-z-]+-schema)'/m)
    }
  })
})
