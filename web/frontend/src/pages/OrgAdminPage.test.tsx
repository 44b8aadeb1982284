import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ApiError } from '../api/client'
import type { OrgUnit, OrgUnitPeriod } from '../api/types'
import { expectNoAxeViolations } from '../test/axe'
import { HEALTH, SCHOOL, SECTOR, SFO, TOP, tree } from '../test/fixtures'
import { renderApp, signedIn, type Responses } from '../test/render'

const marit = () => {
  const session = signedIn(['admin'], '1100', 'Marit Holm')
  return { ...session, user: { ...session.user!, username: 'marit.holm' } }
}
const byId = (id: string) => tree.find(u => u.id === id)!

function history(unit: OrgUnit): OrgUnitPeriod[] {
  return [{ validFrom: unit.validFrom, validTo: null, parentId: unit.parentId, path: unit.path, name: unit.name,
    externalCode: unit.externalCode, levelName: unit.levelName, leader: unit.leader }]
}

const histories: Responses = Object.fromEntries(tree.map(u => [`GET /api/plans/org-units/${u.id}/history`, history(u)]))

function renderAdmin(responses: Responses = {}) {
  return renderApp('/admin/org', { session: marit(), responses: { ...histories, ...responses } })
}

async function chooseInTree(name: RegExp) {
  const treeList = await screen.findByRole('list', { name: 'Organisasjonen' })
  return within(treeList).getByRole('button', { name })
}

describe('org chart administration', () => {
  it('shows the tree with levels that open and close by keyboard, and the chosen unit with its history', async () => {
    const { user } = renderAdmin()
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisasjonskartet' })).toBeInTheDocument()
    const menu = screen.getByRole('navigation', { name: 'Hovedmeny' })
    expect(within(menu).getByRole('link', { name: 'Organisasjonskart' })).toHaveAttribute('aria-current', 'page')

    const treeList = await screen.findByRole('list', { name: 'Organisasjonen' })
    const topToggle = within(treeList).getByRole('button', { name: 'Enhetene under Fjordvik kommune (2)' })
    expect(topToggle).toHaveAttribute('aria-expanded', 'true')
    expect(within(treeList).getByRole('button', { name: /^Oppvekst og kultur\s*2000$/ })).toBeInTheDocument()
    expect(within(treeList).queryByRole('button', { name: /^Fjordvik skole/ })).not.toBeInTheDocument()

    const sectorToggle = within(treeList).getByRole('button', { name: 'Enhetene under Oppvekst og kultur (1)' })
    expect(sectorToggle).toHaveAttribute('aria-expanded', 'false')
    sectorToggle.focus()
    await user.keyboard('{Enter}')
    expect(sectorToggle).toHaveAttribute('aria-expanded', 'true')
    const school = within(treeList).getByRole('button', { name: /^Fjordvik skole\s*2110$/ })
    school.focus()
    await user.keyboard(' ')
    expect(school).toHaveAttribute('aria-current', 'true')
    expect(school).toHaveTextContent('(valgt)')
    expect(await screen.findByRole('heading', { level: 2, name: 'Fjordvik skole' })).toBeInTheDocument()
    expect(screen.getByText('per.berg', { selector: 'dd' })).toBeInTheDocument()
    expect(await screen.findByRole('table', { name: 'Slik har Fjordvik skole vært over tid' })).toBeInTheDocument()
    await expectNoAxeViolations('the org chart with a unit chosen')

    sectorToggle.focus()
    await user.keyboard('{Enter}')
    expect(within(treeList).queryByRole('button', { name: /^Fjordvik skole/ })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Vis alle nivåer' }))
    expect(within(treeList).getByRole('button', { name: /^SFO Fjordvik skole/ })).toBeInTheDocument()
  })

  it('finds a unit by name instead of walking the tree', async () => {
    const { user } = renderAdmin()
    const search = await screen.findByRole('searchbox', { name: /^Søk: Enhet/ })
    await user.type(search, 'sfo')
    expect(screen.getByText('1 enhet passer søket.')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Enhet' }), 'SFO Fjordvik skole (2111) under Fjordvik skole')
    await user.click(screen.getByRole('button', { name: 'Velg enheten' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'SFO Fjordvik skole' })).toBeInTheDocument()
    expect(within(screen.getByRole('list', { name: 'Organisasjonen' })).getByRole('button', { name: /^SFO Fjordvik skole/ }))
      .toHaveAttribute('aria-current', 'true')
  })

  it('adds a unit under the chosen one, after pointing out what is missing at the fields', async () => {
    const bodies: unknown[] = []
    const created: OrgUnit = { id: 'u-new', parentId: SCHOOL, path: [TOP, SECTOR, SCHOOL], name: 'Fjordvik skole – 1. trinn',
      externalCode: '2112', levelName: 'Avdeling', leader: 'kari.nes', validFrom: '2027-08-01', validTo: null, closedFrom: null, version: 1 }
    const { user, api } = renderAdmin({
      'POST /api/plans/org-units': (body: unknown) => {
        bodies.push(body)
        return created
      },
    })
    await user.click(await chooseInTree(/^Oppvekst og kultur/))
    await user.click(screen.getByRole('button', { name: 'Enhetene under Oppvekst og kultur (1)' }))
    await user.click(await chooseInTree(/^Fjordvik skole\s*2110/))
    await user.click(screen.getByRole('button', { name: 'Legg til enhet under' }))
    const form = screen.getByRole('form', { name: 'Ny enhet under Fjordvik skole' })
    expect(within(form).getByRole('heading', { level: 3, name: 'Ny enhet under Fjordvik skole' })).toHaveFocus()

    await user.type(within(form).getByRole('textbox', { name: /^Leders brukernavn\s*\(valgfritt\)$/ }), 'kari nes')
    await user.type(within(form).getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ }), '31.02.2027')
    await user.click(within(form).getByRole('button', { name: 'Legg til enheten' }))
    const summary = within(form).getByRole('alert')
    expect(summary).toHaveFocus()
    expect(within(summary).getByRole('link', { name: 'Skriv navnet på enheten.' })).toHaveAttribute('href', '#unit-add-name')
    expect(within(form).getByRole('textbox', { name: 'Navn' })).toHaveAccessibleDescription('Skriv navnet på enheten.')
    expect(within(form).getByRole('textbox', { name: /^Leders brukernavn\s*\(valgfritt\)$/ }))
      .toHaveAccessibleDescription(/Lederens brukernavn kan ikke ha mellomrom\./)
    expect(within(form).getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ })).toHaveAccessibleDescription(/Skriv en gyldig dato/)
    await expectNoAxeViolations('the new-unit form with errors')
    expect(bodies).toEqual([])

    await user.type(within(form).getByRole('textbox', { name: 'Navn' }), 'Fjordvik skole – 1. trinn')
    await user.type(within(form).getByRole('textbox', { name: /^Ansvarsnummer\s*\(valgfritt\)$/ }), '2112')
    await user.type(within(form).getByRole('textbox', { name: /^Nivå\s*\(valgfritt\)$/ }), 'Avdeling')
    await user.clear(within(form).getByRole('textbox', { name: /^Leders brukernavn\s*\(valgfritt\)$/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Leders brukernavn\s*\(valgfritt\)$/ }), 'kari.nes')
    await user.clear(within(form).getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ }))
    await user.type(within(form).getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ }), '1.8.2027')
    const treeCalls = api.mock.calls.filter(([path]) => path === '/api/plans/org-units').length
    await user.click(within(form).getByRole('button', { name: 'Legg til enheten' }))

    const saved = await screen.findByText('Fjordvik skole – 1. trinn er lagt til under Fjordvik skole fra 01.08.2027.')
    expect(saved.closest('[role="status"]')).toHaveAttribute('aria-live', 'polite')
    expect(bodies).toEqual([{ name: 'Fjordvik skole – 1. trinn', externalCode: '2112', levelName: 'Avdeling', leader: 'kari.nes',
      validFrom: '2027-08-01', parentId: SCHOOL }])
    await waitFor(() => expect(api.mock.calls.filter(([path]) => path === '/api/plans/org-units').length).toBeGreaterThan(treeCalls))
  })

  it('renames a unit with its version, and on a 409 says someone else changed it and reloads it', async () => {
    const bodies: unknown[] = []
    let treeReads = 0
    const renamedByOther = tree.map(u => (u.id === HEALTH ? { ...u, name: 'Helse, omsorg og velferd', version: 2 } : u))
    const { user } = renderAdmin({
      'GET /api/plans/org-units': () => (++treeReads === 1 ? tree : renamedByOther),
      [`PUT /api/plans/org-units/${HEALTH}`]: (body: unknown) => {
        bodies.push(body)
        if (bodies.length === 1) {
          throw new ApiError(409, { status: 409, title: 'Conflict',
            detail: 'Helse og velferd has been changed since you read it (it is at version 2, your change was based on version 1). Reload it and try again.' })
        }
        return { ...byId(HEALTH), name: 'Helse og mestring', version: 3 }
      },
    })
    await user.click(await chooseInTree(/^Helse og velferd/))
    await user.click(screen.getByRole('button', { name: 'Endre enheten' }))
    let form = screen.getByRole('form', { name: 'Endre Helse og velferd' })
    const name = within(form).getByRole('textbox', { name: 'Navn' })
    expect(name).toHaveValue('Helse og velferd')
    expect(within(form).getByRole('textbox', { name: /^Leders brukernavn\s*\(valgfritt\)$/ })).toHaveValue('anne.lie')
    await user.clear(name)
    await user.type(name, 'Helse og mestring')
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }))

    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('Noen andre har endret enheten mens du arbeidet.')
    expect(alert).toHaveTextContent('it is at version 2')
    expect(bodies[0]).toEqual({ name: 'Helse og mestring', externalCode: '3000', levelName: 'Kommunalområde', leader: 'anne.lie',
      validFrom: undefined, version: 1 })
    await expectNoAxeViolations('a conflict')

    await user.click(within(alert).getByRole('button', { name: 'Last inn enheten på nytt' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Helse, omsorg og velferd' })).toBeInTheDocument()
    form = screen.getByRole('form', { name: 'Endre Helse, omsorg og velferd' })
    expect(within(form).getByRole('textbox', { name: 'Navn' })).toHaveValue('Helse, omsorg og velferd')
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument()
    await user.clear(within(form).getByRole('textbox', { name: 'Navn' }))
    await user.type(within(form).getByRole('textbox', { name: 'Navn' }), 'Helse og mestring')
    await user.click(within(form).getByRole('button', { name: 'Lagre endringene' }))
    expect(await screen.findByText('Endringene av Helse og mestring er lagret fra i dag.')).toBeInTheDocument()
    expect(bodies[1]).toMatchObject({ name: 'Helse og mestring', version: 2 })
  })

  it('moves a unit under a parent chosen by name, never below itself, and shows the service’s refusal', async () => {
    const bodies: unknown[] = []
    const { user } = renderAdmin({
      [`POST /api/plans/org-units/${SECTOR}/move`]: (body: unknown) => {
        bodies.push(body)
        if (bodies.length === 1) {
          throw new ApiError(422, { status: 422, detail: 'Helse og velferd closes from 2027-06-01. A unit can be changed only while it exists.' })
        }
        return { ...byId(SECTOR), parentId: HEALTH, path: [TOP, HEALTH], version: 2 }
      },
    })
    await user.click(await chooseInTree(/^Oppvekst og kultur/))
    await user.click(screen.getByRole('button', { name: 'Flytt enheten' }))
    const form = screen.getByRole('form', { name: 'Flytt Oppvekst og kultur' })
    const parent = within(form).getByRole('combobox', { name: 'Ny plassering (enheten den skal ligge under)' })
    const options = within(parent).getAllByRole('option').map(o => o.textContent)
    // Not itself, not a unit below it, not where it already is.
    expect(options).toEqual(['Velg en enhet', 'Helse og velferd (3000) under Fjordvik kommune'])

    await user.click(within(form).getByRole('button', { name: 'Flytt enheten' }))
    expect(parent).toHaveAccessibleDescription('Velg enheten den skal ligge under.')
    expect(bodies).toEqual([])

    await user.type(within(form).getByRole('searchbox', { name: /^Søk: Ny plassering/ }), 'helse')
    await user.selectOptions(parent, 'Helse og velferd (3000) under Fjordvik kommune')
    await user.type(within(form).getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ }), '01.06.2027')
    await user.click(within(form).getByRole('button', { name: 'Flytt enheten' }))
    expect(await within(form).findByText(/Helse og velferd closes from 2027-06-01/)).toBeInTheDocument()
    expect(bodies[0]).toEqual({ parentId: HEALTH, validFrom: '2027-06-01', version: 1 })

    await user.click(within(form).getByRole('button', { name: 'Flytt enheten' }))
    expect(await screen.findByText('Oppvekst og kultur er flyttet under Helse og velferd fra 01.06.2027.')).toBeInTheDocument()
  })

  it('closes a unit from a day', async () => {
    const bodies: unknown[] = []
    const { user } = renderAdmin({
      [`POST /api/plans/org-units/${SFO}/close`]: (body: unknown) => {
        bodies.push(body)
        return { ...byId(SFO), validTo: '2027-08-01', closedFrom: '2027-08-01', version: 2 }
      },
    })
    await user.click(await screen.findByRole('button', { name: 'Vis alle nivåer' }))
    await user.click(await chooseInTree(/^SFO Fjordvik skole/))
    await user.click(screen.getByRole('button', { name: 'Legg ned enheten' }))
    const form = screen.getByRole('form', { name: 'Legg ned SFO Fjordvik skole' })
    await user.type(within(form).getByRole('textbox', { name: /^Legges ned fra\s*\(valgfritt\)$/ }), '1.8.2027')
    await user.click(within(form).getByRole('button', { name: 'Legg ned enheten' }))
    expect(await screen.findByText('SFO Fjordvik skole legges ned fra 01.08.2027.')).toBeInTheDocument()
    expect(bodies).toEqual([{ closedFrom: '2027-08-01', version: 1 }])
  })

  it('offers neither move nor close for the top of the tree', async () => {
    renderAdmin()
    expect(await screen.findByRole('heading', { level: 2, name: 'Fjordvik kommune' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Endre enheten' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Flytt enheten' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Legg ned enheten' })).not.toBeInTheDocument()
  })

  it('reads a tree from a CSV file, and lists every problem of a refused file with line and column', async () => {
    const csv = 'externalCode,name,levelName,parentExternalCode,leaderUsername\n4000,Teknisk,Kommunalområde,1000,\n4100,,Virksomhet,9999,ola nordmann\n'
    let posts = 0
    const { user, api } = renderAdmin({
      'POST /api/plans/org-units/import?validFrom=2027-09-01': () => {
        posts += 1
        if (posts === 1) {
          throw new ApiError(400, { status: 400, title: 'Invalid org-tree file', detail: 'The file has 3 problems.', errors: [
            { line: 3, field: 'name', message: 'The name is empty.' },
            { line: 3, field: 'parentExternalCode', message: 'No unit has the code 9999.' },
            { line: 4, field: null, message: 'The line has 4 values, not 5.' },
          ] as never })
        }
        return { created: 2 }
      },
    })
    await screen.findByRole('heading', { level: 2, name: 'Les inn fra CSV-fil' })
    await user.click(screen.getByRole('button', { name: 'Les inn filen' }))
    expect(screen.getByLabelText('CSV-fil')).toHaveAccessibleDescription('UTF-8, komma mellom feltene, høyst 10 MB. Velg en CSV-fil.')

    fireEvent.change(screen.getByLabelText('CSV-fil'), { target: { files: [new File([csv], 'tre.csv', { type: 'text/csv' })] } })
    await user.type(screen.getByRole('textbox', { name: /^Gjelder fra\s*\(valgfritt\)$/ }), '01.09.2027')
    await user.click(screen.getByRole('button', { name: 'Les inn filen' }))

    const table = await screen.findByRole('table', { name: 'Feil i filen (3)' })
    const rows = within(table).getAllByRole('row').slice(1).map(r => within(r).getAllByRole('cell').map(c => c.textContent))
    expect(rows).toEqual([
      ['3', 'name', 'The name is empty.'],
      ['3', 'parentExternalCode', 'No unit has the code 9999.'],
      ['4', 'hele linjen', 'The line has 4 values, not 5.'],
    ])
    expect(screen.getByText('Filen ble ikke lest inn. Rett feilene (3) og prøv igjen.')).toBeInTheDocument()
    const [, options] = api.mock.calls.find(([path]) => String(path).startsWith('/api/plans/org-units/import'))!
    expect(options).toMatchObject({ method: 'POST', raw: { body: csv, contentType: 'text/csv' } })
    await expectNoAxeViolations('a refused org-tree file')

    await user.click(screen.getByRole('button', { name: 'Les inn filen' }))
    expect(await screen.findByText('2 enheter er lest inn.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Feil i filen/ })).not.toBeInTheDocument()
  })

  it('is for administrators only, and speaks nynorsk and English', async () => {
    renderApp('/admin/org', { session: signedIn(['virksomhetsleder']) })
    expect(await screen.findByText('Bare administrator kan endre organisasjonskartet.')).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).queryByRole('link', { name: 'Organisasjonskart' }))
      .not.toBeInTheDocument()
  })

  it('has every label in nynorsk and English', async () => {
    const { user } = renderApp('/admin/org', { session: marit(), responses: histories, language: 'nn' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Organisasjonskartet' })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Einingane under Fjordvik kommune (2)' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'English' }))
    expect(screen.getByRole('button', { name: 'The units under Fjordvik kommune (2)' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Read from a CSV file' })).toBeInTheDocument()
  })
})
