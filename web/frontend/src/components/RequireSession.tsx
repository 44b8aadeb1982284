import { Outlet } from 'react-router'
import { useSession } from '../auth/session'
import { LoginPage } from '../pages/LoginPage'
import { Loading } from './Problem'

/** Pages that need a signed-in person: while signed out, the sign-in page shows in their place. */
export function RequireSession() {
  const session = useSession()
  if (session.status === 'loading') {
    return <Loading />
  }
  if (session.status !== 'authenticated') {
    return <LoginPage />
  }
  return <Outlet />
}
