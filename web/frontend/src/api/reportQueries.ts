import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from './client'
import type { Report, WriteTexts } from './reportTypes'

const enc = encodeURIComponent

export const reportKeys = {
  all: ['reports'] as const,
  list: (unitId: string | null, period: string) => ['reports', 'list', unitId, period] as const,
  report: (id: string) => ['reports', 'report', id] as const,
}

/** Reports of a unit and the units directly below it (null: the top of the caller's part); politicians get approved ones. */
export function useReports(unitId: string | null, period: string) {
  const api = useApi()
  const query = [unitId ? `unitId=${enc(unitId)}` : '', period ? `period=${enc(period)}` : ''].filter(Boolean).join('&')
  return useQuery({
    queryKey: reportKeys.list(unitId, period),
    queryFn: ({ signal }) => api<Report[]>(`/api/reporting/reports${query ? `?${query}` : ''}`, { signal }),
  })
}

export function useReport(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: reportKeys.report(id),
    queryFn: ({ signal }) => api<Report>(`/api/reporting/reports/${enc(id)}`, { signal }),
  })
}

function useReportChange<V>(call: (api: ReturnType<typeof useApi>, value: V) => Promise<Report>) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (value: V) => call(api, value),
    onSuccess: report => {
      client.setQueryData(reportKeys.report(report.id), report)
      void client.invalidateQueries({ queryKey: ['reports', 'list'] })
    },
  })
}

export function useCreateReport() {
  return useReportChange((api, body: { unitId: string; period: string }) =>
    api<Report>('/api/reporting/reports', { method: 'POST', body }))
}

export function useWriteTexts(id: string) {
  return useReportChange((api, body: WriteTexts) => api<Report>(`/api/reporting/reports/${enc(id)}/texts`, { method: 'PUT', body }))
}

export function useReportAction(id: string) {
  return useReportChange((api, action: { kind: 'submit' | 'approve' | 'refill' } | { kind: 'return'; comment: string }) =>
    api<Report>(`/api/reporting/reports/${enc(id)}/${action.kind}`, {
      method: 'POST',
      body: action.kind === 'return' ? { comment: action.comment } : undefined,
    }))
}

/** A PDF of reporting-service, fetched with the person's token (a plain link would carry none). */
export function usePdf() {
  const api = useApi()
  return useMutation({ mutationFn: (path: string) => api<Blob>(path, { blob: true }) })
}
