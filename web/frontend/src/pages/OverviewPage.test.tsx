import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { schoolOverview, sectorOverview, summary, topOverview } from '../test/assignmentFixtures'
import { HEALTH, SCHOOL, SECTOR, TOP } from '../test/fixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'

const ingrid = () => signedIn(['kommunedirektor'], '1000', 'Ingrid Fjeld')
const empty = { items: [], page: 0, size: 100, total: 0 }

function responses(extra: Record<string, unknown> = {}) {
  return {
    'GET /api/assignments/overview?year=2027': topOverview,
    [`GET /api/assignments/overview?year=2027&unitId=${SECTOR}`]: sectorOverview,
    'GET /api/assignments/overview/overdue?size=100&unitId=u-1000': { items: [summary()], page: 0, size: 100, total: 1 },
    'GET /api/assignments/overview/ownerless?size=100&unitId=u-1000': empty,
    [`GET /api/assignments/overview/overdue?size=100&unitId=${SECTOR}`]: empty,
    [`GET /api/assignments/overview/ownerless?size=100&unitId=${SECTOR}`]: {
      // A delegation has no title of its own (null from the service): it is shown by its assignment's.
      items: [summary({ id: 'd-9', kind: 'DELEGATION', title: null, assignmentTitle: 'Sak om gratis kjernetid i SFO', unitName: 'Nordbygda skole', responsible: null,
        ownerless: true, overdue: false, status: 'NOT_STARTED', trafficLight: 'GREEN', deadline: '2027-04-30' })],
      page: 0, size: 100, total: 1,
    },
    ...extra,
  }
}

describe('the status overview', () => {
  it('shows counts by status as a chart with the same figures in a table, and the units below', async () => {
    renderApp('/overview', { session: ingrid(), responses: responses() })
    expect(await screen.findByRole('heading', { level: 1, name: 'Statusoversikt for Fjordvik kommune' })).toBeInTheDocument()
    expect(screen.getByText('Med frist i 2027, for enheten og alle enheter under den.')).toBeInTheDocument()

    const figure = screen.getByRole('figure', { name: 'Oppdrag i Fjordvik kommune med frist i 2027, etter status' })
    // The bars are drawn, labelled with words and figures; the table is what assistive technology reads.
    expect(figure.querySelectorAll('rect.chart-bar')).toHaveLength(5)
    const table = within(figure).getByRole('table', { name: 'Tallene: Oppdrag i Fjordvik kommune med frist i 2027, etter status' })
    const rows = within(table).getAllByRole('row').slice(1).map(row => row.textContent)
    expect(rows).toEqual(['Ikke startet2', 'Pågår4', 'Forsinket2', 'Fullført0', 'Avlyst0'])

    const children = screen.getByRole('table', { name: 'Oppdrag med frist i 2027 for hver enhet under Fjordvik kommune' })
    expect(within(children).getByRole('link', { name: 'Oppvekst og kultur' })).toHaveAttribute('href', `/overview/${SECTOR}`)
    expect(within(children).getByRole('link', { name: 'Helse og velferd' })).toHaveAttribute('href', `/overview/${HEALTH}`)
  })

  it('switches between assignments, delegations and tasks with pressed buttons', async () => {
    const { user } = renderApp('/overview', { session: ingrid(), responses: responses() })
    const tasks = await screen.findByRole('button', { name: 'Oppgave' })
    expect(screen.getByRole('button', { name: 'Oppdrag' })).toHaveAttribute('aria-pressed', 'true')
    await user.click(tasks)
    expect(tasks).toHaveAttribute('aria-pressed', 'true')
    const table = screen.getByRole('table', { name: 'Tallene: Oppgave i Fjordvik kommune med frist i 2027, etter status' })
    expect(within(table).getByRole('row', { name: 'Pågår 10' })).toBeInTheDocument()
  })

  it('drills down to a unit below, with breadcrumbs back up, and lists overdue and ownerless items', async () => {
    const { user, router } = renderApp('/overview', { session: ingrid(), responses: responses() })
    const overdue = await screen.findByRole('table', { name: 'Åpne saker over fristen, alle år (1)' })
    expect(within(overdue).getByRole('link', { name: 'Kartlegg behovet for kjernetid' })).toHaveAttribute('href', '/tasks/t-1')
    expect(overdue).toHaveTextContent('07.11.2026')
    expect(screen.getByText('Alt har en ansvarlig.')).toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Oppvekst og kultur' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Statusoversikt for Oppvekst og kultur' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/overview/${SECTOR}`)
    const crumbs = screen.getByRole('navigation', { name: 'Du er her' })
    expect(within(crumbs).getByRole('link', { name: 'Fjordvik kommune' })).toHaveAttribute('href', `/overview/${TOP}`)
    const ownerless = await screen.findByRole('table', { name: 'Åpne saker uten ansvarlig, alle år (1)' })
    expect(ownerless).toHaveTextContent('Nordbygda skole')
    expect(within(ownerless).getByRole('link', { name: 'Sak om gratis kjernetid i SFO' })).toHaveAttribute('href', '/delegations/d-9')
    expect(ownerless).toHaveTextContent('ingen')
    expect(screen.getByText('Ingenting er over fristen.')).toBeInTheDocument()
    await expectNoAxeViolations('the status overview of a unit below')
  })

  it('starts the crumbs at a unit leader’s own unit, and changes the year', async () => {
    const { user } = renderApp(`/overview/${SCHOOL}`, {
      session: signedIn(['virksomhetsleder'], '2110', 'Per Berg'),
      responses: {
        [`GET /api/assignments/overview?year=2027&unitId=${SCHOOL}`]: schoolOverview,
        [`GET /api/assignments/overview?year=2028&unitId=${SCHOOL}`]: { ...schoolOverview, year: 2028 },
        [`GET /api/assignments/overview/overdue?size=100&unitId=${SCHOOL}`]: empty,
        [`GET /api/assignments/overview/ownerless?size=100&unitId=${SCHOOL}`]: empty,
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Statusoversikt for Fjordvik skole' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Du er her' })).not.toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Frist i år' }), '2028')
    expect(await screen.findByText('Med frist i 2028, for enheten og alle enheter under den.')).toBeInTheDocument()
  })

  it('explains a refusal for a unit outside the person’s part of the tree', async () => {
    renderApp(`/overview/${HEALTH}`, {
      session: signedIn(['virksomhetsleder'], '2110', 'Per Berg'),
      responses: {
        [`GET /api/assignments/overview?year=2027&unitId=${HEALTH}`]: new ApiError(403, { status: 403, detail: 'The unit Helse og velferd is outside your part of the organisation.' }),
      },
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Du har ikke tilgang til dette.')
    expect(alert).toHaveTextContent('Helse og velferd is outside your part')
  })
})
