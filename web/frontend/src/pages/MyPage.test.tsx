import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { myPage, TASK } from '../test/assignmentFixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'

const MY_PAGE = 'GET /api/assignments/my-page?size=200'
const lars = () => signedIn(['medarbeider'], '2110', 'Lars Vik')

describe('Min side', () => {
  it('shows counts by status and the open items, overdue first, with deadlines in Norwegian format', async () => {
    renderApp('/my', { session: lars(), responses: { [MY_PAGE]: myPage } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Min side' })).toBeInTheDocument()
    // The title is set by the heading's effect, which may run just after the heading is in the document.
    await waitFor(() => expect(document.title).toBe('Min side – Virksomhetsplan'))

    const counts = (await screen.findByRole('heading', { level: 2, name: 'Alt du er ansvarlig for, etter status' })).parentElement!
    const terms = within(counts).getAllByRole('term').map(term => term.textContent)
    const values = within(counts).getAllByRole('definition').map(value => value.textContent)
    expect(Object.fromEntries(terms.map((term, i) => [term, values[i]]))).toEqual({
      'Ikke startet': '1', Pågår: '1', Forsinket: '0', Fullført: '2', Avlyst: '0', 'Over fristen': '1',
    })

    const items = screen.getAllByRole('heading', { level: 3 }).map(heading => heading.textContent)
    expect(items).toEqual(['Kartlegg behovet for kjernetid', 'Beregn bemanning og kostnader'])
    const first = screen.getByRole('heading', { level: 3, name: 'Kartlegg behovet for kjernetid' }).closest('li')!
    expect(within(first).getByText('Fristen var 07.11.2026')).toBeInTheDocument()
    // Overdue and the light are words, not colour alone.
    expect(within(first).getByText('Over fristen')).toBeInTheDocument()
    expect(within(first).getByText('Rødt lys')).toBeInTheDocument()
    expect(within(first).getByRole('link', { name: 'Kartlegg behovet for kjernetid' })).toHaveAttribute('href', `/tasks/${TASK}`)
    const second = screen.getByRole('heading', { level: 3, name: 'Beregn bemanning og kostnader' }).closest('li')!
    expect(within(second).getByText('Frist 07.12.2026')).toBeInTheDocument()
    await expectNoAxeViolations('Min side')
  })

  it('offers Min side in the menu to everyone signed in', async () => {
    renderApp('/my', { session: lars(), responses: { [MY_PAGE]: myPage } })
    const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' })
    expect(within(menu).getByRole('link', { name: 'Min side' })).toHaveAttribute('aria-current', 'page')
    expect(within(menu).queryByRole('link', { name: 'Statusoversikt' })).not.toBeInTheDocument()
    expect(within(menu).getByRole('link', { name: 'Nøkkeltall' })).toBeInTheDocument()
  })

  it('updates a status with a comment, sends the version it was based on, and announces the outcome', async () => {
    const bodies: unknown[] = []
    const { user, api } = renderApp('/my', {
      session: lars(),
      responses: {
        [MY_PAGE]: myPage,
        [`POST /api/assignments/tasks/${TASK}/status`]: (body: unknown) => {
          bodies.push(body)
          return {}
        },
      },
    })
    const toggle = await screen.findByRole('button', { name: 'Oppdater status for «Kartlegg behovet for kjernetid»' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expectNoAxeViolations('Min side with a status form open')

    const status = screen.getByRole('combobox', { name: 'Ny status' })
    expect(status).toHaveValue('IN_PROGRESS')
    await user.selectOptions(status, 'Fullført')
    await user.type(screen.getByRole('textbox', { name: /Kommentar/ }), 'Svarene er samlet inn.')
    await user.click(screen.getByRole('button', { name: 'Lagre status' }))

    const live = await screen.findByText('Status for «Kartlegg behovet for kjernetid» er nå Fullført.')
    expect(live.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite')
    expect(bodies).toEqual([{ version: 3, status: 'DONE', comment: 'Svarene er samlet inn.' }])
    // The page is read again, so counts and order follow the change.
    expect(api.mock.calls.filter(([path]) => path === '/api/assignments/my-page?size=200').length).toBeGreaterThan(1)
  })

  it('asks for a new status or a comment before sending anything', async () => {
    const { user, api } = renderApp('/my', { session: lars(), responses: { [MY_PAGE]: myPage } })
    await user.click(await screen.findByRole('button', { name: 'Oppdater status for «Beregn bemanning og kostnader»' }))
    await user.click(screen.getByRole('button', { name: 'Lagre status' }))
    const comment = screen.getByRole('textbox', { name: /Kommentar/ })
    expect(comment).toHaveAttribute('aria-invalid', 'true')
    expect(comment).toHaveAccessibleDescription(/Velg en ny status eller skriv en kommentar\./)
    expect(comment).toHaveFocus()
    expect(api.mock.calls.some(([, options]) => (options as { method?: string } | undefined)?.method === 'POST')).toBe(false)
  })

  it('shows the service’s reason when a change is refused, and a field error next to its field', async () => {
    const { user } = renderApp('/my', {
      session: lars(),
      responses: {
        [MY_PAGE]: myPage,
        [`POST /api/assignments/tasks/${TASK}/status`]: new ApiError(409, { status: 409, detail: 'The task changed since version 3.' }),
        'POST /api/assignments/tasks/t-2/status': new ApiError(400, {
          status: 400, detail: 'The request has invalid fields: comment.', errors: [{ field: 'comment', message: 'size must be between 0 and 2000' }],
        }),
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Oppdater status for «Kartlegg behovet for kjernetid»' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ny status' }), 'Forsinket')
    await user.click(screen.getByRole('button', { name: 'Lagre status' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Noen andre har endret dette i mellomtiden.')
    expect(alert).toHaveTextContent('The task changed since version 3.')

    await user.click(screen.getByRole('button', { name: 'Oppdater status for «Beregn bemanning og kostnader»' }))
    const form = screen.getByRole('button', { name: 'Oppdater status for «Beregn bemanning og kostnader»' }).closest('li')!
    await user.type(within(form).getByRole('textbox', { name: /Kommentar/ }), 'x')
    await user.click(within(form).getByRole('button', { name: 'Lagre status' }))
    const comment = within(form).getByRole('textbox', { name: /Kommentar/ })
    expect(await within(form).findByText('size must be between 0 and 2000')).toBeInTheDocument()
    expect(comment).toHaveAttribute('aria-invalid', 'true')
    expect(comment).toHaveAccessibleDescription(/size must be between 0 and 2000/)
  })

  it('says so when nothing is open, and reads in nynorsk and English', async () => {
    const empty = { ...myPage, byStatus: { ...myPage.byStatus, NOT_STARTED: 0, IN_PROGRESS: 0 }, overdue: 0, open: { items: [], page: 0, size: 200, total: 0 } }
    const { user } = renderApp('/my', { session: lars(), responses: { [MY_PAGE]: empty } })
    expect(await screen.findByText('Du har ingenting åpent å følge opp.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Nynorsk' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Mi side' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('heading', { level: 1, name: 'My page' })).toBeInTheDocument()
    expect(screen.getByText('You have nothing open to follow up.')).toBeInTheDocument()
  })
})
