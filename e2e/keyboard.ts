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
  expect(await chosenOption(page)).toBe(option)
}

const chosenOption = (page: Page) =>
  page.evaluate(
    () => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
  )

/**
 * Tab to a select (in a numbered item when `item` is given), then ArrowDown until the
 * option is chosen: what a user does who reads the options rather than types one.
 */
export async function kbArrowSelect(page: Page, label: string, option: string, item?: string) {
  await tabTo(page, (a) => a.tag === 'select' && a.label === label && inItem(a, item), label)
  for (let i = 0; i < 12; i++) {
    if ((await chosenOption(page)) === option) return
    await page.keyboard.press('ArrowDown')
  }
  throw new Error(`No option ${option} in ${label}`)
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

/**
 * A keyboard that counts every key press, and every value typed into a text box, so a
 * test can say what a plan costs a keyboard user. It moves forward with Tab only (as a
 * user reading down the page), and types nothing that is already there: a value the
 * wizard filled in or derived is confirmed by passing over it.
 */
export class CountingKeyboard {
  presses = 0
  readonly typed: string[] = []
  constructor(private readonly page: Page) {}

  async press(key: string) {
    // A chord (Shift+Tab) is as many key presses as it has keys.
    this.presses += key.split('+').length
    await this.page.keyboard.press(key)
  }

  async type(text: string) {
    this.presses += [...text].length
    this.typed.push(text)
    await this.page.keyboard.type(text)
  }

  private async tabTo(match: (a: Active) => boolean, what: string) {
    for (let i = 0; i < 200; i++) {
      if (match(await active(this.page))) return
      await this.press('Tab')
    }
    throw new Error(`Could not reach ${what} with Tab`)
  }

  /** A text box: types the value unless the box already holds it. */
  async text(label: string, value: string, item?: string) {
    await this.tabTo(
      (a) =>
        (a.tag === 'input' || a.tag === 'textarea') &&
        a.type !== 'radio' &&
        a.type !== 'checkbox' &&
        a.label.startsWith(label) &&
        inItem(a, item),
      `${label} ${item ?? ''}`,
    )
    const current = await this.page.evaluate(
      () => (document.activeElement as HTMLInputElement).value,
    )
    if (current === value) return
    if (current !== '') await this.press('ControlOrMeta+a')
    await this.type(value)
  }

  /** A closed native select: arrow keys to the option (each arrow press selects). */
  async select(label: string, option: string, item?: string) {
    await this.tabTo(
      (a) => a.tag === 'select' && a.label === label && inItem(a, item),
      `${label} ${item ?? ''}`,
    )
    const { from, to } = await this.page.evaluate((wanted) => {
      const el = document.activeElement as HTMLSelectElement
      const options = [...el.options].map((o) => o.textContent?.trim())
      return { from: el.selectedIndex, to: options.indexOf(wanted) }
    }, option)
    expect(to, `option ${option} of ${label}`).toBeGreaterThanOrEqual(0)
    for (let i = from; i < to; i++) await this.press('ArrowDown')
    for (let i = from; i > to; i--) await this.press('ArrowUp')
    const value = await this.page.evaluate(
      () => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.textContent,
    )
    expect(value).toBe(option)
  }

  /** Radios: Tab to the group, then arrows to the answer (arrows also select). */
  async radio(question: string, answer: string, item?: string) {
    await this.tabTo(
      (a) => a.type === 'radio' && a.legend === question && inItem(a, item),
      `${question} ${item ?? ''}`,
    )
    for (let i = 0; i < 8; i++) {
      const a = await active(this.page)
      if (a.label === answer) {
        if (!a.checked) await this.press('Space')
        return
      }
      await this.press('ArrowDown')
    }
    throw new Error(`No answer ${answer} for ${question}`)
  }

  async check(label: string, item?: string) {
    await this.tabTo(
      (a) => a.type === 'checkbox' && a.label === label && inItem(a, item),
      `${label} ${item ?? ''}`,
    )
    if (!(await active(this.page)).checked) await this.press('Space')
  }

  async button(text: string | RegExp) {
    await this.tabTo(
      (a) =>
        (a.tag === 'button' || a.tag === 'a') &&
        (typeof text === 'string' ? a.text === text : text.test(a.text)),
      String(text),
    )
    await this.press('Enter')
  }

  /** Continue, and expect the step titled `next`; any blocker fails the test. */
  async continueTo(next: string) {
    await continueTo(this.page, next, [], () => this.button('Continue'))
    // Let the new page place focus (its heading) before counting Tabs from there.
    await this.page.waitForTimeout(500)
  }

  /** The legends of the list items of a list whose first text box holds `value`, if any. */
  async itemHolding(label: string, value: string): Promise<string | undefined> {
    return this.page.evaluate(
      ({ label, value }) => {
        for (const input of document.querySelectorAll('input')) {
          if (!input.labels?.[0]?.textContent?.trim().startsWith(label)) continue
          if (input.value !== value) continue
          return input.closest('fieldset.list__item')?.querySelector('legend')?.textContent?.trim()
        }
        return undefined
      },
      { label, value },
    )
  }
}
