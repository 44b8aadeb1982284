import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from './client'
import type {
  AssignmentItem, DelegationInContext, DelegationItem, DelegationOrder, EnteredValue, HistoryEntry, Indicator, IndicatorValue,
  ItemKind, ItemSummary, MyPage, NewAssignment, NewTask, Overview, PageOf, Person, StatusChange, TaskInContext, TaskItem, ValueImport,
} from './assignmentTypes'

const enc = encodeURIComponent

/** The path segment of each kind of work item: /api/assignments/{assignments|delegations|tasks}/{id}. */
export const KIND_PATH: Record<ItemKind, string> = { ASSIGNMENT: 'assignments', DELEGATION: 'delegations', TASK: 'tasks' }

export const assignmentKeys = {
  all: ['assignments'] as const,
  myPage: ['assignments', 'my-page'] as const,
  list: (unitId: string, year: number | null) => ['assignments', 'list', unitId, year] as const,
  item: (kind: ItemKind, id: string) => ['assignments', 'item', kind, id] as const,
  history: (kind: ItemKind, id: string) => ['assignments', 'history', kind, id] as const,
  overview: (unitId: string | null, year: number) => ['assignments', 'overview', unitId, year] as const,
  flagged: (which: 'overdue' | 'ownerless', unitId: string | null) => ['assignments', which, unitId] as const,
  people: (unitId: string) => ['assignments', 'people', unitId] as const,
}

/** An item with the assignment it belongs to and the delegations above it (the chain down to it). */
export interface ItemDetail {
  kind: ItemKind
  item: AssignmentItem | DelegationItem | TaskItem
  assignment: AssignmentItem
  chain: DelegationItem[]
}

export function detailOf(kind: ItemKind, answer: AssignmentItem | DelegationInContext | TaskInContext): ItemDetail {
  switch (kind) {
    case 'ASSIGNMENT':
      return { kind, item: answer as AssignmentItem, assignment: answer as AssignmentItem, chain: [] }
    case 'DELEGATION': {
      const context = answer as DelegationInContext
      return { kind, item: context.delegation, assignment: context.assignment, chain: context.chain }
    }
    case 'TASK': {
      const context = answer as TaskInContext
      return { kind, item: context.task, assignment: context.assignment, chain: context.chain }
    }
  }
}

export function useMyPage() {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.myPage,
    queryFn: ({ signal }) => api<MyPage>('/api/assignments/my-page?size=200', { signal }),
  })
}

/** The page size of long lists: the most the services give at once. */
export const PAGE_SIZE = 200

export function useAssignments(unitId: string, year: number | null, page = 0) {
  const api = useApi()
  return useQuery({
    queryKey: [...assignmentKeys.list(unitId, year), page],
    queryFn: ({ signal }) =>
      api<PageOf<AssignmentItem>>(
        `/api/assignments/assignments?unitId=${enc(unitId)}${year ? `&year=${year}` : ''}&size=${PAGE_SIZE}${page > 0 ? `&page=${page}` : ''}`,
        { signal }),
  })
}

export function useItem(kind: ItemKind, id: string) {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.item(kind, id),
    queryFn: async ({ signal }) =>
      detailOf(kind, await api<AssignmentItem | DelegationInContext | TaskInContext>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}`, { signal })),
  })
}

export function useItemHistory(kind: ItemKind, id: string) {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.history(kind, id),
    queryFn: ({ signal }) => api<HistoryEntry[]>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}/history`, { signal }),
  })
}

export function useOverview(unitId: string | null, year: number) {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.overview(unitId, year),
    queryFn: ({ signal }) => api<Overview>(`/api/assignments/overview?year=${year}${unitId ? `&unitId=${enc(unitId)}` : ''}`, { signal }),
  })
}

/** The open overdue (or ownerless) items of a unit's subtree, of every year, earliest deadline first. */
export function useFlagged(which: 'overdue' | 'ownerless', unitId: string | null) {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.flagged(which, unitId),
    queryFn: ({ signal }) =>
      api<PageOf<ItemSummary>>(
        `/api/assignments/overview/${which}?size=100${unitId ? `&unitId=${enc(unitId)}` : ''}`, { signal }),
  })
}

/** The people of a unit the caller leads and of the units below it (for choosing a responsible person). */
export function usePeople(unitId: string, enabled = true) {
  const api = useApi()
  return useQuery({
    queryKey: assignmentKeys.people(unitId),
    queryFn: ({ signal }) => api<Person[]>(`/api/assignments/people?unitId=${enc(unitId)}`, { signal }),
    enabled,
    staleTime: 60_000,
  })
}

/** After any change, everything about assignments may have moved (roll-up, counters, Min side). */
function useInvalidateAssignments() {
  const client = useQueryClient()
  return () => client.invalidateQueries({ queryKey: assignmentKeys.all })
}

export function useChangeStatus() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ kind, id, change }: { kind: ItemKind; id: string; change: StatusChange }) =>
      api<unknown>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}/status`, { method: 'POST', body: change }),
    onSuccess: () => invalidate(),
  })
}

export function useCreateAssignment() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: (assignment: NewAssignment) => api<AssignmentItem>('/api/assignments/assignments', { method: 'POST', body: assignment }),
    onSuccess: () => invalidate(),
  })
}

export function useDelegate() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ kind, id, delegations }: { kind: 'ASSIGNMENT' | 'DELEGATION'; id: string; delegations: DelegationOrder[] }) =>
      api<unknown>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}/delegations`, { method: 'POST', body: { delegations } }),
    onSuccess: () => invalidate(),
  })
}

/** The receiving side names the delegation's responsible person (the deadline and text stay as they are). */
export function useSetDelegationResponsible() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ delegation, responsible }: { delegation: DelegationItem; responsible: string }) =>
      api<DelegationInContext>(`/api/assignments/delegations/${enc(delegation.id)}`, {
        method: 'PUT',
        body: { version: delegation.version, description: delegation.description ?? undefined, responsible, deadline: delegation.deadline },
      }),
    onSuccess: () => invalidate(),
  })
}

export function useAddTask() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ delegationId, task }: { delegationId: string; task: NewTask }) =>
      api<TaskInContext>(`/api/assignments/delegations/${enc(delegationId)}/tasks`, { method: 'POST', body: task }),
    onSuccess: () => invalidate(),
  })
}

export const indicatorKeys = {
  definitions: ['indicators', 'definitions'] as const,
  definition: (id: string) => ['indicators', 'definition', id] as const,
  values: (key: string, unitId: string, from: string, to: string) => ['indicators', 'values', key, unitId, from, to] as const,
  upload: (id: string) => ['indicators', 'upload', id] as const,
}

export function useIndicators() {
  const api = useApi()
  return useQuery({
    queryKey: indicatorKeys.definitions,
    queryFn: ({ signal }) => api<Indicator[]>('/api/indicators/definitions', { signal }),
    staleTime: 60_000,
  })
}

export function useIndicator(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: indicatorKeys.definition(id),
    queryFn: ({ signal }) => api<Indicator>(`/api/indicators/definitions/${enc(id)}`, { signal }),
  })
}

export function useIndicatorValues(key: string, unitId: string | null, from: string, to: string) {
  const api = useApi()
  return useQuery({
    queryKey: indicatorKeys.values(key, unitId ?? '', from, to),
    queryFn: ({ signal }) =>
      api<IndicatorValue[]>(`/api/indicators/values?indicatorKey=${enc(key)}&unitId=${enc(unitId ?? '')}&from=${enc(from)}&to=${enc(to)}`, { signal }),
    enabled: !!unitId,
  })
}

export function useEnterValue() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (value: { indicatorKey: string; unitId: string; period: string; value: number }) =>
      api<EnteredValue>('/api/indicators/values', { method: 'POST', body: value }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['indicators', 'values'] }),
  })
}

export function useStartUpload() {
  const api = useApi()
  return useMutation({
    mutationFn: ({ fileName, content }: { fileName: string; content: string }) =>
      api<ValueImport>(`/api/indicators/value-imports?fileName=${enc(fileName)}`, {
        method: 'POST',
        raw: { body: content, contentType: 'text/csv' },
      }),
  })
}

/** An upload's progress, asked again every second while it runs. */
export function useUpload(id: string | null, intervalMs = 1000) {
  const api = useApi()
  return useQuery({
    queryKey: indicatorKeys.upload(id ?? ''),
    queryFn: ({ signal }) => api<ValueImport>(`/api/indicators/value-imports/${enc(id ?? '')}`, { signal }),
    enabled: !!id,
    refetchInterval: query => (query.state.data && query.state.data.state !== 'RUNNING' ? false : intervalMs),
  })
}

/** What an edit of an item sends (the service's AssignmentRequest, DelegationEditRequest or TaskRequest, with the version). */
export type ItemEdit = Record<string, unknown> & { version: number }

/** Edits an assignment, a delegation or a task; the version names what the edit is based on (409 if it has changed). */
export function useEditItem() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ kind, id, edit }: { kind: ItemKind; id: string; edit: ItemEdit }) =>
      api<unknown>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}`, { method: 'PUT', body: edit }),
    onSuccess: () => invalidate(),
  })
}

/** Cancels an item and everything open below it. */
export function useCancelItem() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: ({ kind, id, version, reason }: { kind: ItemKind; id: string; version: number; reason?: string }) =>
      api<unknown>(`/api/assignments/${KIND_PATH[kind]}/${enc(id)}/cancel`, { method: 'POST', body: { version, reason } }),
    onSuccess: () => invalidate(),
  })
}

/** Moves everything open that one person is responsible for (in the caller's part of the tree) to another. */
export function useHandOver() {
  const api = useApi()
  const invalidate = useInvalidateAssignments()
  return useMutation({
    mutationFn: (handover: { from: string; to: string }) =>
      api<{ from: string; to: string; moved: string[] }>('/api/assignments/handovers', { method: 'POST', body: handover }),
    onSuccess: () => invalidate(),
  })
}
