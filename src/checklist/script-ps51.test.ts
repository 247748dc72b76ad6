// The downloaded .ps1 as Windows PowerShell 5.1 reads it: UTF-8 when the file
// starts with a byte-order mark, the ANSI code page (here 1252, 1250, 1251)
// when it does not. No hostile value may leave its string in what 5.1 runs.
import { describe, expect, it } from 'vitest'
import type { Answers } from '../rules/answers'
import { makeAnswers, makePchatPool } from '../rules/test-factory'
import { buildChecklist } from './build-checklist'
import { psQuote } from './powershell'
import { codeOf, decodeAs, tokenize } from './ps-tokenizer.test-helper'
import { buildScript } from './script'

const REPRODUCER = '\\\\fs01.contoso.com\\pchat\\т; Start-Process calc; #т'
const QUOTES = ["'", '\u2018', '\u2019', '\u201A', '\u201B', '"', '\u201C', '\u201D', '\u201E', '`']
const CORPUS = [
  REPRODUCER,
  'т',
  'ł',
  'Ñ',
  'ő',
  'sip:тест@contoso.com',
  'Pliki głosowe',
  'Ñandú ő ł т',
  ...QUOTES,
  ...QUOTES.map((q) => `x${q}; Start-Process calc; #`),
  ...QUOTES.map((q) => `${q}${q}${q}; Start-Process calc; ${q}`),
  '$(Start-Process calc)',
  'a\r\nStart-Process calc',
  '#> Start-Process calc <#',
]

/** A plan with the value in every place a typed value reaches the script. */
function hostilePlan(value: string): Answers {
  const base = makeAnswers()
  return {
    ...base,
    source: { ...base.source!, legacyPools: [{ ...base.source!.legacyPools[0]!, fqdn: value }] },
    pools: {
      ...base.pools!,
      pchatPools: [makePchatPool({ fqdn: value, storeInstance: value, fileStore: value })],
    },
    groupChat: {
      ...base.groupChat!,
      poolFqdn: value,
      sqlInstance: value,
      database: value,
      lookupUri: value,
      filesUsed: 'yes',
      legacyFileStore: value,
      cutoffDate: value,
    },
  }
}

/** The file as the browser downloads it: the script's text as UTF-8 bytes. */
function download(value: string): Uint8Array {
  const script = buildScript(buildChecklist(hostilePlan(value)), {
    planName: value,
    generated: '2026-12-01',
    rulesVersion: 'x',
  })
  return new TextEncoder().encode(script)
}

/** True when nothing but ASCII code, none of it from a value, is left outside strings and comments. */
function staysInItsStrings(text: string): boolean {
  const code = codeOf(text)
  return !/[^\x20-\x7E\r\n\t]/.test(code) && !code.includes('Start-Process')
}

describe('the tokenizer follows PowerShell quoting', () => {
  it('reads doubled single quotes of every kind as one string, and comments to the line end', () => {
    for (const q of ["'", '\u2018', '\u2019', '\u201A', '\u201B']) {
      expect(tokenize(`a ${q}x${q}${q}y${q} b`).map((t) => t.kind)).toEqual([
        'code',
        'single',
        'code',
      ])
    }
    // Any two single-quote characters in a row are one escaped quote, mixed kinds included.
    expect(tokenize("'a\u2019' b").map((t) => t.kind)).toEqual(['single'])
    expect(tokenize("'a\u2019\u2018' b").map((t) => t.text)).toEqual(["'a\u2019\u2018'", ' b'])
    expect(tokenize('"a`"b" c # d \'e\r\nf').map((t) => t.kind)).toEqual([
      'double',
      'code',
      'comment',
      'code',
    ])
    expect(codeOf(psQuote(REPRODUCER))).toBe("''")
  })

  it('decodes code page 1252 as Windows does: 0x82, 0x91 and 0x92 are quotes', () => {
    expect(decodeAs(new Uint8Array([0x82, 0x91, 0x92]), 'cp1252')).toBe('\u201A\u2018\u2019')
    expect(decodeAs(new TextEncoder().encode('т'), 'cp1252')).toBe('Ñ\u201A')
  })
})

describe('the downloaded .ps1 under Windows PowerShell 5.1', () => {
  it('starts with the UTF-8 byte-order mark', () => {
    expect([...download('x').slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it.each(CORPUS)('with the BOM (read as UTF-8), %j stays inside its strings', (value) => {
    const text = decodeAs(download(value), 'utf-8')
    expect(text.startsWith('#')).toBe(true)
    expect(staysInItsStrings(text)).toBe(true)
  })

  it.each(['cp1252', 'cp1250', 'cp1251'] as const)(
    'without the BOM (read as %s), the reproducer would escape: the BOM is what keeps it in',
    (codePage) => {
      const withoutBom = download(REPRODUCER).slice(3)
      const text = decodeAs(withoutBom, codePage)
      expect(staysInItsStrings(text)).toBe(false)
      expect(codeOf(text)).toContain('Start-Process calc')
    },
  )
})
