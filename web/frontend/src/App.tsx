import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useMemo, useState, type ReactNode } from 'react'
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router'
import { ApiContext, ApiError, createApi } from './api/client'
import { AuthRoot } from './auth/AuthRoot'
import { useSession } from './auth/session'
import type { AppConfig } from './config'
import { routes } from './routes'

/** Failed reads are retried only when a retry can help: no answer, or the service was unavailable. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 502),
        refetchOnWindowFocus: false,
      },
    },
  })
}

/** The API for the signed-in person, and one query cache per person (it is dropped on sign-out). */
function ApiRoot({ children }: { children: ReactNode }) {
  const session = useSession()
  const api = useMemo(() => createApi(session), [session])
  const [client] = useState(createQueryClient)
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  )
}

export function App({ config }: { config: AppConfig }) {
  const router = useMemo(
    () =>
      createBrowserRouter(
        routes(
          <AuthRoot config={config}>
            <ApiRoot>
              <Outlet />
            </ApiRoot>
          </AuthRoot>,
        ),
      ),
    [config],
  )
  return <RouterProvider router={router} />
}
