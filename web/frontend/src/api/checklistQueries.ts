import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, useApi } from './client'
import type {
  AnswerInput, ChecklistOverview, Deviation, DistributeRequest, Distribution, NewDeviation, NewTemplate, QuestionProblem, ResponseSummary, Sheet,
  Template, TemplateSummary,
} from './checklistTypes'

const enc = encodeURIComponent

export const checklistKeys = {
  all: ['checklists'] as const,
  mine: ['checklists', 'mine'] as const,
  sheet: (id: string) => ['checklists', 'sheet', id] as const,
  distribution: (id: string) => ['checklists', 'distribution', id] as const,
  deviations: (unitId: string | null, subtree: boolean, status: string) => ['checklists', 'deviations', unitId, subtree, status] as const,
  templates: ['checklists', 'templates'] as const,
  distributions: (year: number) => ['checklists', 'distributions', year] as const,
  overview: (id: string, unitId: string | null) => ['checklists', 'overview', id, unitId] as const,
  template: (id: string) => ['checklists', 'template', id] as const,
}

/** The questions a 422 of checklists-service names ({@code errors: [{questionId, question, message}]}); empty otherwise. */
export function questionProblems(error: unknown): QuestionProblem[] {
  if (!(error instanceof ApiError) || error.status !== 422 || !Array.isArray(error.problem?.errors)) {
    return []
  }
  return (error.problem.errors as unknown[]).flatMap(entry => {
    const e = entry as Partial<QuestionProblem>
    return typeof e?.message === 'string'
      ? [{ questionId: typeof e.questionId === 'string' ? e.questionId : null, question: e.question ?? null, message: e.message }]
      : []
  })
}

export function useMyChecklists() {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.mine,
    queryFn: ({ signal }) => api<ResponseSummary[]>('/api/checklists/responses/mine', { signal }),
  })
}

/** The distributions (title, period, deadline) of the given ids, one request each, shared by the cache. */
export function useDistributions(ids: string[]) {
  const api = useApi()
  return useQueries({
    queries: ids.map(id => ({
      queryKey: checklistKeys.distribution(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Distribution>(`/api/checklists/distributions/${enc(id)}`, { signal }),
      staleTime: 60_000,
    })),
  })
}

export function useSheet(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.sheet(id),
    queryFn: ({ signal }) => api<Sheet>(`/api/checklists/responses/${enc(id)}`, { signal }),
  })
}

export function useSaveAnswers(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (answers: AnswerInput[]) => api<Sheet>(`/api/checklists/responses/${enc(id)}/answers`, { method: 'PUT', body: { answers } }),
    onSuccess: sheet => {
      client.setQueryData(checklistKeys.sheet(id), sheet)
      void client.invalidateQueries({ queryKey: checklistKeys.mine })
    },
  })
}

export function useSubmitChecklist(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (version: number) => api<Sheet>(`/api/checklists/responses/${enc(id)}/submit`, { method: 'POST', body: { version } }),
    onSuccess: sheet => {
      client.setQueryData(checklistKeys.sheet(id), sheet)
      void client.invalidateQueries({ queryKey: checklistKeys.mine })
    },
  })
}

export function useRaiseDeviation(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (deviation: NewDeviation) =>
      api<Deviation>(`/api/checklists/responses/${enc(id)}/deviations`, { method: 'POST', body: deviation }),
    onSuccess: () => client.invalidateQueries({ queryKey: checklistKeys.all }),
  })
}

/** The deviation register of a unit (null: the top of the caller's part of the tree), with its subtree or alone. */
export const DEVIATIONS_PAGE_SIZE = 200

/** One page (0-based) of the register; the service tells no total, so a full page means there may be more. */
export function useDeviations(unitId: string | null, subtree: boolean, status: 'OPEN' | 'CLOSED' | '', page = 0) {
  const api = useApi()
  const query = [unitId ? `unitId=${enc(unitId)}` : '', `subtree=${subtree}`, status ? `status=${status}` : '',
    `size=${DEVIATIONS_PAGE_SIZE}`, page > 0 ? `page=${page}` : ''].filter(Boolean).join('&')
  return useQuery({
    queryKey: [...checklistKeys.deviations(unitId, subtree, status), page],
    queryFn: ({ signal }) => api<Deviation[]>(`/api/checklists/deviations?${query}`, { signal }),
  })
}

export function useTemplates() {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.templates,
    queryFn: ({ signal }) => api<TemplateSummary[]>('/api/checklists/templates', { signal }),
  })
}

export function useTemplate(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.template(id),
    queryFn: ({ signal }) => api<Template>(`/api/checklists/templates/${enc(id)}`, { signal }),
  })
}

export function useCreateTemplate() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (template: NewTemplate) => api<Template>('/api/checklists/templates', { method: 'POST', body: template }),
    onSuccess: () => client.invalidateQueries({ queryKey: checklistKeys.templates }),
  })
}

export function useDistribute() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (request: DistributeRequest) => api<Distribution>('/api/checklists/distributions', { method: 'POST', body: request }),
    onSuccess: () => client.invalidateQueries({ queryKey: checklistKeys.all }),
  })
}

/** The municipality's distributions of a year. */
export function useDistributionsOfYear(year: number) {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.distributions(year),
    queryFn: ({ signal }) => api<Distribution[]>(`/api/checklists/distributions?year=${year}`, { signal }),
  })
}

/** A distribution's status for a unit's subtree (null: the top of the caller's part), with the units directly below. */
export function useChecklistOverview(id: string, unitId: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: checklistKeys.overview(id, unitId),
    queryFn: ({ signal }) =>
      api<ChecklistOverview>(`/api/checklists/distributions/${enc(id)}/overview${unitId ? `?unitId=${enc(unitId)}` : ''}`, { signal }),
  })
}
