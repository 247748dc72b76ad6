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

/** The notes right after a group's controls (radios or checkboxes). */
const notesAfter = (field: Locator, id: string) =>
  field.locator('.field__notes').filter({ hasText: id })

test('SQL-05 shows under the databases of its instance, and the checkbox does not move', async ({
  page,
}) => {
  await answerUntil(page, LYNC_2010_GC, 'SQL Server instances')
  const instance = group(page, 'SQL Server instance 1')
  // The rule is about an instance: it needs the server's name first.
  await instance.getByLabel('Server FQDN').fill('sql13.contoso.com')
  const roles = group(instance, 'Databases it hosts or will host')
  await roles.getByLabel('Lync Server 2013 back end').check()
  const { before, after } = await clickStill(
    roles.getByLabel('Persistent Chat store (mgc)'),
    notesAfter(roles, 'SQL-05'),
  )
  expect(after).toEqual(before)
})

test('PC-04 shows under its question in the Persistent Chat pool, and the radio does not move', async ({
  page,
}) => {
  await answerUntil(page, LYNC_2010_GC, 'Lync Server 2013 and Persistent Chat pools')
  const pool = group(page, 'Persistent Chat pool 1')
  // PC-04 is about the pool Group Chat moves into.
  await group(pool, 'Will Group Chat be migrated into this pool?').getByLabel('Yes').check()
  const question = group(pool, 'Were categories, rooms or add-ins already created in this pool?')
  const { before, after } = await clickStill(
    question.getByLabel('Yes'),
    noteAfter(question, 'PC-04'),
  )
  expect(after).toEqual(before)
})

test('GC-02 and GC-05 show under their questions on the Group Chat step, and the radios do not move', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await answerUntil(page, LYNC_2010_GC, 'Group Chat')
  for (const [question, id] of [
    ['Are there managers on the root category?', 'GC-02'],
    ['Were files uploaded in chat rooms?', 'GC-05'],
  ] as const) {
    const field = group(page, question)
    const { before, after } = await clickStill(field.getByLabel('Yes'), noteAfter(field, id))
    expect(after, `${id}: the radio clicked`).toEqual(before)
  }
})
