import { expect, expectAccessible, municipalityDate, screenshot, settled, signIn, test, typed } from './support'

test('the administrator creates a unit under an existing one, renames it and closes it', async ({ page }) => {
  // A name of its own on every run, so the test passes again on the same demo data.
  const stamp = Date.now()
  const name = `Testavdeling ${stamp}`
  const renamed = `Testavdeling ${stamp} (nytt navn)`
  const tomorrow = municipalityDate(1)

  await signIn(page, 'marit.holm')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjonskart' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Organisasjonskartet' })).toBeVisible()
  await settled(page)
  const tree = page.getByRole('list', { name: 'Organisasjonen' })
  await expect(tree.getByRole('button', { name: /^Fjordvik kommune/ })).toBeVisible()
  await expectAccessible(page, 'the org chart')
  await screenshot(page, 'org-admin')

  await tree.getByRole('button', { name: /^Oppvekst og kultur/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Oppvekst og kultur' })).toBeVisible()
  await page.getByRole('button', { name: 'Legg til enhet under' }).click()
  const add = page.getByRole('form', { name: 'Ny enhet under Oppvekst og kultur' })
  await add.getByRole('textbox', { name: 'Navn', exact: true }).fill(name)
  await add.getByRole('textbox', { name: /^Nivå/ }).fill('Avdeling')
  await add.getByRole('button', { name: 'Legg til enheten' }).click()
  await expect(page.getByRole('status').filter({ hasText: `${name} er lagt til under Oppvekst og kultur fra i dag.` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
  await expect(tree.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'true')

  await page.getByRole('button', { name: 'Endre enheten' }).click()
  const edit = page.getByRole('form', { name: `Endre ${name}` })
  await edit.getByRole('textbox', { name: 'Navn', exact: true }).fill(renamed)
  await edit.getByRole('button', { name: 'Lagre endringene' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Endringene av ${renamed} er lagret fra i dag.` })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible()
  await expectAccessible(page, 'a unit just renamed')

  // A unit opened today can close from tomorrow at the earliest.
  await page.getByRole('button', { name: 'Legg ned enheten' }).click()
  const close = page.getByRole('form', { name: `Legg ned ${renamed}` })
  await close.getByRole('textbox', { name: /^Legges ned fra/ }).fill(typed(tomorrow))
  await close.getByRole('button', { name: 'Legg ned enheten' }).click()
  await expect(page.getByRole('status').filter({ hasText: `${renamed} legges ned fra ${typed(tomorrow)}.` })).toBeVisible()
  await expect(page.getByText('Legges ned fra', { exact: true })).toBeVisible()
  await screenshot(page, 'org-admin-closed')
})
