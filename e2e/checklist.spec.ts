import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  completeWizard,
  expect,
  openChecklist,
  LYNC_2010_GC,
  NO_GC,
  OCS_GC,
  test,
} from './fixtures'
import { pdfPages } from './pdf-text'

const HEADINGS = [
  'Prerequisites',
  'Prepare the source data',
  'Export and import',
  'Copy chat room files',
  'Port the Lookup Server URI',
  'Decommission',
]
const PRE = [
  'PRE-01',
  'PRE-02',
  'PRE-03',
  'PRE-04',
  'PRE-05',
  'PRE-06',
  'PRE-07',
  'PRE-08',
  'PRE-09',
]
// Decommission of a plan whose Group Chat moves before its Lync 2010 home pool goes.
const DEC_2010 = [
  'DEC-01',
  'DEC-02',
  'DEC-06',
  'DEC-03',
  'DEC-04',
  'DEC-09',
  'DEC-05',
  'DEC-07',
  'DEC-08',
  'DEC-11',
  'DEC-12',
]

/** The first needle that does not come after the one before it in text, if any. */
function firstOutOfOrder(text: string, needles: readonly string[]): string | undefined {
  let at = -1
  for (const needle of needles) {
    const next = text.indexOf(needle, at + 1)
    if (next <= at) return needle
    at = next
  }
  return undefined
}

async function sections(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const section of await page.locator('section.checklist-section').all()) {
    const heading =
      (await section.locator('h2').textContent())?.replace(/\s*\(\d+ of \d+ done\)$/, '') ?? ''
    out[heading] = (await section.locator('.item__id').allTextContents()).map((t) => t.trim())
  }
  return out
}

test('Lync 2010 with files, legacy clients and a cutoff date: exactly these sections and items', async ({
  page,
}) => {
  await completeWizard(page, LYNC_2010_GC)
  await openChecklist(page)
  expect(await sections(page)).toEqual({
    [HEADINGS[0]!]: PRE,
    [HEADINGS[1]!]: [
      'PREP-01',
      'PREP-11',
      'PREP-02',
      'PREP-04',
      'PREP-06',
      'PREP-12',
      'PREP-08',
      'PREP-09',
    ],
    [HEADINGS[2]!]: [
      'EXP-10',
      'EXP-09',
      'EXP-01',
      'EXP-02',
      'EXP-03',
      'EXP-04',
      'EXP-06',
      'EXP-07',
      'EXP-08',
    ],
    [HEADINGS[3]!]: ['FILE-01', 'FILE-02'],
    [HEADINGS[4]!]: ['URI-01', 'URI-02'],
    [HEADINGS[5]!]: DEC_2010,
  })
  await expect(
    page.getByText(
      "xcopy.exe 'D:\\GroupChat\\Files' '\\\\fs01.contoso.com\\pchatfiles' /E /I /H /K",
    ),
  ).toBeVisible()
  // The cutoff date is on the real export, and on the trial export before the window.
  for (const item of ['EXP-02', 'EXP-09'])
    await expect(
      page.getByLabel(`PowerShell for ${item}`).getByText(/-StartDate '2010-01-01'/),
    ).toBeVisible()
})

test('OCS 2007 R2 with content already in the pool and no legacy clients or files', async ({
  page,
}) => {
  await completeWizard(page, OCS_GC)
  await openChecklist(page)
  expect(await sections(page)).toEqual({
    [HEADINGS[0]!]: PRE,
    [HEADINGS[1]!]: ['PREP-01', 'PREP-11', 'PREP-02', 'PREP-04', 'PREP-08'],
    [HEADINGS[2]!]: [
      'EXP-10',
      'EXP-09',
      'EXP-01',
      'EXP-02',
      'EXP-03',
      'EXP-04',
      'EXP-05',
      'EXP-06',
      'EXP-07',
      'EXP-08',
    ],
    // No files and no Lookup URI port: those sections are absent.
    // No Lookup URI port: the unused ocschat account is retired (DEC-10) before the
    // pool-empty gate (DEC-08); OCS has no Central Management Server move (DEC-11).
    [HEADINGS[5]!]: [
      'DEC-01',
      'DEC-02',
      'DEC-03',
      'DEC-10',
      'DEC-04',
      'DEC-09',
      'DEC-05',
      'DEC-07',
      'DEC-08',
      'DEC-12',
    ],
  })
  await expect(
    page.getByRole('checkbox', {
      name: 'DEC-03 Uninstall Office Communications Server 2007 R2 Group Chat',
    }),
  ).toBeVisible()
  await expect(
    page.getByRole('listitem').filter({
      hasText: /^No chat room files to copy: none were uploaded in chat rooms\.$/,
    }),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: /^Copy chat room files/ })).toHaveCount(0)
})

test('no Group Chat: prerequisites only; one note names the absent sections and says why', async ({
  page,
}) => {
  await completeWizard(page, NO_GC)
  await openChecklist(page)
  expect(await sections(page)).toEqual({ [HEADINGS[0]!]: PRE.slice(0, 5) })
  await expect(
    page.getByText(/Group Chat is not deployed, so there is no Group Chat data to migrate/),
  ).toHaveCount(1)
  await expect(
    page.getByText(
      `${HEADINGS.slice(1).join(', ')}: Group Chat is not deployed, so there is no Group Chat data to migrate.`,
    ),
  ).toBeVisible()
})

test('a blocker stands above the checklist, with a link back to its step', async ({ page }) => {
  await completeWizard(
    page,
    { ...OCS_GC, name: 'Blocked', lyncForest: 'fabrikam.com' },
    { expectBlockers: ['FOR-01'] },
  )
  await openChecklist(page)
  const blockers = page.getByRole('region', { name: 'This plan cannot proceed as it stands' })
  await expect(blockers.getByText('FOR-01', { exact: true })).toBeVisible()
  await blockers.getByRole('link', { name: /Change this in Active Directory/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Active Directory' })).toBeVisible()
})

test('ticks survive a reload; the print has every item and no navigation; the script lists the commands in order', async ({
  page,
}) => {
  // The whole wizard, a reload and a PDF: slow on a busy two-core machine.
  test.setTimeout(180_000)
  await completeWizard(page, LYNC_2010_GC)
  await openChecklist(page)
  await page
    .getByRole('checkbox', { name: 'PRE-01 Confirm the source is a supported version' })
    .check()
  await page.getByRole('checkbox', { name: 'EXP-02 Export the Group Chat data' }).check()
  await page.reload()
  await expect(
    page.getByRole('checkbox', { name: 'PRE-01 Confirm the source is a supported version' }),
  ).toBeChecked()
  await expect(
    page.getByRole('checkbox', { name: 'EXP-02 Export the Group Chat data' }),
  ).toBeChecked()
  await expect(page.getByRole('heading', { level: 2, name: /^Prerequisites/ })).toContainText(
    '(1 of 9 done)',
  )

  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = await pdfPages(pdf)
  const text = pages.join('\n')
  const ids = (await page.locator('.item__id').allTextContents()).map((t) => t.trim())
  expect(ids).toHaveLength(41)
  for (const id of ids) expect(text, id).toContain(id)
  for (const heading of HEADINGS) expect(text).toContain(heading)
  for (const chrome of [
    'Skip to main content',
    'Your plans',
    'Steps of this plan',
    'Copy link',
    'Print the checklist',
    'Check your answers',
    'Download script',
  ]) {
    expect(text, chrome).not.toContain(chrome)
  }
  expect(text).toContain('Checklist: Contoso Lync 2010')
  expect(text).toMatch(/Rules version \S+/)
  expect(text).toContain('Owner:')
  // No item split across pages: each item's heading and its last line (Owner) share a page.
  const squash = (t: string) => t.replace(/\s+/g, ' ')
  const headings = (await page.locator('.item__title').allTextContents()).map((t) =>
    squash(t).trim(),
  )
  await test.info().attach('checklist.pdf', { body: pdf, contentType: 'application/pdf' })
  for (const heading of headings) {
    const onPage = pages.map(squash).find((p) => p.includes(heading))
    expect(onPage, `${heading} is on a page`).toBeDefined()
    const after = onPage!.slice(onPage!.indexOf(heading))
    expect(after, `${heading} ends on its own page`).toContain('Owner:')
  }
  expect(pages.length).toBeGreaterThan(1)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download script (.ps1)' }).click()
  const script = await readFile(await (await download).path(), 'utf8')
  // A byte-order mark first, so Windows PowerShell 5.1 reads the script as Unicode.
  expect(script).toMatch(/^\uFEFF# Lync Server 2013 migration plan: Contoso Lync 2010/)
  expect(script).toContain('READ THIS SCRIPT BEFORE YOU RUN ANY OF IT')
  const expected = [
    '# EXP-02: Export the Group Chat data',
    // Long commands are cut between tokens, with the backtick continuation.
    'Export-CsPersistentChatData `\r\n',
    "    -DBInstance 'gcsql.contoso.com\\groupchat' `\r\n",
    '# EXP-04: Stop the Persistent Chat services',
    "Confirm-Step 'EXP-04:",
    '# EXP-06: Dry-run the import with -WhatIf',
    "    -Report 'C:\\GroupChatMigration\\ImportWhatIf.html' `\r\n    -WhatIf\r\n",
    '# EXP-08: Import the data',
    "-Report 'C:\\GroupChatMigration\\Import.html'",
    '# FILE-01',
    'xcopy.exe',
    '# URI-02',
    "New-CsPersistentChatEndpoint `\r\n    -SipAddress 'sip:ocschat@contoso.com' `\r\n    -PersistentChatPoolFqdn 'pchat.contoso.com'\r\n",
    '# DEC-01',
    '# DEC-02',
    '# DEC-04',
    "Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com' -WhatIf",
    "Remove-CsTrustedApplicationPool -Identity 'gcpool.contoso.com'",
    '# DEC-09',
    '# DEC-05',
    'Set-CsPersistentChatPolicy -Identity global -EnablePersistentChat $True',
  ]
  expect(firstOutOfOrder(script, expected)).toBeUndefined()
})
