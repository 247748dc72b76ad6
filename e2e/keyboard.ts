import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'
import { continueTo } from './fixtures'

interface Active {
  tag: string
  type: string
  label: string
  legend: string
  item: string
  checked: boolean
  text: string
}

async function active(page: Page): Promise<Active> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    if (!el) return { tag: '', type: '', label: '', legend: '', item: '', checked: false, text: '' }
    const fieldsets = []
    for (let f = el.closest('fieldset'); f; f = f.parentElement?.closest('fieldset') ?? null)
      fieldsets.push(f)
    const legends = fieldsets.map((f) => f.querySelector('legend')?.textContent?.trim() ?? '')
    const legend = legends[0] ?? ''
    // A list item is the fieldset numbered by its legend, like "SQL Server instance 2".
    const item = legends.find((l) => /\s\d+$/.test(l)) ?? ''
    return {
      tag: el.tagName.toLowerCase(),
      type: el.type ?? '',
      label: el.labels?.[0]?.textContent?.trim() ?? '',
      legend,
      item,
      checked: Boolean(el.checked),
      text: el.textContent?.trim() ?? '',
    }
  })
}

/** Presses Tab until the focused element matches; fails if it never does. */
async function tabTo(page: Page, match: (a: Active) => boolean, what: string) {
  for (let i = 0; i < 120; i++) {
    if (match(await active(page))) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Could not reach ${what} with Tab`)
}

const inItem = (a: Active, item?: string) => item === undefined || a.item === item

export async function kbType(page: Page, label: string, text: string, item?: string) {
  await tabTo(
    page,
    (a) =>
      (a.tag === 'input' || a.tag === 'textarea') && a.label.startsWith(label) && inItem(a, item),
    label,
  )
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type(text)
}

export async function kbSelect(page: Page, label: string, option: string, item?: string) {
  await tabTo(page, (a) => a.tag === 'select' && a.label === label && inItem(a, item), label)
  // Type-ahead on a closed native select picks the option.
  await page.keyboard.type(option)
  const value = await page.evaluate(
    () => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent,
  )
  expect(value).toBe(option)
}

/** Radios: Tab to the group, then arrows to the answer (arrows also select). */
export async function kbRadio(page: Page, question: string, answer: string, item?: string) {
  await tabTo(page, (a) => a.type === 'radio' && a.legend === question && inItem(a, item), question)
  for (let i = 0; i < 8; i++) {
    const a = await active(page)
    if (a.label === answer) {
      if (!a.checked) await page.keyboard.press('Space')
      return
    }
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`No answer ${answer} for ${question}`)
}

export async function kbCheck(page: Page, label: string, item?: string) {
  await tabTo(page, (a) => a.type === 'checkbox' && a.label === label && inItem(a, item), label)
  if (!(await active(page)).checked) await page.keyboard.press('Space')
}

export async function kbButton(page: Page, text: string | RegExp) {
  await tabTo(
    page,
    (a) =>
      (a.tag === 'button' || a.tag === 'a') &&
      (typeof text === 'string' ? a.text === text : text.test(a.text)),
    String(text),
  )
  await page.keyboard.press('Enter')
}

/** Presses Continue and expects the step titled `next`; any blocker fails the test. */
export async function kbContinue(page: Page, next: string) {
  await continueTo(page, next, [], () => kbButton(page, 'Continue'))
}

/** Moves focus back to the top of the page, as a user would after a page change. */
export async function kbTop(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}
