import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { assignment } from '../test/assignmentFixtures'
import { expectNoAxeViolations } from '../test/axe'
import { deviation } from '../test/checklistFixtures'
import { SCHOOL } from '../test/fixtures'
import { renderApp, signedIn } from '../test/render'

const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')

describe('long lists page through the service’s pages', () => {
  it('pages through a unit’s assignments by the total the service tells', async () => {
    const { user } = renderApp('/assignments', {
      session: per(),
      responses: {
        [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200`]: { items: [assignment()], page: 0, size: 200, total: 401 },
        [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200&page=1`]:
          { items: [assignment({ id: 'a-201', title: 'Oppdrag nummer 201' })], page: 1, size: 200, total: 401 },
      },
    })
    const pages = await screen.findByRole('navigation', { name: 'Sider med oppdrag' }, { timeout: 5000 })
    expect(within(pages).getByRole('status')).toHaveTextContent('Side 1 av 3')
    expect(within(pages).getByRole('button', { name: 'Forrige side' })).toBeDisabled()
    await user.click(within(pages).getByRole('button', { name: 'Neste side' }))
    expect(await screen.findByRole('link', { name: 'Oppdrag nummer 201' }, { timeout: 5000 })).toBeInTheDocument()
    const after = screen.getByRole('navigation', { name: 'Sider med oppdrag' })
    expect(within(after).getByRole('status')).toHaveTextContent('Side 2 av 3')
    await expectNoAxeViolations('a second page of assignments')
    await user.click(within(after).getByRole('button', { name: 'Forrige side' }))
    expect(await screen.findByRole('link', { name: 'Sak om gratis kjernetid i SFO' })).toBeInTheDocument()
  })

  it('shows no pager when everything fits on one page', async () => {
    renderApp('/assignments', {
      session: per(),
      responses: { [`GET /api/assignments/assignments?unitId=${SCHOOL}&size=200`]: { items: [assignment()], page: 0, size: 200, total: 1 } },
    })
    expect(await screen.findByRole('link', { name: 'Sak om gratis kjernetid i SFO' }, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Sider med oppdrag' })).not.toBeInTheDocument()
  })

  it('offers the next page of deviations while a page is full (the service tells no total)', async () => {
    const full = Array.from({ length: 200 }, (_, i) => deviation({ id: `dev-${i}`, description: `Avvik nummer ${i + 1}` }))
    const { user } = renderApp('/deviations', {
      session: per(),
      responses: {
        'GET /api/checklists/deviations?subtree=true&status=OPEN&size=200': full,
        'GET /api/checklists/deviations?subtree=true&status=OPEN&size=200&page=1': [deviation({ id: 'dev-200', description: 'Avvik nummer 201' })],
      },
    })
    const pages = await screen.findByRole('navigation', { name: 'Sider med avvik' }, { timeout: 5000 })
    expect(within(pages).getByRole('status')).toHaveTextContent('Side 1')
    await user.click(within(pages).getByRole('button', { name: 'Neste side' }))
    expect(await screen.findByText('Avvik nummer 201')).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Sider med avvik' })).getByRole('button', { name: 'Neste side' })).toBeDisabled()
  }, 60_000)
})
