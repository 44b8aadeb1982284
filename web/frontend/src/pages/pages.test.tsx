import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import { HEALTH, letterToSchool, schoolGoals, SCHOOL, SECTOR, settings, TOP } from '../test/fixtures'
import { renderApp, signedIn, signedOut } from '../test/render'
import { sourceText } from './UnitPlanPage'

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

describe('signing in', () => {
  it('lists the municipalities and signs in to the chosen one, returning to the page asked for', async () => {
    const session = signedOut()
    const { user } = renderApp('/org', { session })

    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
    const group = screen.getByRole('group', { name: 'Velg kommunen din' })
    expect(within(group).getByRole('radio', { name: 'Fjordvik kommune' })).toBeChecked()
    await user.click(within(group).getByRole('radio', { name: 'Nordlia kommune' }))
    await user.click(screen.getByRole('button', { name: 'Logg inn' }))

    expect(session.signIn).toHaveBeenCalledWith('nordlia', '/org')
    expect(screen.queryByRole('navigation', { name: 'Hovedmeny' })).not.toBeInTheDocument()
  })

  it('shows the accessibility statement without signing in', async () => {
    renderApp('/accessibility', { session: signedOut() })
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /uutilsynet\.no/ })).toHaveAttribute('href', 'https://www.uutilsynet.no/')
  })
})

describe('the frame of every page', () => {
  it('starts with a skip link to the main landmark, and has banner, navigation and footer', async () => {
    renderApp('/')
    const skip = screen.getAllByRole('link')[0]
    expect(skip).toHaveTextContent('Hopp til hovedinnholdet')
    expect(skip).toHaveAttribute('href', '#main')
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen, Per Berg' })).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Velkommen, Per Berg – Virksomhetsplan'))
  })

  it('offers in the menu only what the person can use', async () => {
    renderApp('/')
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' })
    expect(await within(menu).findByRole('link', { name: 'Virksomhetsplan' })).toHaveAttribute('href', '/plan')
    expect(within(menu).getByRole('link', { name: 'Forside' })).toHaveAttribute('aria-current', 'page')
    expect(within(menu).queryByRole('link', { name: 'Planår' })).not.toBeInTheDocument()
    expect(within(menu).queryByRole('link', { name: 'Innstillinger' })).not.toBeInTheDocument()
  })

  it('shows the admin pages in the menu to an administrator', async () => {
    renderApp('/', { session: signedIn(['admin'], '1100', 'Marit Holm') })
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' })
    expect(within(menu).getByRole('link', { name: 'Planår' })).toHaveAttribute('href', '/admin/plan-years')
    expect(within(menu).getByRole('link', { name: 'Innstillinger' })).toHaveAttribute('href', '/admin/settings')
  })

  it('finds the person’s own plan from the menu', async () => {
    const { user, router } = renderApp('/', {
      responses: {
        [`GET /api/plans/org-units/${SCHOOL}/goals?year=2027`]: schoolGoals,
        [`GET /api/plans/letters?year=2027&toUnitId=${SCHOOL}`]: [],
        [`GET /api/plans/letters?year=2027&fromUnitId=${SCHOOL}`]: [],
      },
    })
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' })
    await user.click(within(menu).getByRole('link', { name: 'Virksomhetsplan' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Virksomhetsplan 2027' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/units/${SCHOOL}/plan/2027`)
    expect(within(menu).getByRole('link', { name: 'Virksomhetsplan' })).toHaveAttribute('aria-current', 'page')
  })

  it('switches language on request, for the labels and the page language', async () => {
    const { user } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'Velkommen, Per Berg' })
    await user.click(screen.getByRole('button', { name: 'Nynorsk' }))
    expect(screen.getByRole('heading', { level: 1, name: 'Velkomen, Per Berg' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Nynorsk' })).toHaveAttribute('aria-pressed', 'true')
    expect(document.documentElement.lang).toBe('nn')
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('en')
  })

  it('follows the municipality’s language and terminology from its settings', async () => {
    const own = settings({ language: 'nn' })
    own.terminology['concept.unitPlan'] = { nb: 'enhetsplan', nn: 'einingsplan', en: 'business plan' }
    renderApp('/', { responses: { 'GET /api/plans/settings': own } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkomen, Per Berg' })).toBeInTheDocument()
    const menu = screen.getByRole('navigation', { name: 'Hovudmeny' })
    expect(await within(menu).findByRole('link', { name: 'Einingsplan' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('nn')
  })

  it('says so when the address is not a page', async () => {
    renderApp('/no/such/page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument()
  })
})

describe('the org tree', () => {
  it('shows a unit with breadcrumbs, its facts and the units under it, and drills down', async () => {
    const { user } = renderApp(`/org/${SECTOR}`, { responses: { [`GET /api/plans/org-units/${SECTOR}/history`]: [] } })

    expect(await screen.findByRole('heading', { level: 1, name: 'Oppvekst og kultur' })).toBeInTheDocument()
    const crumbs = screen.getByRole('navigation', { name: 'Du er her' })
    expect(within(crumbs).getByRole('link', { name: 'Fjordvik kommune' })).toHaveAttribute('href', `/org/${TOP}`)
    expect(within(crumbs).getByText('Oppvekst og kultur')).toHaveAttribute('aria-current', 'page')
    expect(screen.getByText('tor.haugen')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Se virksomhetsplan 2027' })).toHaveAttribute('href', `/units/${SECTOR}/plan/2027`)

    const children = screen.getByRole('heading', { level: 2, name: 'Enheter under Oppvekst og kultur' }).parentElement!
    await user.click(within(children).getByRole('link', { name: 'Fjordvik skole' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Fjordvik skole' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Du er her' })).getByRole('link', { name: 'Oppvekst og kultur' }))
      .toHaveAttribute('href', `/org/${SECTOR}`)
    expect(screen.getByText(/2111 · Avdeling/)).toBeInTheDocument()
  })

  it('starts at the top and finds units by name or code', async () => {
    const { user } = renderApp('/org', { responses: { [`GET /api/plans/org-units/${TOP}/history`]: [] } })
    expect(await screen.findByRole('heading', { level: 1, name: 'Fjordvik kommune' })).toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: 'Du er her' })).not.toBeInTheDocument()
    await user.type(screen.getByRole('searchbox', { name: 'Søk etter enhet' }), 'skole')
    expect(screen.getByText('2 enheter passer søket.')).toBeInTheDocument()
    const results = screen.getByRole('list', { name: 'Søkeresultat' })
    expect(within(results).getByRole('link', { name: 'SFO Fjordvik skole' })).toBeInTheDocument()
    await user.clear(screen.getByRole('searchbox', { name: 'Søk etter enhet' }))
    await user.type(screen.getByRole('searchbox', { name: 'Søk etter enhet' }), '3000')
    expect(screen.getByText('1 enhet passer søket.')).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Søkeresultat' })).getByRole('link', { name: 'Helse og velferd' }))
      .toHaveAttribute('href', `/org/${HEALTH}`)
  })

  it('shows the tree on a day typed the Norwegian way', async () => {
    const { user, router, api } = renderApp(`/org/${SCHOOL}`, {
      responses: {
        [`GET /api/plans/org-units/${SCHOOL}/history`]: [],
        'GET /api/plans/org-units?at=2026-02-01': [],
      },
    })
    const day = await screen.findByRole('textbox', { name: 'Vis organisasjonen slik den var eller blir på dato' })
    await user.type(day, '30.02.2026')
    await user.click(screen.getByRole('button', { name: 'Vis' }))
    expect(day).toHaveAccessibleDescription(/Skriv en gyldig dato som dd\.mm\.åååå\./)
    await user.clear(day)
    await user.type(day, '1.2.2026')
    await user.click(screen.getByRole('button', { name: 'Vis' }))
    expect(router.state.location.search).toBe('?at=2026-02-01')
    await waitFor(() => expect(api).toHaveBeenCalledWith('/api/plans/org-units?at=2026-02-01', expect.anything()))
    expect(await screen.findByText('Fant ikke enheten i organisasjonen.')).toBeInTheDocument()
  })

  it('shows the unit’s history with Norwegian dates', async () => {
    renderApp(`/org/${SCHOOL}`, {
      responses: {
        [`GET /api/plans/org-units/${SCHOOL}/history`]: [
          { validFrom: '2026-01-01', validTo: '2027-01-01', parentId: TOP, path: [TOP], name: 'Fjordvik barneskole', externalCode: '2110', levelName: 'Virksomhet', leader: null },
          { validFrom: '2027-01-01', validTo: null, parentId: SECTOR, path: [TOP, SECTOR], name: 'Fjordvik skole', externalCode: '2110', levelName: 'Virksomhet', leader: 'per.berg' },
        ],
      },
    })
    const table = await screen.findByRole('table', { name: 'Slik har Fjordvik skole vært over tid' })
    const rows = within(table).getAllByRole('row')
    expect(rows[1]).toHaveTextContent('01.01.202601.01.2027Fjordvik barneskoleFjordvik kommune')
    expect(rows[2]).toHaveTextContent('01.01.2027i dagFjordvik skoleOppvekst og kultur')
  })
})

describe('a unit’s plan for a year', () => {
  const planResponses = (letter = letterToSchool()) => ({
    [`GET /api/plans/org-units/${SCHOOL}/goals?year=2027`]: schoolGoals,
    [`GET /api/plans/letters?year=2027&toUnitId=${SCHOOL}`]: [letter],
    [`GET /api/plans/letters?year=2027&fromUnitId=${SCHOOL}`]: [],
  })

  it('shows the letter, the goals with their source and measure indicators in Norwegian format', async () => {
    renderApp(`/units/${SCHOOL}/plan/2027`, { responses: planResponses() })

    expect(await screen.findByRole('heading', { level: 1, name: 'Virksomhetsplan 2027' })).toBeInTheDocument()
    const letter = await screen.findByRole('article', { name: 'Oppdragsbrev 2027 – Fjordvik skole' })
    expect(within(letter).getByText('Sendt, venter på kvittering')).toBeInTheDocument()
    expect(plain(within(letter).getByText(/^Sendt 06\.01\.2027/).textContent)).toBe('Sendt 06.01.2027, 10:30 av tor.haugen')
    expect(plain(within(letter).getByText(/kr$/).textContent)).toBe('48 250 000 kr')
    expect(within(letter).getByRole('heading', { name: 'Mål i brevet' })).toBeInTheDocument()

    expect(await screen.findByRole('heading', { level: 3, name: 'Mobbing avdekkes og stoppes raskt' })).toBeInTheDocument()
    expect(screen.getByText(/Politisk vedtak: Kommunestyret, sak PS 45\/26 \(vedtatt 14\.12\.2026\)/)).toBeInTheDocument()
    expect(sourceText('Handlings- og økonomiplan', 'Handlings- og økonomiplan 2027–2030')).toBe('Handlings- og økonomiplan 2027–2030')
    expect(sourceText('Kommuneplan', 'Samfunnsdelen')).toBe('Kommuneplan: Samfunnsdelen')
    expect(screen.getByText('Gode oppvekstvilkår › Alle elever opplever et trygt skolemiljø')).toBeInTheDocument()
    const indicators = screen.getByRole('table', { name: 'Måleindikatorer for «Mobbing avdekkes og stoppes raskt»' })
    const row = within(indicators).getByRole('row', { name: /Sykefravær/ })
    expect(plain(row.textContent)).toBe('Sykefravær7,5 %Lavere er bedreingen')
  })

  it('lets the receiving leader acknowledge the letter, and says it is done', async () => {
    const acknowledged = letterToSchool({ mayAcknowledge: false })
    acknowledged.latest = { ...acknowledged.latest, state: 'ACKNOWLEDGED', acknowledgedAt: '2027-01-07T10:00:00Z', acknowledgedBy: 'per.berg' }
    const { user, api } = renderApp(`/units/${SCHOOL}/plan/2027`, {
      responses: { ...planResponses(), 'POST /api/plans/letters/l-1/acknowledge': acknowledged },
    })

    await user.click(await screen.findByRole('button', { name: 'Kvitter for revisjon 1' }))
    expect(api).toHaveBeenCalledWith('/api/plans/letters/l-1/acknowledge', { method: 'POST', body: { revision: 1 } })
    expect(await screen.findByText('Du har kvittert for «Oppdragsbrev 2027 – Fjordvik skole».')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Kvitter for revisjon 1' })).not.toBeInTheDocument()
  })

  it('explains when the person may not see the unit’s plan', async () => {
    renderApp(`/units/${HEALTH}/plan/2027`, {
      responses: {
        [`GET /api/plans/org-units/${HEALTH}/goals?year=2027`]: new ApiError(403, { title: 'Forbidden' }),
        [`GET /api/plans/letters?year=2027&toUnitId=${HEALTH}`]: [],
        [`GET /api/plans/letters?year=2027&fromUnitId=${HEALTH}`]: [],
      },
    })
    expect(await screen.findByText(/Du har ikke tilgang til planen for Helse og velferd/)).toBeInTheDocument()
  })

  it('changes year with the year chooser', async () => {
    const { user, router } = renderApp(`/units/${SCHOOL}/plan/2027`, { responses: planResponses() })
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Planår' }), '2028')
    await user.click(screen.getByRole('button', { name: 'Vis' }))
    expect(router.state.location.pathname).toBe(`/units/${SCHOOL}/plan/2028`)
  })
})

describe('plan years', () => {
  it('lets the kommunedirektør activate a year in planning and open a new one', async () => {
    const session = signedIn(['kommunedirektor'], '1000', 'Ingrid Fjeld')
    const { user, api } = renderApp('/admin/plan-years', {
      session,
      responses: {
        'POST /api/plans/plan-years/2028/activate': { year: 2028, state: 'ACTIVE', version: 2 },
        'POST /api/plans/plan-years': { year: 2029, state: 'PLANNING', version: 1 },
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Aktiver 2028' }))
    expect(api).toHaveBeenCalledWith('/api/plans/plan-years/2028/activate', { method: 'POST', body: {} })
    expect(await screen.findByText('Planåret 2028 er aktivt.')).toBeInTheDocument()

    await user.type(screen.getByRole('textbox', { name: 'År' }), '20x9')
    await user.click(screen.getByRole('button', { name: 'Åpne planår' }))
    expect(screen.getByRole('textbox', { name: 'År' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'År' })).toHaveAccessibleDescription(/Skriv et årstall med fire sifre\./)
    await user.clear(screen.getByRole('textbox', { name: 'År' }))
    await user.type(screen.getByRole('textbox', { name: 'År' }), '2029')
    await user.click(screen.getByRole('button', { name: 'Åpne planår' }))
    expect(api).toHaveBeenCalledWith('/api/plans/plan-years', { method: 'POST', body: { year: 2029 } })
  })

  it('asks before closing a year', async () => {
    const { user, api } = renderApp('/admin/plan-years', {
      session: signedIn(['admin'], '1100'),
      responses: { 'POST /api/plans/plan-years/2027/close': { year: 2027, state: 'CLOSED', version: 3 } },
    })
    await user.click(await screen.findByRole('button', { name: 'Lukk 2027' }))
    expect(api).not.toHaveBeenCalledWith('/api/plans/plan-years/2027/close', expect.anything())
    await user.click(screen.getByRole('button', { name: 'Ja, lukk 2027' }))
    expect(api).toHaveBeenCalledWith('/api/plans/plan-years/2027/close', { method: 'POST', body: {} })
  })

  it('is read-only for others', async () => {
    renderApp('/admin/plan-years')
    expect(await screen.findByRole('table', { name: 'Kommunens planår' })).toBeInTheDocument()
    expect(screen.getByText(/Bare kommunedirektør og administrator kan/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Aktiver/ })).not.toBeInTheDocument()
  })
})

describe('settings', () => {
  it('lets an administrator rename a concept and choose the language', async () => {
    let saved: unknown
    const { user } = renderApp('/admin/settings', {
      session: signedIn(['admin'], '1100', 'Marit Holm'),
      responses: {
        'PUT /api/plans/settings': (body: unknown) => {
          saved = body
          return { ...(body as object), version: 4 }
        },
      },
    })
    const unitPlan = await screen.findByRole('group', { name: 'Enhetens plan' })
    const nbName = within(unitPlan).getByRole('textbox', { name: 'Bokmål' })
    await user.clear(nbName)
    await user.type(nbName, 'enhetsplan')
    await user.click(screen.getByRole('radio', { name: 'Nynorsk' }))
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))

    await waitFor(() => expect(saved).toBeDefined())
    expect(saved).toMatchObject({ version: 3, language: 'nn', terminology: { 'concept.unitPlan': { nb: 'enhetsplan', nn: 'verksemdsplan' } } })
    expect((saved as { assignmentTypes: unknown[] }).assignmentTypes).toHaveLength(1)
    expect(await screen.findByText('Innstillingane er lagra.')).toBeInTheDocument()
  })

  it('lists the names that are missing, linked to their fields', async () => {
    const { user, api } = renderApp('/admin/settings', { session: signedIn(['admin'], '1100') })
    const goal = await screen.findByRole('group', { name: 'Mål' })
    await user.clear(within(goal).getByRole('textbox', { name: 'English' }))
    await user.click(screen.getByRole('button', { name: 'Lagre innstillingene' }))

    const summary = screen.getByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Skriv et navn for Mål (English).' })).toHaveAttribute('href', '#term-concept-goal-en')
    expect(summary).toHaveFocus()
    expect(api).not.toHaveBeenCalledWith('/api/plans/settings', expect.objectContaining({ method: 'PUT' }))
  })

  it('explains a conflict with someone else’s change', async () => {
    const { user } = renderApp('/admin/settings', {
      session: signedIn(['admin'], '1100'),
      responses: { 'PUT /api/plans/settings': new ApiError(409, { title: 'Conflict', detail: 'version 3 is not the current' }) },
    })
    await user.click(await screen.findByRole('button', { name: 'Lagre innstillingene' }))
    expect(await screen.findByText(/Noen andre har endret innstillingene/)).toBeInTheDocument()
  })
})
