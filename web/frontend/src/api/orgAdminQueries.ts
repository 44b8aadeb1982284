import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useApi } from './client'
import type { OrgUnit } from './types'

const enc = encodeURIComponent

/** What an administrator names on a unit (OrgUnitController's create and update requests). */
export interface UnitDetailsBody {
  name: string
  externalCode?: string
  levelName?: string
  leader?: string
  /** The first day the change applies (ISO); today when left out. */
  validFrom?: string
}

/** One problem of an org-tree file (ImportProblem): its line (the header is line 1) and column, or null for the whole line. */
export interface ImportProblem {
  line: number
  field: string | null
  message: string
}

/** The org tree and every unit's history change with each change; all of them are read again. */
function useRefreshTree() {
  const client = useQueryClient()
  return () => {
    void client.invalidateQueries({ queryKey: ['org-tree'] })
    void client.invalidateQueries({ queryKey: ['org-unit-history'] })
  }
}

export function useCreateUnit() {
  const api = useApi()
  const refresh = useRefreshTree()
  return useMutation({
    mutationFn: (body: UnitDetailsBody & { parentId: string }) => api<OrgUnit>('/api/plans/org-units', { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useUpdateUnit() {
  const api = useApi()
  const refresh = useRefreshTree()
  return useMutation({
    mutationFn: ({ id, ...body }: UnitDetailsBody & { id: string; version: number }) =>
      api<OrgUnit>(`/api/plans/org-units/${enc(id)}`, { method: 'PUT', body }),
    onSuccess: refresh,
  })
}

export function useMoveUnit() {
  const api = useApi()
  const refresh = useRefreshTree()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; parentId: string; validFrom?: string; version: number }) =>
      api<OrgUnit>(`/api/plans/org-units/${enc(id)}/move`, { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useCloseUnit() {
  const api = useApi()
  const refresh = useRefreshTree()
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; closedFrom?: string; version: number }) =>
      api<OrgUnit>(`/api/plans/org-units/${enc(id)}/close`, { method: 'POST', body }),
    onSuccess: refresh,
  })
}

export function useImportTree() {
  const api = useApi()
  const refresh = useRefreshTree()
  return useMutation({
    mutationFn: ({ csv, validFrom }: { csv: string; validFrom?: string }) =>
      api<{ created: number }>(`/api/plans/org-units/import${validFrom ? `?validFrom=${enc(validFrom)}` : ''}`, {
        method: 'POST',
        raw: { body: csv, contentType: 'text/csv' },
      }),
    onSuccess: refresh,
  })
}
