import type { Locator } from '@playwright/test'
import {
  answerUntil,
  continueStep,
  expect,
  expectStep,
  group,
  LYNC_2010_GC,
  startPlan,
  test,
} from './fixtures'

/** Clicks a control and returns where it was before and after the page answered. */
async function clickStill(control: Locator, appears: Locator) {
  // Where the control is on the page (not in the viewport, which scrolling moves).
  const where = () =>
    control.evaluate((el) => {
      const r = el.getBoundingClientRect()
      return { x: r.x + window.scrollX, y: r.y + window.scrollY, w: r.width, h: r.height }
    })
  await control.scrollIntoViewIfNeeded()
  const before = await where()
  await control.check()
  await expect(appears).toBeVisible()
  const after = await where()
  return { before, after }
}

/** The element right after the field's controls, inside the field's group. */
const noteAfter = (field: Locator, id: string) =>
  field.locator('.choices + .field__notes').filter({ hasText: id })

test('a warning shows right after the radio that caused it, at once, and the radio does not move', async ({
  page,
}) => {
  await startPlan(page, 'Warnings in place')
  // Nothing else answered: the warning needs only the answers it is about.
  await group(page, 'Is Group Chat deployed?').getByLabel('Yes').check()
  const question = group(page, 'Are all other components and users already on Lync Server 2013?')
  const { before, after } = await clickStill(
    question.getByLabel('No'),
    noteAfter(question, 'SRC-05'),
  )
  expect(after).toEqual(before)
  await expect(page.getByRole('complementary')).toHaveCount(0)
  // Changing the answer takes it away again.
  await question.getByLabel('Yes').check()
  await expect(question.getByText('SRC-05')).toHaveCount(0)
})

test('PC-06 shows under the pool type of its pool, before the rest of the pool is answered', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await answerUntil(page, LYNC_2010_GC, 'Lync Server 2013 and Persistent Chat pools')
  const pool = group(page, 'Persistent Chat pool 1')
  const type = group(pool, 'Pool type')
  const { before, after } = await clickStill(
    type.getByLabel('Single-server pool'),
    noteAfter(type, 'PC-06'),
  )
  expect(after).toEqual(before)
  // A warning never stops Continue; the empty fields do, each naming its pool.
  await continueStep(page)
  await expect(
    page.getByRole('link', {
      name: /^Persistent Chat pool 1: enter the Persistent Chat pool FQDN/,
    }),
  ).toBeVisible()
  await expectStep(page, 'Lync Server 2013 and Persistent Chat pools')
})
