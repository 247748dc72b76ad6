import type { Page } from '@playwright/test'
import {
  continueStep,
  expect,
  expectStep,
  fillForest,
  fillPools,
  fillSource,
  fillSql,
  LYNC_2010_GC,
  startPlan,
  test,
} from './fixtures'

/**
 * Every answered control of the step's form that the user did not give: a checked radio or
 * checkbox, a chosen option, a number. Values derived from the user's own earlier answers
 * (marked `data-derived`, with a hint saying where from) are confirmed, not pre-selected.
 */
async function preselected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const form = document.querySelector('form.step-form')
    if (!form) return ['no step form']
    const name = (el: Element) => {
      const legend = el.closest('fieldset')?.querySelector('legend')?.textContent?.trim()
      const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim()
      return `${legend ?? ''} / ${label ?? el.id}`
    }
    const out: string[] = []
    for (const el of form.querySelectorAll('input, select')) {
      if (el.closest('[data-derived]')) continue
      const input = el as HTMLInputElement
      if ((input.type === 'radio' || input.type === 'checkbox') && input.checked)
        out.push(`${name(el)} is ticked`)
      else if (el.tagName === 'SELECT' && (el as HTMLSelectElement).value !== '')
        out.push(`${name(el)} is chosen`)
      else if (input.inputMode === 'numeric' && input.value !== '')
        out.push(`${name(el)} holds ${input.value}`)
    }
    return out
  })
}

test('no step of a new plan pre-selects an answer', async ({ page }) => {
  test.setTimeout(120_000)
  const s = LYNC_2010_GC
  await startPlan(page, 'Nothing pre-selected')
  const steps = [
    { title: 'Source deployment', fill: fillSource },
    { title: 'Active Directory', fill: fillForest },
    { title: 'SQL Server instances', fill: fillSql },
    { title: 'Lync Server 2013 and Persistent Chat pools', fill: fillPools },
  ]
  for (const { title, fill } of steps) {
    await expectStep(page, title)
    expect(await preselected(page), title).toEqual([])
    // A list item added by the user starts blank too; then it is removed again.
    const removeButtons = page.getByRole('button', { name: /^Remove / })
    const before = await removeButtons.allTextContents()
    for (const add of await page.getByRole('button', { name: /^Add (another|a) / }).all()) {
      await add.click()
    }
    expect(await preselected(page), `${title}, items added`).toEqual([])
    const added = (await removeButtons.allTextContents()).filter((t) => !before.includes(t))
    for (const label of added.reverse()) {
      await page.getByRole('button', { name: label, exact: true }).click()
    }
    await fill(page, s)
    await continueStep(page)
  }
  await expectStep(page, 'Group Chat')
  expect(await preselected(page), 'Group Chat').toEqual([])
})
