import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router'
import { vi } from 'vitest'
import { ApiContext, ApiError, type RequestOptions } from '../api/client'
import { SessionContext, type Role, type Session } from '../auth/session'
import { I18nProvider } from '../i18n/I18n'
import type { Language } from '../i18n/language'
import { routes } from '../routes'
import { planYears, settings, tree } from './fixtures'

export const MUNICIPALITIES = [
  { id: 'fjordvik', name: 'Fjordvik kommune', issuer: 'http://localhost:8180/realms/fjordvik' },
  { id: 'nordlia', name: 'Nordlia kommune', issuer: 'http://localhost:8180/realms/nordlia' },
]

export function signedIn(roles: Role[] = ['virksomhetsleder'], orgUnit = '2110', name = 'Per Berg'): Session {
  return {
    status: 'authenticated',
    problem: null,
    municipalities: MUNICIPALITIES,
    municipality: MUNICIPALITIES[0],
    user: { username: 'per.berg', name, tenant: 'fjordvik', orgUnit, roles },
    accessToken: async () => 'token',
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    tokenRefused: async () => false,
  }
}

export function signedOut(): Session {
  return {
    status: 'anonymous',
    problem: null,
    municipalities: MUNICIPALITIES,
    municipality: null,
    user: null,
    accessToken: async () => null,
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    tokenRefused: async () => false,
  }
}

/** An answer by "METHOD path" (path with its query); a function gets the body; an ApiError is thrown. */
export type Responses = Record<string, unknown>

export const baseResponses: Responses = {
  'GET /api/plans/org-units': tree,
  'GET /api/plans/plan-years': planYears,
  'GET /api/plans/settings': settings(),
}

export function fakeApi(responses: Responses) {
  return vi.fn(async (path: string, options: RequestOptions = {}) => {
    const key = `${options.method ?? 'GET'} ${path}`
    if (!(key in responses)) {
      throw new ApiError(404, { title: 'Not Found', detail: `no fake answer for ${key}` })
    }
    const answer = responses[key]
    const value = typeof answer === 'function' ? (answer as (body: unknown) => unknown)(options.body) : answer
    if (value instanceof ApiError) {
      throw value
    }
    return structuredClone(value)
  })
}

export function renderApp(path: string, { session = signedIn(), responses = {}, language }: {
  session?: Session
  responses?: Responses
  language?: Language
} = {}) {
  const api = fakeApi({ ...baseResponses, ...responses })
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  const router = createMemoryRouter(
    routes(
      <SessionContext.Provider value={session}>
        <ApiContext.Provider value={api as never}>
          <QueryClientProvider client={client}>
            <Outlet />
          </QueryClientProvider>
        </ApiContext.Provider>
      </SessionContext.Provider>,
    ),
    { initialEntries: [path] },
  )
  const user = userEvent.setup()
  const view = render(
    <I18nProvider initialLanguage={language}>
      <RouterProvider router={router} />
    </I18nProvider>,
  )
  return { ...view, api, router, user, session }
}
