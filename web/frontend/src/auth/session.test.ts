import { describe, expect, it } from 'vitest'
import { hasRole, jwtClaims, sessionUser } from './session'

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`
}

describe('the session', () => {
  it('reads the roles from the access token and the person from the ID token', () => {
    const access = jwt({ realm_access: { roles: ['default-roles-fjordvik', 'kommunalsjef', 'admin'] }, tenant: 'fjordvik' })
    const user = sessionUser({ preferred_username: 'tor.haugen', name: 'Tor Haugen', org_unit: '2000', tenant: 'fjordvik' }, access)
    expect(user).toEqual({ username: 'tor.haugen', name: 'Tor Haugen', tenant: 'fjordvik', orgUnit: '2000', roles: ['kommunalsjef', 'admin'] })
    expect(hasRole(user, 'admin')).toBe(true)
    expect(hasRole(user, 'kommunedirektor')).toBe(false)
  })

  it('decodes non-ASCII claims and survives a malformed token', () => {
    expect(jwtClaims(jwt({ name: 'Åse Ødegård' })).name).toBe('Åse Ødegård')
    expect(jwtClaims('not-a-token')).toEqual({})
    expect(sessionUser({ preferred_username: 'x' }, 'garbage').roles).toEqual([])
  })
})
