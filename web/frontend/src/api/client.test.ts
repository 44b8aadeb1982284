import { describe, expect, it, vi } from 'vitest'
import { ApiError, createApi } from './client'

function response(status: number, body?: unknown, type = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

describe('the API client', () => {
  it('sends the bearer token and JSON, and reads JSON', async () => {
    const fetcher = vi.fn(async () => response(200, { year: 2027 }))
    const api = createApi({ accessToken: async () => 'abc', tokenRefused: async () => false }, fetcher)

    expect(await api('/api/plans/plan-years', { method: 'POST', body: { year: 2027 } })).toEqual({ year: 2027 })
    const [path, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/plans/plan-years')
    expect(init.method).toBe('POST')
    expect(init.body).toBe('{"year":2027}')
    expect(init.headers).toMatchObject({ Authorization: 'Bearer abc', 'Content-Type': 'application/json' })
  })

  it('renews a refused token once and repeats the call', async () => {
    const tokens = ['old', 'new']
    const fetcher = vi.fn(async () => (fetcher.mock.calls.length === 1 ? response(401) : response(200, [])))
    const tokenRefused = vi.fn(async () => true)
    const api = createApi({ accessToken: async () => tokens[fetcher.mock.calls.length] ?? 'new', tokenRefused }, fetcher)

    expect(await api('/api/plans/org-units')).toEqual([])
    expect(tokenRefused).toHaveBeenCalledTimes(1)
    expect(fetcher).toHaveBeenCalledTimes(2)
    expect((fetcher.mock.calls[1] as unknown as [string, RequestInit])[1].headers).toMatchObject({ Authorization: 'Bearer new' })
  })

  it('turns an error answer into an ApiError with the problem details', async () => {
    const problem = { title: 'Conflict', status: 409, detail: 'The settings changed in the meantime.' }
    const api = createApi({ accessToken: async () => 't', tokenRefused: async () => false },
      async () => response(409, problem, 'application/problem+json'))

    const error = (await api('/api/plans/settings', { method: 'PUT', body: {} }).catch((e: unknown) => e)) as ApiError
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(409)
    expect(error.problem).toEqual(problem)
  })

  it('reports no answer at all as status 0', async () => {
    const api = createApi({ accessToken: async () => 't', tokenRefused: async () => false }, async () => {
      throw new TypeError('Failed to fetch')
    })
    await expect(api('/api/plans/org-units')).rejects.toMatchObject({ status: 0 })
  })
})
