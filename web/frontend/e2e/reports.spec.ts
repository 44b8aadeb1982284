import { expect, expectAccessible, screenshot, settled, signIn, test } from './support'

/**
 * A report's submit, against the running system with the demo data (dev/demo/fjordvik-reports.json): ole.strand leads
 * 3200, whose T1 2027 report is still a draft. He writes the overall text, saves it and submits. tor.haugen's approved
 * sector report is read-only. The demo is loaded once, so the submit passes once per load.
 */
test.describe.configure({ mode: 'serial' })

test('a unit leader writes the report’s overall text, saves it and submits the report', async ({ page }) => {
  await signIn(page, 'ole.strand')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'the reports')
  await page.getByRole('link', { name: /, T1 2027$/ }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: /^Rapport for .*, T1 2027$/ })).toBeVisible()
  await settled(page)

  const overall = page.getByRole('textbox', { name: 'Lederens samlede statustekst' })
  await overall.fill(`Hjemmetjenesten er i rute etter personalmøtet (${new Date().toISOString()}).`)
  await page.getByRole('button', { name: 'Lagre tekstene' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^Tekstene er lagret \(versjon \d+\)\.$/ })).toBeVisible()
  await expectAccessible(page, 'a draft report')
  await screenshot(page, 'report-draft')

  await page.getByRole('button', { name: 'Send inn rapporten' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Rapporten er sendt inn.' })).toBeVisible()
  await expect(page.getByText('Sendt inn', { exact: true }).first()).toBeVisible()
  await expect(overall).toHaveCount(0)
  await expectAccessible(page, 'a submitted report')
})

test('an approved report is read-only, with its PDF', async ({ page }) => {
  await signIn(page, 'tor.haugen')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Rapporter' }).click()
  await settled(page)
  await page.getByRole('link', { name: 'Fjordvik skole, T1 2027' }).click()
  await expect(page.getByText('Rapporten er godkjent og låst. Den kan ikke endres.')).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Last ned rapporten som PDF' }).click()
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
  await expectAccessible(page, 'an approved report')
})
