import { createContext, useContext } from 'react'
import type { Problem } from './types'

/** An answer other than 2xx (status 0: no answer at all), with the problem details the service sent. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  body?: unknown
  /** A body sent as it is (a file), with its content type, instead of JSON. */
  raw?: { body: string; contentType: string }
  /** The answer is a file (a PDF): it comes back as a Blob. */
  blob?: boolean
  signal?: AbortSignal
}

export type Api = <T>(path: string, options?: RequestOptions) => Promise<T>

export interface TokenSource {
  accessToken(): Promise<string | null>
  /** The API refused the token: renew it if possible; true if a retry makes sense. */
  tokenRefused(): Promise<boolean>
}

/**
 * Calls the API through the gateway (same origin) with the person's bearer token. A refused token (401) is renewed
 * once and the call repeated; every other failure becomes an ApiError with the problem details.
 */
export function createApi(tokens: TokenSource, fetcher: typeof fetch = (...args) => fetch(...args)): Api {
  return async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const call = async () => {
      const token = await tokens.accessToken()
      const headers: Record<string, string> = { Accept: options.blob ? 'application/pdf, application/problem+json' : 'application/json' }
      if (token) {
        headers.Authorization = `Bearer ${token}`
      }
      if (options.raw) {
        headers['Content-Type'] = options.raw.contentType
      } else if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json'
      }
      try {
        return await fetcher(path, {
          method: options.method ?? 'GET',
          headers,
          body: options.raw ? options.raw.body : options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: options.signal,
        })
      } catch (error) {
        if ((error as Error)?.name === 'AbortError') {
          throw error
        }
        throw new ApiError(0, null, 'network')
      }
    }
    let response = await call()
    if (response.status === 401 && (await tokens.tokenRefused())) {
      response = await call()
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response))
    }
    if (response.status === 204) {
      return undefined as T
    }
    if (options.blob) {
      return (await response.blob()) as T
    }
    const text = await response.text()
    return (text === '' ? undefined : JSON.parse(text)) as T
  }
}

async function problemOf(response: Response): Promise<Problem | null> {
  try {
    const type = response.headers.get('Content-Type') ?? ''
    return type.includes('json') ? ((await response.json()) as Problem) : null
  } catch {
    return null
  }
}

export const ApiContext = createContext<Api | null>(null)

export function useApi(): Api {
  const api = useContext(ApiContext)
  if (!api) {
    throw new Error('useApi needs an ApiContext')
  }
  return api
}
