import { expect, expectAccessible, screenshot, settled, signIn, test } from './support'

/**
 * Answering a checklist, against the running system with the demo data (dev/demo/fjordvik-checklists.json): emma.aas
 * (medarbeider, 3110) is named to answer the monthly HMS checklist of Fjordvik sykehjem and has a draft with two answers.
 * She answers the required questions, saves the draft, and submits. The demo is loaded once, so this passes once per load.
 */
test.describe.configure({ mode: 'serial' })

const HMS = /^HMS-sjekkliste for virksomheter/

test('an employee answers a checklist as a draft and submits it', async ({ page }) => {
  await signIn(page, 'emma.aas')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Sjekklister' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mine sjekklister' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'my checklists')
  await page.getByRole('link', { name: HMS }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: HMS })).toBeVisible()
  await settled(page)

  const yes = async (question: string) =>
    page.getByRole('group', { name: question }).getByRole('radio', { name: 'Ja' }).check()
  await yes('Er rømningsveiene frie og merket?')
  await page.getByRole('checkbox', { name: 'Er nødlyset kontrollert denne måneden?' }).check()
  await page.getByRole('textbox', { name: /^Antall brannøvelser denne måneden/ }).fill('1')
  const training = page.getByRole('group', { name: 'Har nyansatte fått brannopplæring?' })
  await training.getByRole('radio', { name: 'Ikke relevant' }).check()
  await training.getByRole('textbox', { name: 'Hvorfor er det ikke relevant?' }).fill('Ingen nyansatte denne måneden.')
  await yes('Er sykefraværet fulgt opp etter rutinen?')
  await page.getByRole('textbox', { name: /^Antall sykmeldte ved utgangen av måneden/ }).fill('2,5')
  await expectAccessible(page, 'a checklist being answered')
  await screenshot(page, 'checklist-answering')

  await page.getByRole('button', { name: 'Lagre utkast' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Utkastet er lagret / })).toBeVisible()

  // One required question is still open: the submit is refused and names it.
  await page.getByRole('button', { name: 'Send inn' }).click()
  const summary = page.locator('.error-summary')
  await expect(summary.getByRole('link', { name: /^Er alle hendelser med vold og trusler meldt\?/ })).toBeVisible()
  await expectAccessible(page, 'a refused submit')

  await yes('Er alle hendelser med vold og trusler meldt?')
  await page.getByRole('button', { name: 'Send inn' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Sjekklisten er sendt inn.' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send inn' })).toHaveCount(0)
  await expectAccessible(page, 'a submitted checklist')
})

test('a checklist can be answered on a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 })
  await signIn(page, 'anne.lie')
  await page.goto('/checklists')
  await expect(page.getByRole('heading', { level: 1, name: 'Mine sjekklister' })).toBeVisible()
  await settled(page)
  await page.getByRole('link', { name: HMS }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: HMS })).toBeVisible()
  await settled(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
  await expectAccessible(page, 'a checklist on a phone')
  await screenshot(page, 'checklist-phone')
})
