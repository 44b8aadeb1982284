import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import {
  assignment, ASSIGNMENT, DELEGATION_SCHOOL, DELEGATION_SECTOR, history, schoolDelegation, sectorDelegation, task, TASK,
} from '../test/assignmentFixtures'
import { schoolGoals, SCHOOL, SECTOR, SFO, TOP } from '../test/fixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'

const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')
const ingrid = () => signedIn(['kommunedirektor'], '1000', 'Ingrid Fjeld')
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

describe('a unit’s assignments', () => {
  it('lists what the unit owns or was delegated, with status in words, and links to create one and to the units below', async () => {
    renderApp('/assignments', {
      session: per(),
      responses: {
        [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200`]: { items: [assignment()], page: 0, size: 200, total: 1 },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Oppdrag for Fjordvik skole' })).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Oppdrag som Fjordvik skole eier eller har fått delegert (1)' })
    const row = within(table).getByRole('row', { name: /Sak om gratis kjernetid i SFO/ })
    expect(within(row).getByRole('link', { name: 'Sak om gratis kjernetid i SFO' })).toHaveAttribute('href', `/assignments/${ASSIGNMENT}`)
    expect(row).toHaveTextContent('Verbalvedtak')
    expect(row).toHaveTextContent('01.06.2027')
    expect(row).toHaveTextContent('Forsinket')
    expect(row).toHaveTextContent('Rødt lys')
    expect(screen.getByRole('link', { name: 'Nytt oppdrag' })).toHaveAttribute('href', `/units/${SCHOOL}/assignments/new`)
    expect(screen.getByRole('link', { name: 'SFO Fjordvik skole' })).toHaveAttribute('href', `/units/${SFO}/assignments`)
    // Per leads 2110: the crumbs start at his own unit, not at the units above it.
    expect(screen.queryByRole('navigation', { name: 'Du er her' })).not.toBeInTheDocument()
    await expectNoAxeViolations('a unit’s assignments')
  })

  it('filters by the year of the deadline', async () => {
    const { user } = renderApp(`/units/${SCHOOL}/assignments`, {
      session: per(),
      responses: {
        [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200`]: { items: [assignment()], page: 0, size: 200, total: 1 },
        [`GET /api/assignments/assignments?unitId=${SCHOOL}&year=2028&size=200`]: { items: [], page: 0, size: 200, total: 0 },
      },
    })
    await screen.findByRole('table')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Frist i år' }), '2028')
    expect(await screen.findByText('Fjordvik skole har ingen oppdrag.')).toBeInTheDocument()
  })

  it('shows the menu items for assignments and the overview to leaders only', async () => {
    renderApp('/assignments', {
      session: per(),
      responses: { [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200`]: { items: [], page: 0, size: 200, total: 0 } },
    })
    const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' })
    expect(await within(menu).findByRole('link', { name: 'Oppdrag' })).toHaveAttribute('aria-current', 'page')
    expect(within(menu).getByRole('link', { name: 'Statusoversikt' })).toHaveAttribute('href', '/overview')
  })
})

describe('creating an assignment', () => {
  const responses = {
    [`GET /api/assignments/people?unitId=${SCHOOL}`]: [
      { username: 'lars.vik', name: 'Lars Vik', email: null, unitId: SCHOOL, leftOn: null },
    ],
    [`GET /api/plans/org-units/${SCHOOL}/goals?year=2027`]: schoolGoals,
  }

  it('sends a council decision as the source, with Norwegian dates as ISO days, and opens the new assignment', async () => {
    const bodies: unknown[] = []
    const { user, router } = renderApp(`/units/${SCHOOL}/assignments/new`, {
      session: per(),
      responses: {
        ...responses,
        'POST /api/assignments/assignments': (body: unknown) => {
          bodies.push(body)
          return assignment({ id: 'a-new', unitId: SCHOOL, unitName: 'Fjordvik skole', delegations: [] })
        },
        'GET /api/assignments/assignments/a-new': assignment({ id: 'a-new', unitId: SCHOOL, unitName: 'Fjordvik skole', delegations: [] }),
        'GET /api/assignments/assignments/a-new/history': history,
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Nytt oppdrag for Fjordvik skole' })).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Tittel' }), 'Leksefri skole')
    expect(screen.getByRole('radio', { name: 'Et politisk vedtak' })).toBeChecked()
    await user.type(screen.getByRole('textbox', { name: 'Organ' }), 'Kommunestyret')
    await user.type(screen.getByRole('textbox', { name: 'Saksnummer' }), 'PS 7/27')
    await user.type(screen.getByRole('textbox', { name: 'Vedtaksdato' }), '2.2.2027')
    await user.type(screen.getByRole('textbox', { name: 'Vedtakstekst' }), 'Skolen prøver ut leksefrihet.')
    await user.type(screen.getByRole('combobox', { name: /Ansvarlig/ }), 'lars.vik')
    await user.type(screen.getByRole('textbox', { name: 'Frist' }), '30.06.2027')
    await user.click(screen.getByRole('checkbox', { name: 'Ta med i månedsrapporten' }))
    await user.click(screen.getByRole('button', { name: 'Opprett' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/assignments/a-new'))
    expect(bodies).toEqual([{
      unitId: SCHOOL, type: 'VERBALVEDTAK', title: 'Leksefri skole', description: undefined,
      source: { kind: 'COUNCIL_DECISION', body: 'Kommunestyret', caseNumber: 'PS 7/27', decisionDate: '2027-02-02',
        decisionText: 'Skolen prøver ut leksefrihet.' },
      includeInMonthlyReport: true, responsible: 'lars.vik', deadline: '2027-06-30',
    }])
  })

  it('offers the unit’s goals as the source, and names no other source fields', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/units/${SCHOOL}/assignments/new`, {
      session: per(),
      responses: {
        ...responses,
        'POST /api/assignments/assignments': (body: unknown) => {
          bodies.push(body)
          return new ApiError(403, { status: 403, detail: 'The unit is outside your part of the organisation.' })
        },
      },
    })
    await user.type(await screen.findByRole('textbox', { name: 'Tittel' }), 'Trygt skolemiljø')
    await user.click(screen.getByRole('radio', { name: 'Et mål' }))
    expect(screen.queryByRole('textbox', { name: 'Saksnummer' })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mål' }), 'Mobbing avdekkes og stoppes raskt')
    await user.type(screen.getByRole('textbox', { name: 'Frist' }), '1.12.2027')
    await user.click(screen.getByRole('button', { name: 'Opprett' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Du har ikke tilgang til dette.')
    expect(alert).toHaveTextContent('The unit is outside your part of the organisation.')
    expect((bodies[0] as { source: unknown }).source).toEqual({ kind: 'GOAL', goalId: 'g-v1' })
  })

  it('checks the required fields itself first, each error next to its field and listed at the top', async () => {
    const { user, api } = renderApp(`/units/${SCHOOL}/assignments/new`, { session: per(), responses })
    await user.click(await screen.findByRole('button', { name: 'Opprett' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Skriv en tittel.' })).toHaveAttribute('href', '#new-title')
    expect(within(summary).getByRole('link', { name: 'Skriv saksnummeret.' })).toHaveAttribute('href', '#new-case')
    expect(screen.getByRole('textbox', { name: 'Tittel' })).toHaveAccessibleDescription('Skriv en tittel.')
    expect(screen.getByRole('textbox', { name: 'Vedtaksdato' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'Frist' })).toHaveAccessibleDescription(/Skriv en gyldig dato som dd\.mm\.åååå\./)
    expect(api.mock.calls.some(([, options]) => (options as { method?: string } | undefined)?.method === 'POST')).toBe(false)
  })

  it('shows the service’s field errors (problem details) next to the fields they name', async () => {
    const { user } = renderApp(`/units/${SCHOOL}/assignments/new`, {
      session: per(),
      responses: {
        ...responses,
        'POST /api/assignments/assignments': new ApiError(400, {
          status: 400, title: 'Invalid request', detail: 'The request has invalid fields: source.caseNumber, responsible.',
          errors: [
            { field: 'source.caseNumber', message: 'size must be between 0 and 50' },
            { field: 'responsible', message: 'must match "^[A-Za-z0-9._@-]{1,100}$"' },
          ],
        }),
      },
    })
    await user.type(await screen.findByRole('textbox', { name: 'Tittel' }), 'Leksefri skole')
    await user.type(screen.getByRole('textbox', { name: 'Organ' }), 'Kommunestyret')
    await user.type(screen.getByRole('textbox', { name: 'Saksnummer' }), 'PS 7/27')
    await user.type(screen.getByRole('textbox', { name: 'Vedtaksdato' }), '2.2.2027')
    await user.type(screen.getByRole('textbox', { name: 'Vedtakstekst' }), 'Tekst.')
    await user.type(screen.getByRole('combobox', { name: /Ansvarlig/ }), 'lars vik')
    await user.type(screen.getByRole('textbox', { name: 'Frist' }), '30.06.2027')
    await user.click(screen.getByRole('button', { name: 'Opprett' }))

    const caseNumber = screen.getByRole('textbox', { name: 'Saksnummer' })
    await waitFor(() => expect(caseNumber).toHaveAttribute('aria-invalid', 'true'))
    expect(caseNumber).toHaveAccessibleDescription(/size must be between 0 and 50/)
    expect(screen.getByRole('combobox', { name: /Ansvarlig/ })).toHaveAccessibleDescription(/must match/)
    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('link', { name: 'size must be between 0 and 50' })).toHaveAttribute('href', '#new-case')
    await expectNoAxeViolations('the new assignment form with field errors')
  })
})

describe('an assignment, a delegation and a task', () => {
  it('shows the assignment with its source, delegations and history, and takes only a comment while its parts decide', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/assignments/${ASSIGNMENT}`, {
      session: ingrid(),
      responses: {
        [`GET /api/assignments/assignments/${ASSIGNMENT}`]: assignment(),
        [`GET /api/assignments/assignments/${ASSIGNMENT}/history`]: history,
        [`POST /api/assignments/assignments/${ASSIGNMENT}/status`]: (body: unknown) => {
          bodies.push(body)
          return assignment()
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sak om gratis kjernetid i SFO' })).toBeInTheDocument()
    expect(screen.getByText('Kommunestyret, sak PS 112/26, vedtatt 14.12.2026')).toBeInTheDocument()
    expect(screen.getByText('Verbalvedtak')).toBeInTheDocument()
    const delegations = screen.getByRole('heading', { level: 2, name: 'Delegeringer' }).parentElement!
    expect(within(delegations).getByRole('link', { name: 'Oppvekst og kultur' })).toHaveAttribute('href', `/delegations/${DELEGATION_SECTOR}`)

    expect(screen.getByRole('heading', { level: 2, name: 'Skriv en statuskommentar' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Ny status' })).not.toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Kommentar' }), 'Saken er i rute.')
    await user.click(screen.getByRole('button', { name: 'Lagre kommentar' }))
    expect(await screen.findByText('Kommentaren til «Sak om gratis kjernetid i SFO» er lagret.')).toBeInTheDocument()
    expect(bodies).toEqual([{ version: 6, status: undefined, comment: 'Saken er i rute.' }])

    const table = await screen.findByRole('table', { name: 'Alle endringer, den nyeste først' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('Status oppdatert')
    expect(rows[0]).toHaveTextContent('Ikke startet → Pågår')
    expect(rows[0]).toHaveTextContent('Spørreundersøkelse er sendt ut.')
    expect(rows[1]).toHaveTextContent('Opprettet')
    await expectNoAxeViolations('an assignment')
  })

  it('delegates to units below, with one deadline, and reports what it did', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/assignments/${ASSIGNMENT}`, {
      session: ingrid(),
      responses: {
        [`GET /api/assignments/assignments/${ASSIGNMENT}`]: assignment({ delegations: [] }),
        [`GET /api/assignments/assignments/${ASSIGNMENT}/history`]: history,
        [`POST /api/assignments/assignments/${ASSIGNMENT}/delegations`]: (body: unknown) => {
          bodies.push(body)
          return assignment()
        },
      },
    })
    await screen.findByRole('heading', { level: 3, name: 'Deleger' })
    const units = screen.getByRole('group', { name: 'Til enhetene' })
    // An assignment may go to its own unit or the units directly below it.
    expect(within(units).getAllByRole('checkbox').map(box => box.getAttribute('id'))).toEqual(
      [`delegate-unit-${TOP}`, `delegate-unit-${SECTOR}`, 'delegate-unit-u-3000'])
    await user.click(screen.getAllByRole('button', { name: 'Deleger' })[0])
    expect(await screen.findByText('Velg minst én enhet.', { selector: '.field-error' })).toBeInTheDocument()

    await user.click(within(units).getByRole('checkbox', { name: 'Oppvekst og kultur' }))
    await user.click(within(units).getByRole('checkbox', { name: 'Helse og velferd' }))
    await user.type(screen.getByRole('textbox', { name: 'Frist' }), '15.05.2027')
    await user.click(screen.getAllByRole('button', { name: 'Deleger' })[0])
    expect(await screen.findByText('Delegert til Oppvekst og kultur, Helse og velferd.')).toBeInTheDocument()
    expect(bodies).toEqual([{ delegations: [
      { unitId: SECTOR, deadline: '2027-05-15', description: undefined },
      { unitId: 'u-3000', deadline: '2027-05-15', description: undefined },
    ] }])
  })

  it('shows a delegation in its chain, and splits it into a task for a person of the unit', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/delegations/${DELEGATION_SCHOOL}`, {
      session: per(),
      responses: {
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}`]: {
          assignment: assignment({ delegations: [] }), chain: [sectorDelegation({ delegations: [] })], delegation: schoolDelegation(),
        },
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}/history`]: [],
        [`GET /api/assignments/people?unitId=${SCHOOL}`]: [{ username: 'lars.vik', name: 'Lars Vik', email: null, unitId: SCHOOL, leftOn: null }],
        [`POST /api/assignments/delegations/${DELEGATION_SCHOOL}/tasks`]: (body: unknown) => {
          bodies.push(body)
          return { assignment: assignment(), chain: [], task: task() }
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sak om gratis kjernetid i SFO – Fjordvik skole' })).toBeInTheDocument()
    const crumbs = screen.getByRole('navigation', { name: 'Du er her' })
    expect(within(crumbs).getByRole('link', { name: 'Sak om gratis kjernetid i SFO' })).toHaveAttribute('href', `/assignments/${ASSIGNMENT}`)
    expect(within(crumbs).getByRole('link', { name: 'Oppvekst og kultur' })).toHaveAttribute('href', `/delegations/${DELEGATION_SECTOR}`)
    expect(screen.getByText('Delegert fra').nextElementSibling).toHaveTextContent('Oppvekst og kultur')
    expect(screen.getByRole('link', { name: 'Kartlegg behovet for kjernetid' })).toHaveAttribute('href', `/tasks/${TASK}`)
    await screen.findByRole('table', { name: 'Alle endringer, den nyeste først' })
    await expectNoAxeViolations('a delegation with its forms')

    const taskForm = within(screen.getByRole('form', { name: 'Ny oppgave' }))
    await user.click(taskForm.getByRole('button', { name: 'Legg til' }))
    expect(taskForm.getByRole('textbox', { name: 'Tittel' })).toHaveAccessibleDescription('Skriv en tittel.')
    await user.type(taskForm.getByRole('textbox', { name: 'Tittel' }), 'Snakk med FAU')
    await user.type(taskForm.getByRole('combobox', { name: 'Ansvarlig' }), 'lars.vik')
    await user.type(taskForm.getByRole('textbox', { name: 'Frist' }), '20.04.2027')
    await user.click(taskForm.getByRole('button', { name: 'Legg til' }))
    expect(await screen.findByText('«Snakk med FAU» er lagt til.')).toBeInTheDocument()
    expect(bodies).toEqual([{ title: 'Snakk med FAU', responsible: 'lars.vik', deadline: '2027-04-20', description: undefined }])
  })

  it('lets the receiving leader name the delegation’s responsible person, keeping its deadline and text', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/delegations/${DELEGATION_SCHOOL}`, {
      session: per(),
      responses: {
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}`]: {
          assignment: assignment({ delegations: [] }), chain: [sectorDelegation({ delegations: [] })],
          delegation: schoolDelegation({ responsible: null, ownerless: true, description: 'Skolen utreder.' }),
        },
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}/history`]: [],
        [`GET /api/assignments/people?unitId=${SCHOOL}`]: [],
        [`PUT /api/assignments/delegations/${DELEGATION_SCHOOL}`]: (body: unknown) => {
          bodies.push(body)
          return { assignment: assignment(), chain: [], delegation: schoolDelegation() }
        },
      },
    })
    const form = within(await screen.findByRole('region', { name: 'Hvem er ansvarlig?' }))
    expect(screen.getByText('Mangler ansvarlig')).toBeInTheDocument()
    await user.click(form.getByRole('button', { name: 'Lagre ansvarlig' }))
    expect(form.getByRole('combobox', { name: 'Ansvarlig' })).toHaveAccessibleDescription(/Skriv hvem som er ansvarlig\./)
    await user.type(form.getByRole('combobox', { name: 'Ansvarlig' }), 'per.berg')
    await user.click(form.getByRole('button', { name: 'Lagre ansvarlig' }))
    expect(await screen.findByText('per.berg er nå ansvarlig.')).toBeInTheDocument()
    expect(bodies).toEqual([{ version: 4, description: 'Skolen utreder.', responsible: 'per.berg', deadline: '2027-04-30' }])
  })

  it('lets the responsible employee set a task’s status, and shows why the service refused', async () => {
    const { user } = renderApp(`/tasks/${TASK}`, {
      session: signedIn(['medarbeider'], '2110', 'Lars Vik'),
      responses: {
        [`GET /api/assignments/tasks/${TASK}`]: { assignment: assignment({ delegations: [] }), chain: [sectorDelegation(), schoolDelegation()], task: task() },
        [`GET /api/assignments/tasks/${TASK}/history`]: history,
        [`POST /api/assignments/tasks/${TASK}/status`]: new ApiError(422, { status: 422, detail: 'A cancelled task never changes again.' }),
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Kartlegg behovet for kjernetid' })).toBeInTheDocument()
    expect(plain(screen.getByText('Spørreundersøkelse er sendt ut.', { selector: '.status-note p' }).textContent)).toBe('Spørreundersøkelse er sendt ut.')
    expect(screen.queryByRole('heading', { name: 'Deleger' })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ny status' }), 'Fullført')
    await user.click(screen.getByRole('button', { name: 'Lagre status' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Det du sendte ble ikke godtatt.')
    expect(alert).toHaveTextContent('A cancelled task never changes again.')
  })

  it('says so when the item is not the person’s to see', async () => {
    renderApp(`/tasks/${TASK}`, {
      session: signedIn(['medarbeider'], '3110', 'Siri Dahl'),
      responses: { [`GET /api/assignments/tasks/${TASK}`]: new ApiError(403, { status: 403, detail: 'The task belongs to a part of the organisation you do not lead.' }) },
    })
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke tilgang til dette.')
  })
})
