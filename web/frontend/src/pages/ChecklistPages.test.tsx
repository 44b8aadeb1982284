import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import type { AnswerInput } from '../api/checklistTypes'
import {
  DISTRIBUTION, Q_COMMENT, Q_DRILLS, Q_EXITS, Q_LIGHTS, Q_TRAINING, RESPONSE, deviation, distribution, responseSummary, sheet, templates,
} from '../test/checklistFixtures'
import { SCHOOL, SECTOR, SFO } from '../test/fixtures'
import { expectNoAxeViolations } from '../test/axe'
import { renderApp, signedIn } from '../test/render'

const per = () => signedIn(['virksomhetsleder'], '2110', 'Per Berg')
const admin = () => signedIn(['admin'], '1000', 'Marit Holm')
const SHEET = `GET /api/checklists/responses/${RESPONSE}`
const ANSWERS = `PUT /api/checklists/responses/${RESPONSE}/answers`
const SUBMIT = `POST /api/checklists/responses/${RESPONSE}/submit`

describe('my checklists', () => {
  it('lists the checklists to answer with title, unit, period, Norwegian deadline and status in words', async () => {
    const { user } = renderApp('/checklists', {
      session: per(),
      responses: {
        'GET /api/checklists/responses/mine': [
          responseSummary({ id: 'r-2', status: 'SUBMITTED', distributionId: 'dist-2', submittedBy: 'per.berg', submittedAt: '2026-10-05T10:00:00Z' }),
          responseSummary(),
        ],
        [`GET /api/checklists/distributions/${DISTRIBUTION}`]: distribution(),
        'GET /api/checklists/distributions/dist-2': distribution({ id: 'dist-2', title: 'Årlig internkontroll 2026', period: '2026',
          periodKind: 'YEAR', periodNumber: 1, deadline: '2026-10-10' }),
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Mine sjekklister' })).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Dine sjekklister (2)' })
    await within(table).findByRole('link', { name: 'HMS-sjekkliste for virksomheter november 2026' })
    const rows = within(table).getAllByRole('row').slice(1)
    // Open ones first: the draft before the submitted one.
    expect(rows[0]).toHaveTextContent('HMS-sjekkliste for virksomheter november 2026Fjordvik skolenovember 202607.12.2026Utkast')
    await waitFor(() => expect(rows[1]).toHaveTextContent('Årlig internkontroll 2026Fjordvik skole202610.10.2026Sendt inn'))
    expect(within(table).getByRole('link', { name: 'HMS-sjekkliste for virksomheter november 2026' }))
      .toHaveAttribute('href', `/checklists/${RESPONSE}`)
    expect(screen.getByRole('navigation', { name: 'Hovedmeny' })).toHaveTextContent('Sjekklister')
    await expectNoAxeViolations('my checklists')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('heading', { level: 1, name: 'My checklists' })).toBeInTheDocument()
  })
})

describe('answering a checklist', () => {
  it('has one labelled input per question type, saves changed answers as a draft and submits with the saved version', async () => {
    const puts: { answers: AnswerInput[] }[] = []
    const submits: unknown[] = []
    const { user } = renderApp(`/checklists/${RESPONSE}`, {
      session: per(),
      responses: {
        [SHEET]: sheet(),
        [ANSWERS]: (body: unknown) => {
          puts.push(body as { answers: AnswerInput[] })
          return sheet({ version: 3 })
        },
        [SUBMIT]: (body: unknown) => {
          submits.push(body)
          return sheet({ version: 4, status: 'SUBMITTED', submittedBy: 'per.berg', submittedAt: '2026-11-21T10:00:00Z' })
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'HMS-sjekkliste for virksomheter november 2026' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Brannvern' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Rømningsveier og nødlys' })).toBeInTheDocument()
    expect(screen.getByText(/Frist 07\.12\.2026\./)).toBeInTheDocument()

    // Yes/no/not relevant: a radio group with the question as its legend; the saved answer is chosen.
    const exits = screen.getByRole('group', { name: 'Er rømningsveiene frie og merket?' })
    expect(within(exits).getByRole('radio', { name: 'Nei' })).toBeChecked()
    const training = screen.getByRole('group', { name: 'Har nyansatte fått brannopplæring?' })
    await user.click(within(training).getByRole('radio', { name: 'Ikke relevant' }))
    await user.type(within(training).getByRole('textbox', { name: 'Hvorfor er det ikke relevant?' }), 'Ingen nyansatte.')
    await user.click(screen.getByRole('checkbox', { name: 'Er nødlyset kontrollert denne måneden?' }))
    const drills = screen.getByRole('textbox', { name: 'Antall brannøvelser denne måneden (valgfritt)' })
    expect(drills).toHaveAccessibleDescription('Et tall, for eksempel 7,5.')
    await user.type(drills, '1,5')
    await user.type(screen.getByRole('textbox', { name: 'Kommentar til arbeidsmiljøet (valgfritt)' }), 'Godt arbeidsmiljø.')
    await expectNoAxeViolations('a checklist being answered')

    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }))
    await waitFor(() => expect(puts).toHaveLength(1))
    expect(puts[0].answers).toEqual([
      { questionId: Q_LIGHTS, checked: true },
      { questionId: Q_DRILLS, number: 1.5 },
      { questionId: Q_TRAINING, choice: 'NOT_RELEVANT', reason: 'Ingen nyansatte.' },
      { questionId: Q_COMMENT, text: 'Godt arbeidsmiljø.' },
    ])
    expect(await screen.findByText(/^Utkastet er lagret /)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Send inn' }))
    expect(await screen.findByText('Sjekklisten er sendt inn.')).toBeInTheDocument()
    expect(puts).toHaveLength(1)
    expect(submits).toEqual([{ version: 3 }])
    // Submitted: read only, answers in words.
    expect(screen.queryByRole('button', { name: 'Send inn' })).not.toBeInTheDocument()
    expect(screen.getByText('Sendt inn', { selector: '.tag' })).toBeInTheDocument()
  })

  it('checks a decimal number and a reason for "not relevant" before sending anything, with a linked summary', async () => {
    const { user, api } = renderApp(`/checklists/${RESPONSE}`, { session: per(), responses: { [SHEET]: sheet() } })
    const training = await screen.findByRole('group', { name: 'Har nyansatte fått brannopplæring?' })
    await user.click(within(training).getByRole('radio', { name: 'Ikke relevant' }))
    await user.type(screen.getByRole('textbox', { name: 'Antall brannøvelser denne måneden (valgfritt)' }), 'to')
    await user.click(screen.getByRole('button', { name: 'Lagre utkast' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Antall brannøvelser denne måneden: Skriv et tall, for eksempel 7,5.' }))
      .toHaveAttribute('href', `#q-${Q_DRILLS}`)
    expect(within(summary).getByRole('link', { name: 'Har nyansatte fått brannopplæring?: Skriv hvorfor spørsmålet ikke er relevant.' }))
      .toHaveAttribute('href', `#q-${Q_TRAINING}`)
    expect(screen.getByRole('textbox', { name: 'Antall brannøvelser denne måneden (valgfritt)' })).toHaveAttribute('aria-invalid', 'true')
    expect(training).toHaveAccessibleDescription('Skriv hvorfor spørsmålet ikke er relevant.')
    expect(api.mock.calls.filter(([, options]) => options?.method === 'PUT')).toEqual([])
    await expectNoAxeViolations('a checklist with errors')
  })

  it('shows a 422 of the submit next to the questions it names and in a linked summary', async () => {
    const { user } = renderApp(`/checklists/${RESPONSE}`, {
      session: per(),
      responses: {
        [SHEET]: sheet(),
        [SUBMIT]: new ApiError(422, {
          status: 422, title: 'Answers that do not fit their questions',
          detail: 'The checklist cannot be submitted: 2 required question(s) have no answer.',
          errors: [
            { questionId: Q_LIGHTS, question: 'Er nødlyset kontrollert denne måneden?', message: 'is required and has no answer' },
            { questionId: Q_TRAINING, question: 'Har nyansatte fått brannopplæring?', message: 'is required and has no answer' },
          ] as never,
        }),
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Send inn' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map(link => link.getAttribute('href'))).toEqual([`#q-${Q_LIGHTS}`, `#q-${Q_TRAINING}`])
    expect(within(summary).getByRole('link', { name: 'Er nødlyset kontrollert denne måneden?: Må besvares før du sender inn.' }))
      .toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Er nødlyset kontrollert denne måneden?' }))
      .toHaveAccessibleDescription('Må besvares før du sender inn.')
    expect(screen.getByRole('group', { name: 'Har nyansatte fått brannopplæring?' }))
      .toHaveAccessibleDescription('Må besvares før du sender inn.')
    await expectNoAxeViolations('a refused submit')
  })

  it('raises a deviation from an answered question with description, severity, responsible and deadline', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp(`/checklists/${RESPONSE}`, {
      session: per(),
      responses: {
        [SHEET]: sheet(),
        [`POST /api/checklists/responses/${RESPONSE}/deviations`]: (body: unknown) => {
          bodies.push(body)
          return deviation()
        },
      },
    })
    // Only answered questions have the button.
    expect(await screen.findAllByRole('button', { name: /^Meld avvik/ })).toHaveLength(1)
    const toggle = screen.getByRole('button', { name: 'Meld avvik (Er rømningsveiene frie og merket?)' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const form = screen.getByRole('group', { name: 'Nytt avvik: Er rømningsveiene frie og merket?' })
    await user.click(within(form).getByRole('button', { name: 'Meld avviket' }))
    expect(within(form).getByRole('textbox', { name: 'Beskrivelse' })).toHaveAttribute('aria-invalid', 'true')
    expect(bodies).toEqual([])
    await user.type(within(form).getByRole('textbox', { name: 'Beskrivelse' }), 'Nødutgangen er blokkert.')
    await user.click(within(form).getByRole('radio', { name: 'Høy' }))
    expect(within(form).getByRole('textbox', { name: 'Ansvarlig for oppfølging' })).toHaveValue('per.berg')
    await user.type(within(form).getByRole('textbox', { name: 'Frist' }), '27.11.2026')
    await expectNoAxeViolations('the deviation form')
    await user.click(within(form).getByRole('button', { name: 'Meld avviket' }))
    expect(await screen.findByText('Avviket er meldt for «Er rømningsveiene frie og merket?».')).toBeInTheDocument()
    expect(bodies).toEqual([{ questionId: Q_EXITS, description: 'Nødutgangen er blokkert.', severity: 'HIGH', responsible: 'per.berg',
      deadline: '2026-11-27' }])
  })

  it('shows a locked checklist read-only with answers in words', async () => {
    renderApp(`/checklists/${RESPONSE}`, {
      session: per(),
      responses: {
        [SHEET]: sheet({ distribution: { ...sheet().distribution, closed: true }, deviations: [deviation()] }),
      },
    })
    expect(await screen.findByText('Sjekklisten er låst. Ingenting kan endres.')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Lagre utkast' })).not.toBeInTheDocument()
    expect(screen.getAllByText('Ikke besvart')).toHaveLength(4)
    expect(screen.getByText(/^Avvik \(Høy\): Nødutgangen ved gymsalen/)).toBeInTheDocument()
    await expectNoAxeViolations('a locked checklist')
  })
})

describe('the deviation register', () => {
  it('lists open deviations of the subtree, with severity and status in words, and filters', async () => {
    const { user } = renderApp('/deviations', {
      session: per(),
      responses: {
        'GET /api/checklists/deviations?subtree=true&status=OPEN&size=200': [deviation()],
        'GET /api/checklists/deviations?subtree=true&status=CLOSED&size=200': [],
        [`GET /api/checklists/deviations?unitId=${SFO}&subtree=false&status=CLOSED&size=200`]: [
          deviation({ id: 'dev-2', unitId: SFO, unitName: 'SFO Fjordvik skole', status: 'CLOSED', severity: 'LOW' })],
      },
    })
    const table = await screen.findByRole('table', { name: 'Avvik (1)' })
    const row = within(table).getAllByRole('row')[1]
    expect(row).toHaveTextContent('Nødutgangen ved gymsalen er blokkert av lager av turnmatter.')
    expect(row).toHaveTextContent('Fjordvik skole')
    expect(row).toHaveTextContent('Høy')
    expect(row).toHaveTextContent('27.11.2026')
    expect(row).toHaveTextContent('Åpent')
    expect(within(row).getByRole('link', { name: 'HMS-sjekkliste for virksomheter november 2026' })).toHaveAttribute('href', `/checklists/${RESPONSE}`)
    expect(within(row).getByRole('link', { name: 'Oppfølging' })).toHaveAttribute('href', '/assignments/a-77')
    await expectNoAxeViolations('the deviation register')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vis' }), 'CLOSED')
    expect(await screen.findByText('Ingen avvik å vise.')).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Ta med enhetene under' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhet' }), SFO)
    expect(await screen.findByRole('heading', { level: 1, name: 'Avviksregister for SFO Fjordvik skole' })).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: 'Avvik (1)' })).toHaveTextContent('Lukket')
  })
})

describe('checklist templates', () => {
  it('lists the templates with a way to give each to units, and defines a new one', async () => {
    const bodies: unknown[] = []
    const { user, router } = renderApp('/admin/checklists', {
      session: admin(),
      responses: {
        'GET /api/checklists/templates': templates,
        'POST /api/checklists/templates': (body: unknown) => {
          bodies.push(body)
          return { id: 'tpl-new' }
        },
      },
    })
    const table = await screen.findByRole('table', { name: 'Maler (2)' })
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('HMS-sjekkliste for virksomheter')
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('HMS')
    expect(within(table).getByRole('link', { name: 'Send ut (HMS-sjekkliste for virksomheter)' }))
      .toHaveAttribute('href', '/admin/checklists/tpl-hms/distribute')
    await expectNoAxeViolations('the templates')

    await user.click(screen.getByRole('link', { name: 'Ny mal' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny mal for sjekkliste' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Opprett malen' }))
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Gi malen et navn.' })).toHaveAttribute('href', '#tpl-name')
    expect(within(summary).getByRole('link', { name: 'Skriv spørsmål 1 i kontrollpunkt 1, kategori 1.' }))
      .toHaveAttribute('href', '#tpl-categories-0-checkpoints-0-questions-0-text')
    expect(bodies).toEqual([])

    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Brannvern')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Område' }), 'INTERNAL_CONTROL')
    await user.type(screen.getByRole('textbox', { name: 'Navn på kategori 1' }), 'Rutiner')
    await user.type(screen.getByRole('textbox', { name: 'Navn på kontrollpunkt 1' }), 'Øvelser')
    await user.type(screen.getByRole('textbox', { name: 'Tekst for spørsmål 1' }), 'Er det holdt brannøvelse?')
    await user.click(screen.getByRole('button', { name: 'Legg til spørsmål i kontrollpunkt 1' }))
    await user.type(screen.getByRole('textbox', { name: 'Tekst for spørsmål 2' }), 'Antall deltakere')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Svartype for spørsmål 2' }), 'NUMBER')
    await user.click(screen.getByRole('checkbox', { name: 'Spørsmål 2 må besvares' }))
    await expectNoAxeViolations('the template editor')
    await user.click(screen.getByRole('button', { name: 'Opprett malen' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/checklists'))
    expect(bodies).toEqual([{
      name: 'Brannvern', area: 'INTERNAL_CONTROL',
      categories: [{ title: 'Rutiner', checkpoints: [{ title: 'Øvelser', questions: [
        { text: 'Er det holdt brannøvelse?', type: 'YES_NO', required: true },
        { text: 'Antall deltakere', type: 'NUMBER', required: false },
      ] }] }],
    }])
  })

  it('shows the service’s field error at the field it names', async () => {
    const { user } = renderApp('/admin/checklists/new', {
      session: admin(),
      responses: {
        'POST /api/checklists/templates': new ApiError(400, { status: 400, detail: 'Invalid request',
          errors: [{ field: 'categories[0].title', message: 'size must be between 0 and 200' }] }),
      },
    })
    await user.type(await screen.findByRole('textbox', { name: 'Navn' }), 'X')
    await user.type(screen.getByRole('textbox', { name: 'Navn på kategori 1' }), 'K')
    await user.type(screen.getByRole('textbox', { name: 'Navn på kontrollpunkt 1' }), 'P')
    await user.type(screen.getByRole('textbox', { name: 'Tekst for spørsmål 1' }), 'Q')
    await user.click(screen.getByRole('button', { name: 'Opprett malen' }))
    expect(await screen.findByRole('textbox', { name: 'Navn på kategori 1' })).toHaveAccessibleDescription('size must be between 0 and 200')
  })

  it('gives a template to a unit and its subtree for a period with a deadline, and says so', async () => {
    const bodies: unknown[] = []
    const { user } = renderApp('/admin/checklists/tpl-hms/distribute', {
      session: admin(),
      responses: {
        'GET /api/checklists/templates/tpl-hms': { id: 'tpl-hms', version: 2, name: 'HMS-sjekkliste for virksomheter', area: 'HSE',
          description: null, categories: [], createdBy: 'marit.holm', createdAt: '2026-11-01T08:00:00Z' },
        'POST /api/checklists/distributions': (body: unknown) => {
          bodies.push(body)
          return distribution({ title: 'HMS-sjekkliste for virksomheter T1 2027', deadline: '2027-04-30' })
        },
      },
    })
    expect(await screen.findByRole('heading', { level: 1, name: 'Send ut «HMS-sjekkliste for virksomheter»' })).toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: 'Tertial' }))
    await user.clear(screen.getByRole('textbox', { name: 'År' }))
    await user.type(screen.getByRole('textbox', { name: 'År' }), '2027')
    await user.type(screen.getByRole('textbox', { name: 'Frist for å svare' }), '30.04.2027')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhet' }), SECTOR)
    await user.click(screen.getByRole('button', { name: 'Legg til en mottaker' }))
    const second = screen.getByRole('group', { name: 'Mottaker 2' })
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Enhet' }), SCHOOL)
    await user.click(within(second).getByRole('checkbox', { name: 'Også alle enhetene under' }))
    await user.type(within(second).getByRole('textbox', { name: /Svarer i tillegg til lederen/ }), 'lars.vik')
    await expectNoAxeViolations('the distribution form')
    await user.click(screen.getByRole('button', { name: 'Send ut' }))
    expect(await screen.findByText('«HMS-sjekkliste for virksomheter T1 2027» er sendt ut med frist 30.04.2027.')).toBeInTheDocument()
    expect(bodies).toEqual([{
      templateId: 'tpl-hms', period: { kind: 'TERTIAL', year: 2027, number: 1 }, deadline: '2027-04-30', includeInMonthlyReport: false,
      targets: [{ unitId: SECTOR, includeSubtree: true }, { unitId: SCHOOL, includeSubtree: false, responsible: 'lars.vik' }],
    }])
  })
})

describe('the status overview of a checklist given out', () => {
  const counts = (submitted: number, draft: number, notStarted: number, completion: number) =>
    ({ assigned: submitted + draft + notStarted, notStarted, draft, submitted, deviationsOpen: 1, deviationsClosed: 0, completion })
  const overview = (unit: { id: string; name: string }, children: { unit: { id: string; name: string }; counts: ReturnType<typeof counts> }[]) => ({
    distributionId: DISTRIBUTION, title: 'HMS-sjekkliste for virksomheter november 2026', deadline: '2026-12-07', closed: false, unit,
    counts: counts(2, 1, 1, 0.5),
    categories: [{ title: 'Brannvern', answered: 3, expected: 8, completion: 0.375, checkpoints: [
      { title: 'Rømningsveier og nødlys', answered: 2, expected: 4, completion: 0.5, questions: [] }] }],
    children,
    notSubmitted: [{ responseId: 'r-9', unit: { id: SFO, name: 'SFO Fjordvik skole' }, status: 'DRAFT', answeredBy: null }],
    moreNotSubmitted: false,
  })

  it('lists the distributions of the year and drills down from a unit to the units below it', async () => {
    const year = new Date().getFullYear()
    const { user } = renderApp('/checklists/overview', {
      session: signedIn(['kommunalsjef'], '2000', 'Tor Haugen'),
      responses: {
        [`GET /api/checklists/distributions?year=${year}`]: [distribution()],
        [`GET /api/checklists/distributions/${DISTRIBUTION}/overview`]: overview({ id: SECTOR, name: 'Oppvekst og kultur' },
          [{ unit: { id: SCHOOL, name: 'Fjordvik skole' }, counts: counts(1, 1, 0, 0.5) }]),
        [`GET /api/checklists/distributions/${DISTRIBUTION}/overview?unitId=${SCHOOL}`]: overview({ id: SCHOOL, name: 'Fjordvik skole' }, []),
      },
    })
    await user.click(await screen.findByRole('link', { name: 'HMS-sjekkliste for virksomheter november 2026' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'HMS-sjekkliste for virksomheter november 2026: Oppvekst og kultur' }))
      .toBeInTheDocument()
    const children = screen.getByRole('table', { name: 'Enhetene under Oppvekst og kultur' })
    expect(within(children).getAllByRole('row')[1].textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Fjordvik skole110150 %')
    const parts = screen.getByRole('table', { name: 'Besvart per kategori og kontrollpunkt' })
    expect(within(parts).getAllByRole('row')[1].textContent?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Brannvern3 av 837,5 %')
    expect(screen.getByText('SFO Fjordvik skole (Utkast): svares av ingen leder')).toBeInTheDocument()
    await expectNoAxeViolations('a checklist status overview')
    await user.click(within(children).getByRole('link', { name: 'Fjordvik skole' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'HMS-sjekkliste for virksomheter november 2026: Fjordvik skole' }))
      .toBeInTheDocument()
  })
})
