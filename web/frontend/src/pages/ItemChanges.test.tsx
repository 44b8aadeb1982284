import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { assignment, ASSIGNMENT, DELEGATION_SCHOOL, history, schoolDelegation, sectorDelegation, task, TASK } from '../test/assignmentFixtures'
import { expectNoAxeViolations } from '../test/axe'
import { settings, SCHOOL } from '../test/fixtures'
import { renderApp, signedIn } from '../test/render'

const ingrid = () => signedIn(['kommunedirektor'], '1000', 'Ingrid Fjeld')
const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')
const withTypes = settings({
  assignmentTypes: [
    { code: 'VERBALVEDTAK', labels: { nb: 'Verbalvedtak', nn: 'Verbalvedtak', en: 'Verbal council decision' }, active: true },
    { code: 'POLITISK_SAK', labels: { nb: 'Politisk sak', nn: 'Politisk sak', en: 'Political case' }, active: true },
    { code: 'GAMMEL', labels: { nb: 'Gammel type', nn: 'Gammal type', en: 'Old type' }, active: false },
  ],
})

describe('changing an assignment, a delegation or a task', () => {
  it('edits an assignment with its version, keeping its source, and on a 409 offers to read it again', async () => {
    const bodies: unknown[] = []
    let reads = 0
    const { user } = renderApp(`/assignments/${ASSIGNMENT}`, {
      session: ingrid(),
      responses: {
        'GET /api/plans/settings': withTypes,
        [`GET /api/assignments/assignments/${ASSIGNMENT}`]: () => (++reads === 1 ? assignment() : assignment({ version: 7, title: 'Sak om kjernetid' })),
        [`GET /api/assignments/assignments/${ASSIGNMENT}/history`]: history,
        [`GET /api/assignments/people?unitId=u-1000`]: [],
        [`PUT /api/assignments/assignments/${ASSIGNMENT}`]: (body: unknown) => {
          bodies.push(body)
          if (bodies.length === 1) throw new ApiError(409, { status: 409, detail: 'The assignment is at version 7, not 6.' })
          return assignment({ version: 8 })
        },
      },
    })
    const changes = await screen.findByRole('region', { name: 'Endre eller avlys' })
    await user.click(within(changes).getByRole('button', { name: 'Endre' }))
    const form = within(changes).getByRole('form', { name: 'Endre' })
    expect(within(form).getByRole('heading', { level: 3, name: 'Endre' })).toHaveFocus()
    const type = within(form).getByRole('combobox', { name: 'Type' })
    expect(within(type).getAllByRole('option').map(o => o.textContent)).toEqual(['Verbalvedtak', 'Politisk sak'])
    await user.selectOptions(type, 'Politisk sak')
    const deadline = within(form).getByRole('textbox', { name: 'Frist' })
    expect(deadline).toHaveValue('01.06.2027')
    await user.clear(deadline)
    await user.type(deadline, '15.6.2027')
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('Noen andre har endret dette mens du arbeidet.')
    expect(bodies[0]).toEqual({
      version: 6, type: 'POLITISK_SAK', title: 'Sak om gratis kjernetid i SFO', description: 'Kommunedirektøren legger fram en sak.',
      source: assignment().source, includeInMonthlyReport: true, responsible: 'ingrid.fjeld', deadline: '2027-06-15',
    })
    await expectNoAxeViolations('an edit in conflict')

    await user.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Sak om kjernetid' })).toBeInTheDocument()
    const fresh = screen.getByRole('form', { name: 'Endre' })
    expect(within(fresh).getByRole('textbox', { name: 'Tittel' })).toHaveValue('Sak om kjernetid')
    await user.click(within(fresh).getByRole('button', { name: 'Lagre endringene' }))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(bodies[1]).toMatchObject({ version: 7, title: 'Sak om kjernetid', type: 'VERBALVEDTAK' })
  })

  it('edits a task: title, responsible and deadline are required, errors at their fields', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/tasks/${TASK}`, {
      session: per(),
      responses: {
        [`GET /api/assignments/tasks/${TASK}`]: { assignment: assignment({ delegations: [] }), chain: [sectorDelegation(), schoolDelegation()], task: task() },
        [`GET /api/assignments/tasks/${TASK}/history`]: history,
        [`GET /api/assignments/people?unitId=${SCHOOL}`]: [],
        [`PUT /api/assignments/tasks/${TASK}`]: (body: unknown) => {
          bodies.push(body)
          return { assignment: assignment(), chain: [], task: task({ version: 4 }) }
        },
      },
    })
    const changes = await screen.findByRole('region', { name: 'Endre eller avlys' })
    await user.click(within(changes).getByRole('button', { name: 'Endre' }))
    const form = within(changes).getByRole('form', { name: 'Endre' })
    await user.clear(within(form).getByRole('textbox', { name: 'Tittel' }))
    await user.clear(within(form).getByRole('combobox', { name: 'Ansvarlig' }))
    await user.clear(within(form).getByRole('textbox', { name: 'Frist' }))
    await user.type(within(form).getByRole('textbox', { name: 'Frist' }), '30.2.2027')
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }))
    expect(within(form).getByRole('textbox', { name: 'Tittel' })).toHaveAccessibleDescription('Skriv en tittel.')
    expect(within(form).getByRole('combobox', { name: 'Ansvarlig' })).toHaveAccessibleDescription(/Skriv hvem som er ansvarlig\./)
    expect(within(form).getByRole('textbox', { name: 'Frist' })).toHaveAccessibleDescription(/Skriv en gyldig dato/)
    expect(bodies).toEqual([])

    await user.type(within(form).getByRole('textbox', { name: 'Tittel' }), 'Kartlegg behovet')
    await user.type(within(form).getByRole('combobox', { name: 'Ansvarlig' }), 'kari.nes')
    await user.clear(within(form).getByRole('textbox', { name: 'Frist' }))
    await user.type(within(form).getByRole('textbox', { name: 'Frist' }), '1.12.2026')
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }))
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument()
    expect(bodies).toEqual([{ version: 3, title: 'Kartlegg behovet', description: undefined, responsible: 'kari.nes', deadline: '2026-12-01' }])
  })

  it('cancels a delegation with a reason, and shows why the service refused', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/delegations/${DELEGATION_SCHOOL}`, {
      session: per(),
      responses: {
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}`]: {
          assignment: assignment({ delegations: [] }), chain: [sectorDelegation({ delegations: [] })], delegation: schoolDelegation(),
        },
        [`GET /api/assignments/delegations/${DELEGATION_SCHOOL}/history`]: [],
        [`GET /api/assignments/people?unitId=${SCHOOL}`]: [],
        [`POST /api/assignments/delegations/${DELEGATION_SCHOOL}/cancel`]: (body: unknown) => {
          bodies.push(body)
          if (bodies.length === 1) throw new ApiError(403, { status: 403, detail: 'Only the delegating unit’s leaders may cancel it.' })
          return { assignment: assignment(), chain: [], delegation: schoolDelegation({ status: 'CANCELLED', version: 5 }) }
        },
      },
    })
    const changes = await screen.findByRole('region', { name: 'Endre eller avlys' })
    await user.click(within(changes).getByRole('button', { name: 'Avlys' }))
    const form = within(changes).getByRole('form', { name: 'Avlys' })
    expect(form).toHaveTextContent('Alt som er åpent under, avlyses også.')
    await user.type(within(form).getByRole('textbox', { name: /^Begrunnelse/ }), 'Saken er trukket.')
    await user.click(within(form).getByRole('button', { name: 'Avlys nå' }))
    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('Du har ikke tilgang til dette.')
    expect(alert).toHaveTextContent('Only the delegating unit’s leaders may cancel it.')
    await user.click(within(form).getByRole('button', { name: 'Avlys nå' }))
    expect(await screen.findByText('Avlyst.')).toBeInTheDocument()
    expect(bodies).toEqual([{ version: 4, reason: 'Saken er trukket.' }, { version: 4, reason: 'Saken er trukket.' }])
  })

  it('hands over everything the responsible person has to someone else', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/tasks/${TASK}`, {
      session: per(),
      responses: {
        [`GET /api/assignments/tasks/${TASK}`]: { assignment: assignment({ delegations: [] }), chain: [sectorDelegation(), schoolDelegation()], task: task() },
        [`GET /api/assignments/tasks/${TASK}/history`]: history,
        [`GET /api/assignments/people?unitId=${SCHOOL}`]: [{ username: 'kari.nes', name: 'Kari Nes', email: null, unitId: SCHOOL, leftOn: null }],
        'POST /api/assignments/handovers': (body: unknown) => {
          bodies.push(body)
          return { from: 'lars.vik', to: 'kari.nes', moved: [TASK, 't-2', 't-3'] }
        },
      },
    })
    const changes = await screen.findByRole('region', { name: 'Endre eller avlys' })
    await user.click(within(changes).getByRole('button', { name: 'Overlever alt lars.vik har ansvar for' }))
    const form = within(changes).getByRole('form', { name: 'Overlever alt lars.vik har ansvar for' })
    const to = within(form).getByRole('combobox', { name: 'Ny ansvarlig' })
    await user.type(to, 'lars.vik')
    await user.click(within(form).getByRole('button', { name: 'Overlever' }))
    expect(to).toHaveAccessibleDescription(/Velg en annen person enn den som har ansvaret nå\./)
    expect(bodies).toEqual([])
    await user.clear(to)
    await user.type(to, 'kari.nes')
    await user.click(within(form).getByRole('button', { name: 'Overlever' }))
    const done = await screen.findByText('3 saker er overlevert fra lars.vik til kari.nes.')
    expect(done.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite')
    expect(bodies).toEqual([{ from: 'lars.vik', to: 'kari.nes' }])
  })

  it('is not offered to an employee', async () => {
    renderApp(`/tasks/${TASK}`, {
      session: signedIn(['medarbeider'], '2110', 'Lars Vik'),
      responses: {
        [`GET /api/assignments/tasks/${TASK}`]: { assignment: assignment({ delegations: [] }), chain: [sectorDelegation(), schoolDelegation()], task: task() },
        [`GET /api/assignments/tasks/${TASK}/history`]: history,
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Kartlegg behovet for kjernetid' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Endre eller avlys' })).not.toBeInTheDocument()
  })
})
