import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/client'
import type { Session } from '../auth/session'
import { SCHOOL, SECTOR } from '../test/fixtures'
import { REPORT, report, sectorReport } from '../test/reportFixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'

const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')
function as(username: string, roles: Session['user'] extends infer U ? U extends { roles: infer R } ? R : never : never, unit: string, name: string) {
  const session = signedIn(roles, unit, name)
  return { ...session, user: { ...session.user!, username } }
}
const tor = () => as('tor.haugen', ['kommunalsjef'], '2000', 'Tor Haugen')
const READ = `GET /api/reporting/reports/${REPORT}`

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('reports', () => {
  it('lists the reports of the unit and the units below, with status in words, and starts a new one', async () => {
    const created: unknown[] = []
    const { user, router } = renderApp('/reports', {
      session: tor(),
      responses: {
        'GET /api/reporting/reports': [report({ status: 'SUBMITTED', submittedBy: 'per.berg', submittedAt: '2027-05-03T10:00:00Z' }),
          sectorReport({ status: 'APPROVED', locked: true, decidedBy: 'ingrid.fjeld', decidedAt: '2027-05-10T12:00:00Z' })],
        'GET /api/reporting/reports?period=2027-T1': [sectorReport()],
        'POST /api/reporting/reports': (body: unknown) => {
          created.push(body)
          if (created.length === 1) {
            throw new ApiError(409, { status: 409, detail: 'Oppvekst og kultur already has a report for 2027-T1.' })
          }
          return sectorReport({ id: 'rep-new', period: '2027-T2' })
        },
        'GET /api/reporting/reports/rep-new': sectorReport({ id: 'rep-new', period: '2027-T2' }),
      },
    })
    const table = await screen.findByRole('table', { name: 'Rapporter (2)' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('Oppvekst og kultur, T1 2027')
    expect(rows[0]).toHaveTextContent('Godkjent (låst)')
    expect(rows[1]).toHaveTextContent('Sendt inn')
    expect(within(table).getByRole('link', { name: 'Fjordvik skole, T1 2027' })).toHaveAttribute('href', `/reports/${REPORT}`)
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toHaveTextContent('Rapporter')
    await expectNoAxeViolations('the reports')

    await user.type(screen.getByRole('textbox', { name: 'Vis perioden' }), '2027-T1')
    expect(await screen.findByRole('table', { name: 'Rapporter (1)' })).toBeInTheDocument()

    const form = screen.getByRole('region', { name: 'Ny rapport for Oppvekst og kultur' })
    const period = within(form).getByRole('textbox', { name: 'Periode' })
    await user.type(period, 'T1')
    await user.click(within(form).getByRole('button', { name: 'Opprett rapporten' }))
    expect(period).toHaveAccessibleDescription(/Skriv perioden som 2027, 2027-T1 eller 2027-03\./)
    expect(created).toEqual([])
    await user.clear(period)
    await user.type(period, '2027-T1')
    await user.click(within(form).getByRole('button', { name: 'Opprett rapporten' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent('Oppvekst og kultur har allerede en rapport for denne perioden.')
    await user.clear(period)
    await user.type(period, '2027-T2')
    await user.click(within(form).getByRole('button', { name: 'Opprett rapporten' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/rep-new'))
    expect(created).toEqual([{ unitId: SECTOR, period: '2027-T1' }, { unitId: SECTOR, period: '2027-T2' }])
  })

  it('lets the unit’s leader write the texts with the version read, save, and submit', async () => {
    const writes: unknown[] = []
    const actions: string[] = []
    const { user } = renderApp(`/reports/${REPORT}`, {
      session: per(),
      responses: {
        [READ]: report(),
        [`PUT /api/reporting/reports/${REPORT}/texts`]: (body: unknown) => {
          writes.push(body)
          return report({ version: 4, overallText: 'Nytt.', items: report().items.map(item =>
            item.refId === 'ind-1' ? { ...item, statusText: 'Over målet.' } : item) })
        },
        [`POST /api/reporting/reports/${REPORT}/submit`]: () => {
          actions.push('submit')
          return report({ version: 5, status: 'SUBMITTED', submittedBy: 'per.berg', submittedAt: '2027-05-03T10:00:00Z', overallText: 'Nytt.' })
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapport for Fjordvik skole, T1 2027' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Status for oppdrag' })).toBeInTheDocument()
    expect(screen.getByText('Ikke startet: 1, Pågår: 2, Fullført: 3, Forsinket: 0, Avlyst: 0, Over fristen: 1')).toBeInTheDocument()
    expect(screen.getByText(/Faktisk: 91,5\s%, mål: 90\s%/)).toBeInTheDocument()
    expect(screen.getByText(/Status: Pågår · Gult lys · frist 01\.06\.2027/)).toBeInTheDocument()
    const overall = screen.getByRole('textbox', { name: 'Lederens samlede statustekst' })
    expect(overall).toHaveValue('Et godt første tertial på Fjordvik skole.')
    await expectNoAxeViolations('a draft report')

    await user.clear(overall)
    await user.type(overall, 'Nytt.')
    await user.type(screen.getByRole('textbox', { name: 'Statustekst for «Andel elever som trives»' }), 'Over målet.')
    await user.click(screen.getByRole('button', { name: 'Lagre tekstene' }))
    expect(await screen.findByText('Tekstene er lagret (versjon 4).')).toBeInTheDocument()
    expect(writes).toEqual([{ version: 3, overallText: 'Nytt.', items: [{ section: 'INDICATOR', refId: 'ind-1', statusText: 'Over målet.' }] }])

    await user.click(screen.getByRole('button', { name: 'Send inn rapporten' }))
    expect(await screen.findByText('Rapporten er sendt inn.')).toBeInTheDocument()
    expect(actions).toEqual(['submit'])
    expect(writes).toHaveLength(1)
    expect(screen.queryByRole('textbox', { name: 'Lederens samlede statustekst' })).not.toBeInTheDocument()
  })

  it('says clearly when someone else saved the report first (409), with a way to load it again', async () => {
    let reads = 0
    const { user } = renderApp(`/reports/${REPORT}`, {
      session: per(),
      responses: {
        [READ]: () => {
          reads += 1
          return report({ version: reads === 1 ? 3 : 6, overallText: reads === 1 ? 'Gammel.' : 'Skrevet av en annen.' })
        },
        [`PUT /api/reporting/reports/${REPORT}/texts`]: new ApiError(409, {
          status: 409, detail: 'The report changed since version 3 (it is at version 6).' }),
      },
    })
    await user.type(await screen.findByRole('textbox', { name: 'Lederens samlede statustekst' }), ' Mer.')
    await user.click(screen.getByRole('button', { name: 'Lagre tekstene' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Noen andre har lagret rapporten etter at du åpnet den.')
    await expectNoAxeViolations('a conflict')
    await user.click(within(alert).getByRole('button', { name: 'Last inn på nytt' }))
    expect(await screen.findByDisplayValue('Skrevet av en annen.')).toBeInTheDocument()
  })

  it('lets the leader above approve, or return with a comment that is required', async () => {
    const returns: unknown[] = []
    const { user } = renderApp(`/reports/${REPORT}`, {
      session: tor(),
      responses: {
        [READ]: report({ status: 'SUBMITTED', submittedBy: 'per.berg', submittedAt: '2027-05-03T10:00:00Z' }),
        [`POST /api/reporting/reports/${REPORT}/return`]: (body: unknown) => {
          returns.push(body)
          return report({ status: 'RETURNED', returnComment: 'Skriv mer om sykefraværet.', decidedBy: 'tor.haugen',
            decidedAt: '2027-05-04T09:00:00Z', version: 5 })
        },
      },
    })
    const decide = await screen.findByRole('region', { name: 'Godkjenn eller send i retur' })
    expect(screen.queryByRole('textbox', { name: 'Lederens samlede statustekst' })).not.toBeInTheDocument()
    expect(within(decide).getByRole('button', { name: 'Godkjenn og lås' })).toBeInTheDocument()
    await user.click(within(decide).getByRole('button', { name: 'Send i retur' }))
    expect(within(decide).getByRole('textbox', { name: 'Kommentar: hva skal endres?' })).toHaveAccessibleDescription('Skriv hva som skal endres.')
    expect(returns).toEqual([])
    await user.type(within(decide).getByRole('textbox', { name: 'Kommentar: hva skal endres?' }), 'Skriv mer om sykefraværet.')
    await expectNoAxeViolations('a submitted report for the leader above')
    await user.click(within(decide).getByRole('button', { name: 'Send i retur' }))
    expect(await screen.findByText('Rapporten er sendt i retur.')).toBeInTheDocument()
    expect(returns).toEqual([{ comment: 'Skriv mer om sykefraværet.' }])
    expect(screen.getByText('Sendt i retur av tor.haugen med denne kommentaren:')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Godkjenn eller send i retur' })).not.toBeInTheDocument()
  })

  it('approves a submitted report, which locks it', async () => {
    const { user } = renderApp(`/reports/${REPORT}`, {
      session: tor(),
      responses: {
        [READ]: report({ status: 'SUBMITTED' }),
        [`POST /api/reporting/reports/${REPORT}/approve`]: report({ status: 'APPROVED', locked: true, decidedBy: 'tor.haugen',
          decidedAt: '2027-05-04T09:00:00Z', version: 5 }),
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Godkjenn og lås' }))
    expect(await screen.findByText('Rapporten er godkjent og låst.')).toBeInTheDocument()
    expect(screen.getByText('Rapporten er godkjent og låst. Den kan ikke endres.')).toBeInTheDocument()
  })

  it('shows an approved report read-only to a politician, with the PDF fetched with the token', async () => {
    const createObjectURL = vi.fn(() => 'blob:report')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    const { user, api } = renderApp(`/reports/${REPORT}`, {
      session: as('jon.bakke', ['politiker'], '1000', 'Jon Bakke'),
      responses: {
        [READ]: report({ status: 'APPROVED', locked: true, decidedBy: 'tor.haugen', decidedAt: '2027-05-04T09:00:00Z' }),
        [`GET /api/reporting/reports/${REPORT}/pdf`]: 'pdf-bytes',
      },
    })
    expect(await screen.findByText('Rapporten er godkjent og låst. Den kan ikke endres.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Send inn rapporten' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Godkjenn og lås' })).not.toBeInTheDocument()
    expect(screen.getByText('Følges opp i ledermøtet hver måned.')).toBeInTheDocument()
    await expectNoAxeViolations('an approved report')
    await user.click(screen.getByRole('button', { name: 'Last ned rapporten som PDF' }))
    expect(await screen.findByText('PDF-en er lastet ned.')).toBeInTheDocument()
    expect(api).toHaveBeenCalledWith(`/api/reporting/reports/${REPORT}/pdf`, { blob: true })
    expect(createObjectURL).toHaveBeenCalled()
    expect(click).toHaveBeenCalled()
    click.mockRestore()
  })

  it('links to the unit plan as a PDF', async () => {
    renderApp(`/units/${SCHOOL}/plan/2027`, { session: per() })
    expect(await screen.findByRole('button', { name: 'Last ned som PDF' })).toBeInTheDocument()
  })
})
