import { api, apiToken, expect, expectAccessible, screenshot, settled, signIn, test } from './support'

interface Unit { id: string; externalCode: string; name: string }
interface Letter { id: string; version: number; latest: { title: string; state: string; sections: unknown; goalIds: string[] } }

test.describe.configure({ mode: 'serial' })

test('signed out: the sign-in page lists the municipalities, and the accessibility statement is public', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Fjordvik kommune' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Nordlia kommune' })).toBeVisible()
  await expectAccessible(page, 'the sign-in page')
  await screenshot(page, 'sign-in')

  await page.getByRole('link', { name: 'Tilgjengelighetserklæring' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeVisible()
  await expectAccessible(page, 'the accessibility statement')

  // A client route loaded directly (bookmark, reload) gets the app from the gateway.
  await page.goto('/org')
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
})

test('the kommunedirektør drills down the org tree to a sector’s plan and its letter, and signs out', async ({ page }) => {
  await signIn(page, 'ingrid.fjeld')
  await settled(page)
  await expect(page.getByText('Fjordvik kommune', { exact: true }).first()).toBeVisible()
  await expectAccessible(page, 'the home page')
  await screenshot(page, 'home')

  const menu = page.getByRole('navigation', { name: 'Hovedmeny' })
  await menu.getByRole('link', { name: 'Organisasjonen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fjordvik kommune' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'the top of the org tree')

  await page.getByRole('link', { name: 'Oppvekst og kultur' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oppvekst og kultur' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  const crumbs = page.getByRole('navigation', { name: 'Du er her' })
  await expect(crumbs.getByRole('link', { name: 'Fjordvik kommune' })).toBeVisible()
  await page.getByRole('link', { name: 'Fjordvik skole' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fjordvik skole' })).toBeVisible()
  await expect(crumbs.getByRole('link', { name: 'Oppvekst og kultur' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'a unit in the org tree')
  await screenshot(page, 'org-unit')

  await crumbs.getByRole('link', { name: 'Oppvekst og kultur' }).click()
  await page.getByRole('link', { name: /^Se virksomhetsplan \d{4}$/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Virksomhetsplan \d{4}$/ })).toBeVisible()
  await page.getByRole('combobox', { name: 'Planår' }).selectOption('2027')
  await page.getByRole('button', { name: 'Vis', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Virksomhetsplan 2027' })).toBeVisible()
  const letter = page.getByRole('article', { name: 'Oppdragsbrev 2027 – Oppvekst og kultur' })
  await expect(letter).toBeVisible()
  await expect(letter.getByText('612 400 000 kr')).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Alle elever opplever et trygt og godt skolemiljø' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Andel elever som trives|Måleindikatorer for «Alle elever/ })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'a sector’s plan')
  await screenshot(page, 'unit-plan')

  await letter.getByRole('link', { name: 'Les hele brevet' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oppdragsbrev 2027 – Oppvekst og kultur' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alle revisjoner av brevet du kan se' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'a letter')

  await menu.getByRole('link', { name: 'Planår' }).click()
  await expect(page.getByRole('table', { name: 'Kommunens planår' })).toBeVisible()
  await expect(page.getByRole('row', { name: /2027 Aktivt/ })).toBeVisible()
  await expectAccessible(page, 'the plan years')

  await page.getByRole('button', { name: 'Logg ut' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
  await page.goto('/org')
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
})

test('an administrator sees the settings with the municipality’s terminology', async ({ page }) => {
  await signIn(page, 'marit.holm')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Enhetens plan' }).getByRole('textbox', { name: 'Bokmål' })).not.toHaveValue('')
  await expect(page.getByRole('button', { name: 'Lagre innstillingene' })).toBeEnabled()
  await expectAccessible(page, 'the settings')
  await screenshot(page, 'settings')
})

test('a unit leader acknowledges a new revision of the letter to their unit, with the keyboard only', async ({ page, request }) => {
  // The kommunalsjef sends a new revision of the letter from Helse og velferd to Hjemmetjenesten.
  const sender = await apiToken(request, 'anne.lie')
  const units = await api<Unit[]>(request, sender, 'GET', '/api/plans/org-units')
  const from = units.find(u => u.externalCode === '3000')!
  const to = units.find(u => u.externalCode === '3200')!
  const [existing] = await api<Letter[]>(request, sender, 'GET', `/api/plans/letters?year=2027&fromUnitId=${from.id}&toUnitId=${to.id}`)
  expect(existing, 'the demo letter from 3000 to 3200').toBeDefined()
  const revised = await api<Letter>(request, sender, 'PUT', `/api/plans/letters/${existing.id}`, {
    version: existing.version,
    title: existing.latest.title,
    sections: existing.latest.sections,
    goalIds: existing.latest.goalIds,
  })
  const sent = await api<Letter>(request, sender, 'POST', `/api/plans/letters/${existing.id}/send`, { version: revised.version })
  expect(sent.latest.state).toBe('SENT')

  await signIn(page, 'ole.strand')
  // Keyboard only, from a fresh load: the skip link comes first and leads to the main content.
  await page.reload()
  await settled(page)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Hopp til hovedinnholdet' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('#main')).toBeFocused()

  await page.getByRole('link', { name: /^Virksomhetsplan 2027 for Hjemmetjenesten$/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Virksomhetsplan 2027' })).toBeVisible()
  const letter = page.getByRole('article', { name: sent.latest.title })
  const acknowledge = letter.getByRole('button', { name: /^Kvitter for revisjon \d+$/ })
  await acknowledge.focus()
  await expect(acknowledge).toBeFocused()
  await settled(page)
  await expectAccessible(page, 'a plan with a letter to acknowledge')
  await page.keyboard.press('Enter')
  await expect(letter.getByText(`Du har kvittert for «${sent.latest.title}».`)).toBeVisible()
  await expect(letter.getByText('Kvittert', { exact: true })).toBeVisible()
  await expectAccessible(page, 'a plan after acknowledging')
})

test('on a phone-sized screen the pages fit the width, in nynorsk too', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await signIn(page, 'per.berg')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Virksomhetsplan' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Virksomhetsplan \d{4}$/ })).toBeVisible()
  await settled(page)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
  await expectAccessible(page, 'a unit plan on a phone')
  await screenshot(page, 'unit-plan-phone')

  await page.getByRole('button', { name: 'Nynorsk' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: /^Verksemdsplan \d{4}$/ })).toBeVisible()
  await expectAccessible(page, 'a unit plan in nynorsk on a phone')
  await page.getByRole('button', { name: 'Bokmål' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
})

test('a person in another municipality signs in to its realm and sees only its organisation', async ({ page }) => {
  await signIn(page, 'kari.li', 'Nordlia kommune')
  await expect(page.getByRole('banner').getByText('Nordlia kommune')).toBeVisible()
  await expect(page.getByText('Nordlia skule', { exact: true }).first()).toBeVisible()
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjonen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nordlia kommune' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Fjordvik skole' })).toHaveCount(0)
})

test('the session renews its access token silently before it expires', async ({ page }) => {
  await page.clock.install()
  await signIn(page, 'per.berg')
  const renewal = page.waitForRequest(request =>
    request.url().endsWith('/protocol/openid-connect/token') && (request.postData() ?? '').includes('grant_type=refresh_token'))
  // Keycloak's access tokens here last 5 minutes; the app renews them 30 s before they run out.
  await page.clock.fastForward('04:40')
  const response = await (await renewal).response()
  expect(response?.status()).toBe(200)
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Organisasjonen' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Fjordvik kommune' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Logg ut' })).toBeVisible()
})
