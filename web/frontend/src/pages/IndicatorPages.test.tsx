import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { homeVisits, indicator } from '../test/assignmentFixtures'
import { SCHOOL, SFO } from '../test/fixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'
import { periodExample, periodRange } from './IndicatorPage'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')
const { from, to } = periodRange('TERTIAL')
const VALUES = `GET /api/indicators/values?indicatorKey=elevtrivsel-prosent&unitId=${SCHOOL}&from=${from}&to=${to}`
const year = new Date().getFullYear()

function value(period: string, amount: number) {
  return { period, value: amount, current: true, sourceSystem: null, sourceEventId: 'e', corrects: null, replacedBy: null,
    recordedBy: 'per.berg', recordedAt: '2026-05-02T08:00:00Z' }
}

describe('indicators', () => {
  it('lists the definitions in the language shown, with links to each', async () => {
    const { user } = renderApp('/indicators', {
      session: per(), responses: { 'GET /api/indicators/definitions': [indicator(), homeVisits] },
    })
    const table = await screen.findByRole('table', { name: 'Kommunens nøkkeltall (2)' })
    const row = within(table).getByRole('row', { name: /Antall hjemmebesøk/ })
    expect(row).toHaveTextContent('hjemmebesok-antall')
    expect(row).toHaveTextContent('Måned')
    expect(row).toHaveTextContent('Sum')
    expect(row).toHaveTextContent('gerica')
    expect(within(table).getByRole('row', { name: /Andel elever som trives/ })).toHaveTextContent('Registreres for hånd')
    expect(within(table).getByRole('link', { name: 'Andel elever som trives' })).toHaveAttribute('href', '/indicators/ind-1')
    expect(screen.getByRole('link', { name: 'Last opp tall fra en CSV-fil' })).toHaveAttribute('href', '/indicators/upload')
    await expectNoAxeViolations('the indicators')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('link', { name: 'Number of home visits' })).toBeInTheDocument()
  })

  it('shows a unit’s values as a chart with a table, in Norwegian numbers, for the person’s own unit first', async () => {
    const { user } = renderApp('/indicators/ind-1', {
      session: per(),
      responses: {
        'GET /api/indicators/definitions/ind-1': indicator(),
        [VALUES]: [value(`${year - 1}-T3`, 88.5), value(`${year}-T1`, 91)],
        [`GET /api/indicators/values?indicatorKey=elevtrivsel-prosent&unitId=${SFO}&from=${from}&to=${to}`]: [],
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Andel elever som trives' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Vis tallene for' })).toHaveValue(SCHOOL)
    const table = await screen.findByRole('table', { name: new RegExp(`^Tallene: Fjordvik skole, T1 ${year - 1}–T3 ${year}$`) })
    const rows = within(table).getAllByRole('row').slice(1).map(row => plain(row.textContent))
    expect(rows).toEqual([`T3 ${year - 1}88,5 %`, `T1 ${year}91 %`])
    expect(screen.getByRole('figure').querySelectorAll('rect.chart-bar')).toHaveLength(2)
    await expectNoAxeViolations('an indicator with its chart and entry form')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vis tallene for' }), 'SFO Fjordvik skole')
    expect(await screen.findByText('Ingen tall å vise.')).toBeInTheDocument()
  })

  it('enters a value by hand with a decimal comma, and says what it replaced', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp('/indicators/ind-1', {
      session: per(),
      responses: {
        'GET /api/indicators/definitions/ind-1': indicator(),
        [VALUES]: [],
        'POST /api/indicators/values': (body: unknown) => {
          bodies.push(body)
          return { indicatorKey: 'elevtrivsel-prosent', unitId: SCHOOL, period: `${year}-T1`, value: 92.5, previousValue: 91, sourceEventId: 'x' }
        },
      },
    })
    const form = (await screen.findByRole('heading', { level: 2, name: 'Registrer et tall' })).parentElement!
    const period = within(form).getByRole('textbox', { name: 'Periode' })
    expect(period).toHaveAccessibleDescription(`Tertial som åååå-T1, -T2 eller -T3, for eksempel ${periodExample('TERTIAL')}.`)
    await user.type(period, `${year}-5`)
    await user.type(within(form).getByRole('textbox', { name: 'Verdi (%)' }), 'mye')
    await user.click(within(form).getByRole('button', { name: 'Lagre tallet' }))
    expect(period).toHaveAttribute('aria-invalid', 'true')
    expect(within(form).getByRole('textbox', { name: 'Verdi (%)' })).toHaveAccessibleDescription(/Skriv et tall, for eksempel 7,5\./)
    expect(bodies).toEqual([])

    await user.clear(period)
    await user.type(period, `${year}-T1`)
    await user.clear(within(form).getByRole('textbox', { name: 'Verdi (%)' }))
    await user.type(within(form).getByRole('textbox', { name: 'Verdi (%)' }), '92,5')
    await user.click(within(form).getByRole('button', { name: 'Lagre tallet' }))
    const done = await within(form).findByText(/er lagret for Fjordvik skole/)
    expect(plain(done.textContent)).toBe(`92,5 % er lagret for Fjordvik skole, T1 ${year}, og erstatter 91 %.`)
    expect(bodies).toEqual([{ indicatorKey: 'elevtrivsel-prosent', unitId: SCHOOL, period: `${year}-T1`, value: 92.5 }])
  })

  it('shows the service’s refusal of a value next to the form', async () => {
    const { user } = renderApp('/indicators/ind-1', {
      session: per(),
      responses: {
        'GET /api/indicators/definitions/ind-1': indicator(),
        [VALUES]: [],
        'POST /api/indicators/values': new ApiError(422, { status: 422, detail: 'OUT_OF_RANGE: 120 lies outside 0–100.' }),
      },
    })
    await user.type(await screen.findByRole('textbox', { name: 'Periode' }), `${year}-T1`)
    await user.type(screen.getByRole('textbox', { name: 'Verdi (%)' }), '120')
    await user.click(screen.getByRole('button', { name: 'Lagre tallet' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('OUT_OF_RANGE: 120 lies outside 0–100.')
  })

  it('has no entry form for values a fagsystem delivers', async () => {
    renderApp('/indicators/ind-2', {
      session: signedIn(['kommunedirektor'], '1000', 'Ingrid Fjeld'),
      responses: {
        'GET /api/indicators/definitions/ind-2': homeVisits,
        [`GET /api/indicators/values?indicatorKey=hjemmebesok-antall&unitId=u-3000&from=${periodRange('MONTH').from}&to=${periodRange('MONTH').to}`]: [],
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Antall hjemmebesøk' })).toBeInTheDocument()
    expect(await screen.findByText('Ingen tall å vise.')).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Registrer et tall' })).not.toBeInTheDocument()
  })
})

describe('uploading a CSV file', () => {
  const csv = 'indicatorKey;unitCode;period;value\nelevtrivsel-prosent;2110;2027-T1;91\nelevtrivsel-prosent;9999;2027-T1;90\n'

  it('sends the file as it is, follows the progress, and lists the refused rows with line and reason', async () => {
    const uploads: unknown[] = []
    let polls = 0
    const running = { id: 'imp-1', fileName: 'trivsel.csv', state: 'RUNNING', rowsTotal: 2, rowsDone: 0, stored: 0, unchanged: 0, refused: 0, problems: [] }
    const { user, api } = renderApp('/indicators/upload', {
      session: per(),
      responses: {
        'POST /api/indicators/value-imports?fileName=trivsel.csv': (body: unknown) => {
          uploads.push(body)
          return running
        },
        'GET /api/indicators/value-imports/imp-1': () => {
          polls += 1
          return polls < 2
            ? { ...running, rowsDone: 1, stored: 1 }
            : { ...running, state: 'DONE', rowsDone: 2, stored: 1, refused: 1,
              problems: [{ line: 3, code: 'UNKNOWN_UNIT', message: 'The municipality has no unit 9999.' }] }
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Last opp tall' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Last opp' }))
    expect(screen.getByLabelText('CSV-fil')).toHaveAccessibleDescription('Høyst 20 MB. Velg en fil.')

    const file = new File([csv], 'trivsel.csv', { type: 'text/csv' })
    fireEvent.change(screen.getByLabelText('CSV-fil'), { target: { files: [file] } })
    await user.click(screen.getByRole('button', { name: 'Last opp' }))

    const bar = await screen.findByRole('progressbar', { name: /rader lest/ })
    expect(bar).toHaveAttribute('max', '2')
    const table = await screen.findByRole('table', { name: 'Avviste rader (1)' }, { timeout: 5000 })
    expect(within(table).getByRole('row', { name: /3 UNKNOWN_UNIT The municipality has no unit 9999\./ })).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: '2 av 2 rader lest' })).toHaveAttribute('value', '2')
    expect(screen.getAllByText('Ferdig: 1 lagret, 0 uendret, 1 avvist.')).toHaveLength(2)
    const [, options] = api.mock.calls.find(([path]) => String(path).startsWith('/api/indicators/value-imports?'))!
    expect(options).toMatchObject({ method: 'POST', raw: { body: csv, contentType: 'text/csv' } })
    expect(uploads).toEqual([undefined])
    await expectNoAxeViolations('an upload with refused rows')
    await waitFor(() => expect(polls).toBe(2))
  })

  it('shows why the service refused the file (a broken header)', async () => {
    const { user } = renderApp('/indicators/upload', {
      session: per(),
      responses: {
        'POST /api/indicators/value-imports?fileName=feil.csv': new ApiError(422, {
          status: 422, detail: 'The header must name indicatorKey, period, value and one of unitCode and unitId.' }),
      },
    })
    const input = await screen.findByLabelText('CSV-fil')
    fireEvent.change(input, { target: { files: [new File(['a;b\n1;2\n'], 'feil.csv', { type: 'text/csv' })] } })
    await user.click(screen.getByRole('button', { name: 'Last opp' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The header must name indicatorKey')
  })
})
