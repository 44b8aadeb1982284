/** One municipality the app can sign in to: its tenant id, its name, and its realm's issuer (the OIDC authority). */
export interface MunicipalityConfig {
  id: string
  name: string
  issuer: string
}

/** What the gateway tells the app at /app-config.json. */
export interface AppConfig {
  clientId: string
  municipalities: MunicipalityConfig[]
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/app-config.json', { headers: { Accept: 'application/json' } })
  if (!response.ok) {
    throw new Error(`/app-config.json answered ${response.status}`)
  }
  const config = (await response.json()) as AppConfig
  return { clientId: config.clientId, municipalities: config.municipalities ?? [] }
}
