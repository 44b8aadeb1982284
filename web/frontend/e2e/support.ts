import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type APIRequestContext, type Page } from '@playwright/test'
import { today } from '../src/i18n/format'

/**
 * Every test fails on a script error in the app or on anything the Content-Security-Policy blocked: the app must
 * run under the gateway's strict policy as it is.
 */
export const test = base.extend<{ pageProblems: void }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('pageerror', error => problems.push(`script error: ${error.message}`))
      page.on('console', message => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
          problems.push(`blocked: ${message.text()}`)
        }
      })
      await use()
      expect(problems, 'script errors and blocked content').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

export const PASSWORD = process.env.VP_DEMO_PASSWORD ?? 'Demo-2027!'
export const KEYCLOAK = process.env.VP_KEYCLOAK_URL ?? 'http://localhost:8180'
export const SCREENSHOTS = '../target/e2e-screenshots'

/**
 * A date counted from today where the municipality is (Norwegian time, like the browser and the services), not where
 * the tests run: between midnight in Oslo and midnight UTC the two are a day apart. Midnight UTC of that day.
 */
export function municipalityDate(daysFromToday = 0): Date {
  const [year, month, day] = today().split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + daysFromToday))
}

/** dd.mm.yyyy of a {@link municipalityDate}, as a person types a date. */
export function typed(date: Date): string {
  return `${String(date.getUTCDate()).padStart(2, '0')}.${String(date.getUTCMonth() + 1).padStart(2, '0')}.${date.getUTCFullYear()}`
}

/** Signs in through the app's sign-in page and the realm's own login form, as a real person does. */
export async function signIn(page: Page, username: string, municipality = 'Fjordvik kommune') {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Logg inn' })).toBeVisible()
  await page.getByRole('radio', { name: municipality }).check()
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.locator('#username').fill(username)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('#kc-login').click()
  await expect(page.getByRole('heading', { level: 1, name: /^Velkommen, / })).toBeVisible()
}

/** No violation of WCAG 2.0/2.1 A and AA that axe can find on the page as it is now. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  const violations = results.violations.map(v =>
    `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n    ')}`)
  expect(violations, `axe on ${what}`).toEqual([])
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** The main content has loaded: no "Laster …" left. */
export async function settled(page: Page) {
  await expect(page.locator('main .loading')).toHaveCount(0)
}

/** A token for API set-up steps, from the realm's script client (password grant), as the system tests use. */
export async function apiToken(request: APIRequestContext, username: string, realm = 'fjordvik'): Promise<string> {
  const response = await request.post(`${KEYCLOAK}/realms/${realm}/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'virksomhetsplan-cli', username, password: PASSWORD },
  })
  expect(response.ok(), await response.text()).toBe(true)
  return (await response.json()).access_token as string
}

export async function api<T>(request: APIRequestContext, token: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const response = await request.fetch(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    data: body,
  })
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true)
  return (await response.json()) as T
}
