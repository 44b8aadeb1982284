import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import type { Settings } from '../api/types'
import { expectNoAxeViolations } from '../test/axe'
import { settings } from '../test/fixtures'
import { renderApp, signedIn } from '../test/render'

/** The settings form is long (every concept in three languages); axe and many keystrokes take time on a busy machine. */
const SLOW = 60_000

const admin = () => signedIn(['admin'], '1100', 'Marit Holm')

/** Replaces a field's text in one step (pasting), as typing letter by letter re-renders this long form many times. */
async function fill(user: { clear: (e: Element) => Promise<void>; click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> },
  field: HTMLElement, text: string) {
  await user.clear(field)
  await user.click(field)
  await user.paste(text)
}

describe('settings: assignment types and reminders', () => {
  it('renames and deactivates a type, adds a new one with its code, and changes the reminders', async () => {
    let saved: Settings | undefined
    const { user } = renderApp('/admin/settings', {
      session: admin(),
      responses: {
        'PUT /api/plans/settings': (body: unknown) => {
          saved = body as Settings
          return { ...(body as Settings), version: 4 }
        },
      },
    })
    const types = await screen.findByRole('region', { name: 'Oppdragstyper' })
    const verbal = within(types).getByRole('group', { name: /^Verbalvedtak\s*\(VERBALVEDTAK\)$/ })
    // A saved type's code cannot change: it is not offered as a field.
    expect(within(verbal).queryByRole('textbox', { name: 'Kode' })).not.toBeInTheDocument()
    const english = within(verbal).getByRole('textbox', { name: 'English' })
    await fill(user, english, 'Council decision')
    await user.click(within(verbal).getByRole('checkbox', { name: 'I bruk (kan velges for nye)' }))

    await user.click(within(types).getByRole('button', { name: 'Legg til en type' }))
    const added = within(types).getByRole('group', { name: 'Ny type 2' })
    await fill(user, within(added).getByRole('textbox', { name: 'Kode' }), 'innbyggerforslag')
    await fill(user, within(added).getByRole('textbox', { name: 'Bokmål' }), 'Innbyggerforslag')
    await fill(user, within(added).getByRole('textbox', { name: 'Nynorsk' }), 'Innbyggjarforslag')
    await fill(user, within(added).getByRole('textbox', { name: 'English' }), 'Citizen proposal')

    const reminders = screen.getByRole('region', { name: 'Påminnelser' })
    const short = within(reminders).getByRole('textbox', { name: 'Påminnelse før frister for kortere perioder (dager før)' })
    await fill(user, short, '5')
    await user.click(within(reminders).getByRole('checkbox', { name: 'Send en ukentlig oversikt over åpne saker' }))
    await expectNoAxeViolations('the settings with a new type')
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))

    await waitFor(() => expect(saved).toBeDefined())
    expect(saved!.assignmentTypes).toEqual([
      { code: 'VERBALVEDTAK', labels: { nb: 'Verbalvedtak', nn: 'Verbalvedtak', en: 'Council decision' }, active: false },
      { code: 'INNBYGGERFORSLAG', labels: { nb: 'Innbyggerforslag', nn: 'Innbyggjarforslag', en: 'Citizen proposal' }, active: true },
    ])
    expect(saved!.reminders).toEqual({ daysBeforeLongPeriods: 28, daysBeforeShortPeriods: 5, escalateAfterDaysOverdue: 7, weeklyDigest: false })
    expect(saved!.version).toBe(3)
    expect(await screen.findByText('Innstillingene er lagret.')).toBeInTheDocument()
    // Once saved, the new type's code is fixed as well.
    expect(within(types).getByRole('group', { name: /^Innbyggerforslag\s*\(INNBYGGERFORSLAG\)$/ })).toBeInTheDocument()
    expect(within(types).queryByRole('textbox', { name: 'Kode' })).not.toBeInTheDocument()
  }, SLOW)

  it('points out a bad code, a missing name and a day count out of range at their fields, and sends nothing', async () => {
    const { user, api } = renderApp('/admin/settings', { session: admin() })
    const types = await screen.findByRole('region', { name: 'Oppdragstyper' })
    await user.click(within(types).getByRole('button', { name: 'Legg til en type' }))
    const added = within(types).getByRole('group', { name: 'Ny type 2' })
    await fill(user, within(added).getByRole('textbox', { name: 'Kode' }), 'VERBALVEDTAK')
    await fill(user, within(added).getByRole('textbox', { name: 'Bokmål' }), 'Vedtak')
    const escalate = screen.getByRole('textbox', { name: 'Meld til lederen over når fristen er passert med (dager)' })
    await fill(user, escalate, '120')
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))

    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(within(summary).getByRole('link', { name: 'Koden VERBALVEDTAK er brukt før. Hver type trenger sin egen kode.' }))
      .toHaveAttribute('href', '#type-1-code')
    expect(within(summary).getByRole('link', { name: 'Skriv et navn for Vedtak (Nynorsk).' })).toHaveAttribute('href', '#type-1-nn')
    expect(within(added).getByRole('textbox', { name: 'Nynorsk' })).toHaveAccessibleDescription('Skriv et navn for Vedtak (Nynorsk).')
    expect(escalate).toHaveAccessibleDescription(/Et helt tall fra 1 til 90\..*skriv et helt tall fra 1 til 90\./)
    expect(escalate).toHaveAttribute('aria-invalid', 'true')
    await expectNoAxeViolations('the settings with errors')
    expect(api).not.toHaveBeenCalledWith('/api/plans/settings', expect.objectContaining({ method: 'PUT' }))

    await user.click(within(added).getByRole('button', { name: 'Ta bort Vedtak' }))
    expect(within(types).queryByRole('group', { name: /Vedtak$/ })).not.toBeInTheDocument()
  }, SLOW)

  it('shows the service’s refusal of a field at that field, and reloads after a conflict', async () => {
    let reads = 0
    let puts = 0
    const { user } = renderApp('/admin/settings', {
      session: admin(),
      responses: {
        'GET /api/plans/settings': () => (++reads === 1 ? settings() : settings({
          version: 5,
          assignmentTypes: [{ code: 'VERBALVEDTAK', labels: { nb: 'Verbalvedtak fra kommunestyret', nn: 'Verbalvedtak', en: 'Verbal decision' }, active: true }],
        })),
        'PUT /api/plans/settings': () => {
          puts += 1
          throw puts === 1
            ? new ApiError(400, { status: 400, errors: [{ field: 'assignmentTypes[0].labels.en', message: 'size must be between 0 and 100' }] })
            : new ApiError(409, { status: 409, detail: 'The settings are at version 5, not 3.' })
        },
      },
    })
    await screen.findByRole('region', { name: 'Oppdragstyper' })
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'assignmentTypes[0].labels.en: size must be between 0 and 100' }))
      .toHaveAttribute('href', '#type-0-en')

    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))
    const conflict = await screen.findByText(/Noen andre har endret innstillingene/)
    await user.click(within(conflict.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Last inn innstillingene på nytt' }))
    const types = await screen.findByRole('region', { name: 'Oppdragstyper' })
    expect(await within(types).findByRole('group', { name: /^Verbalvedtak fra kommunestyret/ })).toBeInTheDocument()
    expect(screen.queryByText(/Noen andre har endret innstillingene/)).not.toBeInTheDocument()
  })
})
