import { createContext, useContext } from 'react'
import type { MunicipalityConfig } from '../config'

export type Role = 'admin' | 'kommunedirektor' | 'kommunalsjef' | 'virksomhetsleder' | 'medarbeider' | 'politiker'

export const ROLES: Role[] = ['kommunedirektor', 'kommunalsjef', 'virksomhetsleder', 'medarbeider', 'politiker', 'admin']

export interface SessionUser {
  username: string
  name: string
  tenant: string
  /** The external code (ansvar number) of the person's own unit, from the org_unit claim. */
  orgUnit: string | null
  roles: Role[]
}

export interface Session {
  status: 'anonymous' | 'loading' | 'authenticated'
  /** Why the person is signed out, if something went wrong. */
  problem: 'expired' | 'failed' | null
  municipalities: MunicipalityConfig[]
  /** The municipality chosen for signing in, if any. */
  municipality: MunicipalityConfig | null
  user: SessionUser | null
  /** A valid access token, renewed first if it is about to expire; null when signed out. */
  accessToken(): Promise<string | null>
  signIn(municipalityId: string, returnTo?: string): Promise<void>
  signOut(): Promise<void>
  /** The API refused the token: try a silent renewal, and report whether it worked. */
  tokenRefused(): Promise<boolean>
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) {
    throw new Error('useSession needs a SessionContext')
  }
  return session
}

export function hasRole(user: SessionUser | null, ...roles: Role[]): boolean {
  return !!user && roles.some(role => user.roles.includes(role))
}

/** The claims of a JWT's payload (no check of the signature: the API checks it; this only reads the roles). */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (!payload) {
    return {}
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=')
    const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** The person as the tokens describe them: name and unit from the ID token, roles from the access token. */
export function sessionUser(profile: Record<string, unknown>, accessToken: string): SessionUser {
  const access = jwtClaims(accessToken)
  const realmAccess = access.realm_access as { roles?: unknown } | undefined
  const roles = Array.isArray(realmAccess?.roles) ? (realmAccess.roles as string[]) : []
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : null)
  const username = text(profile.preferred_username) ?? text(access.preferred_username) ?? ''
  return {
    username,
    name: text(profile.name) ?? username,
    tenant: text(profile.tenant) ?? text(access.tenant) ?? '',
    orgUnit: text(profile.org_unit) ?? text(access.org_unit),
    roles: ROLES.filter(role => roles.includes(role)),
  }
}
