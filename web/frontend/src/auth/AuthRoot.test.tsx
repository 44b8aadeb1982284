import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiContext } from '../api/client'
import type { AppConfig } from '../config'
import { I18nProvider } from '../i18n/I18n'
import { routes } from '../routes'
import { AuthRoot, oidcSettings } from './AuthRoot'

const auth = vi.hoisted(() => ({ state: {} as Record<string, unknown> }))

vi.mock('react-oidc-context', () => ({
  AuthProvider: ({ children }: { children: unknown }) => children,
  useAuth: () => auth.state,
}))

const config: AppConfig = {
  clientId: 'virksomhetsplan-web',
  municipalities: [
    { id: 'fjordvik', name: 'Fjordvik kommune', issuer: 'http://localhost:8180/realms/fjordvik' },
    { id: 'nordlia', name: 'Nordlia kommune', issuer: 'http://localhost:8180/realms/nordlia' },
  ],
}

function renderWithAuth(path: string, appConfig = config) {
  const router = createMemoryRouter(
    routes(
      <AuthRoot config={appConfig}>
        <ApiContext.Provider value={vi.fn(async () => []) as never}>
          <QueryClientProvider client={new QueryClient()}>
            <Outlet />
          </QueryClientProvider>
        </ApiContext.Provider>
      </AuthRoot>,
    ),
    { initialEntries: [path] },
  )
  render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  )
}

describe('signing in with OIDC', () => {
  beforeEach(() => {
    auth.state = { isLoading: false, isAuthenticated: false, user: null, error: undefined }
  })

  it('uses the authorization code flow with PKCE against the municipality’s realm, renewing with the refresh token', () => {
    const settings = oidcSettings(config, config.municipalities[1])
    expect(settings).toMatchObject({
      authority: 'http://localhost:8180/realms/nordlia',
      client_id: 'virksomhetsplan-web',
      redirect_uri: `${window.location.origin}/callback`,
      post_logout_redirect_uri: `${window.location.origin}/`,
      response_type: 'code',
      automaticSilentRenew: true,
      monitorSession: false,
    })
    expect(settings).not.toHaveProperty('disablePKCE', true)
  })

  it('asks for the municipality when none was chosen', async () => {
    renderWithAuth('/org')
    expect(await screen.findByRole('group', { name: 'Velg kommunen din' })).toBeInTheDocument()
  })

  it('skips the choice when only one municipality is configured', async () => {
    renderWithAuth('/org', { ...config, municipalities: [config.municipalities[0]] })
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn' })).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: 'Velg kommunen din' })).not.toBeInTheDocument()
    expect(screen.getByText('Fjordvik kommune', { selector: 'main p' })).toBeInTheDocument()
  })

  it('says so when the session ran out and could not be renewed', async () => {
    localStorage.setItem('vp.municipality', 'fjordvik')
    auth.state = { isLoading: false, isAuthenticated: true, user: { expired: true, profile: {} }, error: new Error('refresh failed') }
    renderWithAuth('/org')
    expect(await screen.findByText('Innloggingen din er utløpt. Logg inn på nytt.')).toBeInTheDocument()
  })

  it('shows the signed-in person from the tokens', async () => {
    localStorage.setItem('vp.municipality', 'fjordvik')
    const claims = btoa(JSON.stringify({ realm_access: { roles: ['kommunedirektor'] } }))
    auth.state = {
      isLoading: false,
      isAuthenticated: true,
      error: undefined,
      user: {
        expired: false,
        expires_in: 300,
        access_token: `h.${claims}.s`,
        profile: { preferred_username: 'ingrid.fjeld', name: 'Ingrid Fjeld', org_unit: '1000', tenant: 'fjordvik' },
      },
    }
    renderWithAuth('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen, Ingrid Fjeld' })).toBeInTheDocument()
    expect(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Planår' })).toBeInTheDocument()
    expect(screen.getByText('Logget inn som Ingrid Fjeld')).toBeInTheDocument()
  })
})
