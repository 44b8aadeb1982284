import { expect, expectAccessible, municipalityDate, screenshot, settled, signIn, test } from './support'

/**
 * Min side, an assignment from creation to a task's status, the status overview and the indicators, against the
 * running system with the demo data (dev/demo/fjordvik-assignments.json): lars.vik (medarbeider, 2110) is responsible
 * for "Kartlegg behovet for kjernetid ved SFO Fjordvik skole"; per.berg leads Fjordvik skole (2110).
 */
test.describe.configure({ mode: 'serial' })

const LARS_TASK = 'Kartlegg behovet for kjernetid ved SFO Fjordvik skole'

test('Min side: an employee sees their open task and writes a status comment, announced to screen readers', async ({ page }) => {
  await signIn(page, 'lars.vik')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Min side' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Min side' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('heading', { level: 2, name: 'Alt du er ansvarlig for, etter status' })).toBeVisible()
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: LARS_TASK }) })
  await expect(item).toBeVisible()
  await expectAccessible(page, 'Min side')
  await screenshot(page, 'my-page')

  const toggle = item.getByRole('button', { name: `Oppdater status for «${LARS_TASK}»` })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const status = item.getByRole('combobox', { name: 'Ny status' })
  await expect(status).toBeVisible()
  const current = await status.inputValue()
  await item.getByRole('textbox', { name: /Kommentar/ }).fill(`Sjekket status i nettleseren ${new Date().toISOString()}.`)
  await expectAccessible(page, 'Min side with the status form open')
  await item.getByRole('button', { name: 'Lagre status' }).click()
  // The status was left as it was, so this is a comment; the live region tells it.
  await expect(page.getByRole('status').filter({ hasText: `Kommentaren til «${LARS_TASK}» er lagret.` })).toBeVisible()
  expect(['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE']).toContain(current)

  await page.getByRole('link', { name: LARS_TASK }).click()
  await expect(page.getByRole('heading', { level: 1, name: LARS_TASK })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alle endringer, den nyeste først' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'a task')
})

test('Min side fits a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 })
  await signIn(page, 'lars.vik')
  await page.goto('/my')
  await expect(page.getByRole('heading', { level: 1, name: 'Min side' })).toBeVisible()
  await settled(page)
  await page.getByRole('button', { name: `Oppdater status for «${LARS_TASK}»` }).click()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0)
  await expectAccessible(page, 'Min side on a phone')
  await screenshot(page, 'my-page-phone')
})

test('a unit leader creates an assignment, delegates it, splits it into a task and sees the status roll up', async ({ page }) => {
  const title = `Leksehjelp på SFO ${Date.now()}`
  await signIn(page, 'per.berg')
  const menu = page.getByRole('navigation', { name: 'Hovedmeny' })
  await menu.getByRole('link', { name: 'Oppdrag', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Oppdrag for Fjordvik skole' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('link', { name: 'Sak om gratis kjernetid i SFO' })).toBeVisible()
  await expectAccessible(page, 'a unit’s assignments')

  await page.getByRole('link', { name: 'Nytt oppdrag' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt oppdrag for Fjordvik skole' })).toBeVisible()
  await settled(page)
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title)
  await page.getByRole('radio', { name: 'Et tiltak i handlings- og økonomiplanen' }).check()
  await page.getByRole('textbox', { name: 'Tiltak' }).fill('HØP 2027–2030, tiltak 4.2')
  await page.getByRole('textbox', { name: 'Frist' }).fill('30.09.2027')
  // A username the service refuses: its field error (problem details) shows next to the field.
  await page.getByRole('combobox', { name: /Ansvarlig/ }).fill('ikke et brukernavn')
  await page.getByRole('button', { name: 'Opprett' }).click()
  await expect(page.getByRole('combobox', { name: /Ansvarlig/ })).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible(page, 'the new assignment form with a field error')
  await page.getByRole('combobox', { name: /Ansvarlig/ }).fill('')
  await page.getByRole('button', { name: 'Opprett' }).click()

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('HØP 2027–2030, tiltak 4.2')).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'an assignment')

  await page.getByRole('group', { name: 'Til enhetene' }).getByRole('checkbox', { name: 'Fjordvik skole', exact: true }).check()
  await page.getByRole('textbox', { name: 'Frist', exact: true }).fill('31.08.2027')
  await page.getByRole('button', { name: 'Deleger', exact: true }).click()
  await expect(page.getByText('Delegert til Fjordvik skole.')).toBeVisible()
  await page.getByRole('region', { name: 'Delegeringer' }).getByRole('link', { name: 'Fjordvik skole', exact: true }).click()

  await expect(page.getByRole('heading', { level: 1, name: `${title} – Fjordvik skole` })).toBeVisible()
  await settled(page)
  await page.getByRole('textbox', { name: 'Tittel' }).fill('Finn frivillige leksehjelpere')
  await page.locator('#task-responsible').fill('lars.vik')
  await page.locator('#task-deadline').fill('15.08.2027')
  await page.getByRole('button', { name: 'Legg til' }).click()
  await expect(page.getByText('«Finn frivillige leksehjelpere» er lagt til.')).toBeVisible()
  await expectAccessible(page, 'a delegation with a task')

  await page.getByRole('link', { name: 'Finn frivillige leksehjelpere' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Finn frivillige leksehjelpere' })).toBeVisible()
  await settled(page)
  await page.getByRole('combobox', { name: 'Ny status' }).selectOption({ label: 'Pågår' })
  await page.getByRole('textbox', { name: /Kommentar/ }).fill('Har spurt FAU.')
  await page.getByRole('button', { name: 'Lagre status' }).click()
  await expect(page.getByText('Status for «Finn frivillige leksehjelpere» er nå Pågår.')).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alle endringer, den nyeste først' }).getByText('Har spurt FAU.')).toBeVisible()
  await expectAccessible(page, 'a task after a status change')

  // The assignment follows its parts: in progress now, and it takes only a comment.
  await page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.locator('.details').getByText('Pågår')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Skriv en statuskommentar' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Alle endringer, den nyeste først' })).toBeVisible()
})

test('a unit leader reads the status overview as a chart and a table, and drills down', async ({ page }) => {
  await signIn(page, 'per.berg')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Statusoversikt' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Statusoversikt for Fjordvik skole' })).toBeVisible()
  await settled(page)
  await page.getByRole('button', { name: 'Oppgave', exact: true }).click()
  await expect(page.getByRole('table', { name: /^Tallene: Oppgave i Fjordvik skole med frist i \d{4}, etter status$/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Over fristen' })).toBeVisible()
  await expectAccessible(page, 'the status overview')
  await screenshot(page, 'status-overview')

  await page.getByRole('table', { name: /for hver enhet under Fjordvik skole/ }).getByRole('link', { name: 'SFO Fjordvik skole' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Statusoversikt for SFO Fjordvik skole' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Du er her' }).getByRole('link', { name: 'Fjordvik skole', exact: true })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'the status overview of a unit below')
})

test('the indicators: the list, a chart of values with its table, and the CSV upload page', async ({ page }) => {
  await signIn(page, 'ingrid.fjeld')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nøkkeltall' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Nøkkeltall' })).toBeVisible()
  await settled(page)
  await expectAccessible(page, 'the indicators')
  await page.getByRole('link', { name: 'Antall hjemmebesøk' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Antall hjemmebesøk' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('figure')).toBeVisible()
  await expectAccessible(page, 'an indicator’s values')
  await screenshot(page, 'indicator')

  await page.goto('/indicators/upload')
  await expect(page.getByRole('heading', { level: 1, name: 'Last opp tall' })).toBeVisible()
  await expectAccessible(page, 'the CSV upload')
})

test('a unit leader enters an indicator value by hand and uploads a CSV file with a refused row', async ({ page }) => {
  const today = municipalityDate()
  const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1))
  const period = `${lastMonth.getUTCFullYear()}-${String(lastMonth.getUTCMonth() + 1).padStart(2, '0')}`
  await signIn(page, 'per.berg')
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Nøkkeltall' }).click()
  await page.getByRole('link', { name: 'Saker om skolemiljø (§ 9 A)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Saker om skolemiljø (§ 9 A)' })).toBeVisible()
  await settled(page)
  await expect(page.getByRole('combobox', { name: 'Vis tallene for' })).toHaveValue(/.+/)
  const form = page.getByRole('region', { name: 'Registrer et tall' })
  await form.getByRole('textbox', { name: 'Periode' }).fill(period)
  await form.getByRole('textbox', { name: 'Verdi (antall)' }).fill('3')
  await form.getByRole('button', { name: 'Lagre tallet' }).click()
  await expect(form.getByRole('status')).toContainText('3 er lagret for Fjordvik skole')
  await expectAccessible(page, 'an indicator after manual entry')

  await page.getByRole('link', { name: 'Last opp tall fra en CSV-fil' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Last opp tall' })).toBeVisible()
  await page.getByLabel('CSV-fil').setInputFiles({
    name: 'skolemiljo.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`indicatorKey;unitCode;period;value\nmobbesaker-antall;2110;${period};4\nmobbesaker-antall;9999;${period};1\n`),
  })
  await page.getByRole('button', { name: 'Last opp' }).click()
  await expect(page.getByRole('progressbar', { name: '2 av 2 rader lest' })).toBeVisible()
  const refused = page.getByRole('table', { name: 'Avviste rader (1)' })
  await expect(refused).toBeVisible()
  await expect(refused.getByRole('row').nth(1)).toContainText('3')
  await expectAccessible(page, 'a finished upload with a refused row')
  await screenshot(page, 'indicator-upload')
})
