import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSession } from '../auth/session'
import { useApi } from './client'
import type { Letter, LetterRevision, OrgUnit, OrgUnitPeriod, PlanYear, Settings, UnitGoals } from './types'

const enc = encodeURIComponent

export const keys = {
  tree: (at?: string) => ['org-tree', at ?? 'today'] as const,
  history: (unitId: string) => ['org-unit-history', unitId] as const,
  planYears: ['plan-years'] as const,
  settings: ['settings'] as const,
  unitGoals: (unitId: string, year: number) => ['unit-goals', unitId, year] as const,
  letters: (year: number, side: 'to' | 'from', unitId: string) => ['letters', year, side, unitId] as const,
  letter: (id: string) => ['letter', id] as const,
  revisions: (id: string) => ['letter-revisions', id] as const,
}

export function useOrgTree(at?: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.tree(at),
    queryFn: ({ signal }) => api<OrgUnit[]>(`/api/plans/org-units${at ? `?at=${enc(at)}` : ''}`, { signal }),
    staleTime: 60_000,
  })
}

export function useOrgUnitHistory(unitId: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.history(unitId),
    queryFn: ({ signal }) => api<OrgUnitPeriod[]>(`/api/plans/org-units/${enc(unitId)}/history`, { signal }),
  })
}

export function usePlanYears() {
  const api = useApi()
  return useQuery({
    queryKey: keys.planYears,
    queryFn: ({ signal }) => api<PlanYear[]>('/api/plans/plan-years', { signal }),
    staleTime: 60_000,
  })
}

export function useSettings(enabled = true) {
  const api = useApi()
  return useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => api<Settings>('/api/plans/settings', { signal }),
    staleTime: 5 * 60_000,
    enabled,
  })
}

export function useUnitGoals(unitId: string, year: number) {
  const api = useApi()
  return useQuery({
    queryKey: keys.unitGoals(unitId, year),
    queryFn: ({ signal }) => api<UnitGoals>(`/api/plans/org-units/${enc(unitId)}/goals?year=${year}`, { signal }),
  })
}

export function useLetters(year: number, side: 'to' | 'from', unitId: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.letters(year, side, unitId),
    queryFn: ({ signal }) =>
      api<Letter[]>(`/api/plans/letters?year=${year}&${side === 'to' ? 'toUnitId' : 'fromUnitId'}=${enc(unitId)}`, { signal }),
  })
}

export function useLetter(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.letter(id),
    queryFn: ({ signal }) => api<Letter>(`/api/plans/letters/${enc(id)}`, { signal }),
  })
}

export function useLetterRevisions(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.revisions(id),
    queryFn: ({ signal }) => api<LetterRevision[]>(`/api/plans/letters/${enc(id)}/revisions`, { signal }),
  })
}

export function useAcknowledgeLetter() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, revision }: { id: string; revision: number }) =>
      api<Letter>(`/api/plans/letters/${enc(id)}/acknowledge`, { method: 'POST', body: { revision } }),
    onSuccess: letter => {
      client.setQueryData(keys.letter(letter.id), letter)
      void client.invalidateQueries({ queryKey: ['letters'] })
      void client.invalidateQueries({ queryKey: keys.revisions(letter.id) })
    },
  })
}

export function usePlanYearChange() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, year }: { action: 'open' | 'activate' | 'close'; year: number }) =>
      action === 'open'
        ? api<PlanYear>('/api/plans/plan-years', { method: 'POST', body: { year } })
        : api<PlanYear>(`/api/plans/plan-years/${year}/${action}`, { method: 'POST', body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.planYears }),
  })
}

export function useSaveSettings() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (settings: Settings) => api<Settings>('/api/plans/settings', { method: 'PUT', body: settings }),
    onSuccess: saved => client.setQueryData(keys.settings, saved),
  })
}

/** The units by id, and each unit's children in the order the tree lists them. */
export interface TreeIndex {
  byId: Map<string, OrgUnit>
  children: Map<string | null, OrgUnit[]>
  top: OrgUnit | null
}

export function indexTree(units: OrgUnit[] | undefined): TreeIndex {
  const byId = new Map<string, OrgUnit>()
  const children = new Map<string | null, OrgUnit[]>()
  for (const unit of units ?? []) {
    byId.set(unit.id, unit)
    const siblings = children.get(unit.parentId) ?? []
    siblings.push(unit)
    children.set(unit.parentId, siblings)
  }
  for (const siblings of children.values()) {
    siblings.sort((a, b) => (a.externalCode ?? a.name).localeCompare(b.externalCode ?? b.name, 'nb', { numeric: true }))
  }
  return { byId, children, top: children.get(null)?.[0] ?? null }
}

export function useTreeIndex(at?: string) {
  const tree = useOrgTree(at)
  const index = useMemo(() => indexTree(tree.data), [tree.data])
  return { ...tree, index }
}

/** The signed-in person's own unit (their org_unit claim is its external code), if the tree has it. */
export function useMyUnit(): { unit: OrgUnit | null; isLoading: boolean } {
  const { user } = useSession()
  const { index, isLoading } = useTreeIndex()
  const unit = useMemo(() => {
    if (!user?.orgUnit) {
      return null
    }
    for (const candidate of index.byId.values()) {
      if (candidate.externalCode === user.orgUnit) {
        return candidate
      }
    }
    return null
  }, [index, user?.orgUnit])
  return { unit, isLoading }
}

/** The plan year to show by default: the active one, else the newest in planning, else this calendar year. */
export function currentYear(planYears: PlanYear[] | undefined, today = new Date()): number {
  const years = planYears ?? []
  const active = years.filter(y => y.state === 'ACTIVE').map(y => y.year)
  if (active.length > 0) {
    return Math.max(...active)
  }
  const planning = years.filter(y => y.state === 'PLANNING').map(y => y.year)
  return planning.length > 0 ? Math.min(...planning) : today.getFullYear()
}
