import { UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { AuthProvider, useAuth } from 'react-oidc-context'
import { useNavigate } from 'react-router'
import type { AppConfig, MunicipalityConfig } from '../config'
import { useI18n } from '../i18n/I18n'
import { SessionContext, sessionUser, type Session } from './session'

const CHOSEN_MUNICIPALITY = 'vp.municipality'
export const CALLBACK_PATH = '/callback'

/** Renew the access token this long before it expires, also before an API call. */
const RENEW_MARGIN_SECONDS = 30

function storedMunicipality(config: AppConfig): MunicipalityConfig | null {
  if (config.municipalities.length === 1) {
    return config.municipalities[0]
  }
  try {
    const id = localStorage.getItem(CHOSEN_MUNICIPALITY)
    return config.municipalities.find(m => m.id === id) ?? null
  } catch {
    return null
  }
}

/**
 * OIDC settings for a municipality's realm: authorization code with PKCE (S256) as a public client, tokens kept in
 * this tab's sessionStorage, silent renewal with the refresh token before the access token expires (no hidden
 * iframe, which the Content-Security-Policy would not allow anyway).
 */
export function oidcSettings(config: AppConfig, municipality: MunicipalityConfig): UserManagerSettings {
  const origin = window.location.origin
  return {
    authority: municipality.issuer,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_MARGIN_SECONDS,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  }
}

async function redirectToSignIn(config: AppConfig, municipality: MunicipalityConfig, returnTo: string, language: string) {
  try {
    localStorage.setItem(CHOSEN_MUNICIPALITY, municipality.id)
  } catch {
    // Without storage the callback cannot know the realm; with one municipality it does not need to.
  }
  await new UserManager(oidcSettings(config, municipality)).signinRedirect({
    state: { returnTo },
    extraQueryParams: { ui_locales: language === 'en' ? 'en' : 'no' },
  })
}

/** Where a person returns after signing in: a path inside the app, never another site. */
function safeReturnTo(state: unknown): string {
  const returnTo = (state as { returnTo?: unknown } | undefined)?.returnTo
  return typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/'
}

/**
 * Who is signed in, to which municipality. With a municipality chosen (or only one configured), the OIDC client of
 * its realm handles the callback, keeps the tokens and renews them; without one the person is signed out and picks a
 * municipality on the sign-in page.
 */
export function AuthRoot({ config, children }: { config: AppConfig; children: ReactNode }) {
  const [municipality] = useState(() => storedMunicipality(config))
  const navigate = useNavigate()
  const { language } = useI18n()

  const signIn = useCallback(async (municipalityId: string, returnTo = '/') => {
    const chosen = config.municipalities.find(m => m.id === municipalityId)
    if (chosen) {
      await redirectToSignIn(config, chosen, returnTo, language)
    }
  }, [config, language])

  if (!municipality) {
    const anonymous: Session = {
      status: 'anonymous',
      problem: null,
      municipalities: config.municipalities,
      municipality: null,
      user: null,
      accessToken: async () => null,
      signIn,
      signOut: async () => {},
      tokenRefused: async () => false,
    }
    return <SessionContext.Provider value={anonymous}>{children}</SessionContext.Provider>
  }
  return (
    <AuthProvider
      key={municipality.id}
      {...oidcSettings(config, municipality)}
      onSigninCallback={user => navigate(safeReturnTo(user?.state), { replace: true })}
    >
      <OidcSession config={config} municipality={municipality} signIn={signIn}>
        {children}
      </OidcSession>
    </AuthProvider>
  )
}

function OidcSession({ config, municipality, signIn, children }: {
  config: AppConfig
  municipality: MunicipalityConfig
  signIn: Session['signIn']
  children: ReactNode
}) {
  const auth = useAuth()
  const { user, isLoading, isAuthenticated, error } = auth

  const session = useMemo<Session>(() => {
    const authenticated = isAuthenticated && !!user && !user.expired
    const renew = async () => {
      try {
        return (await auth.signinSilent()) ?? null
      } catch {
        await auth.removeUser()
        return null
      }
    }
    return {
      status: isLoading ? 'loading' : authenticated ? 'authenticated' : 'anonymous',
      problem: error ? (user ? 'expired' : 'failed') : null,
      municipalities: config.municipalities,
      municipality,
      user: authenticated ? sessionUser(user.profile as Record<string, unknown>, user.access_token) : null,
      accessToken: async () => {
        if (!user) {
          return null
        }
        if ((user.expires_in ?? 0) > RENEW_MARGIN_SECONDS) {
          return user.access_token
        }
        return (await renew())?.access_token ?? null
      },
      signIn,
      signOut: async () => {
        await auth.signoutRedirect({ post_logout_redirect_uri: window.location.origin + '/' })
      },
      tokenRefused: async () => (await renew()) !== null,
    }
    // The methods of auth belong to one UserManager per municipality; its state is in the other dependencies.
  }, [user, isLoading, isAuthenticated, error, config.municipalities, municipality, signIn])

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}
