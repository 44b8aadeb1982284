import axe from 'axe-core'
import { expect } from 'vitest'

/**
 * No violation of WCAG 2.0/2.1 A and AA that axe finds in the rendered page. jsdom lays nothing out, so colour
 * contrast is left to the browser tests (e2e/); names, roles, labels, headings, ids and table structure are checked.
 */
export async function expectNoAxeViolations(what: string) {
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  })
  const violations = results.violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`)
  expect(violations, `axe on ${what}`).toEqual([])
}
