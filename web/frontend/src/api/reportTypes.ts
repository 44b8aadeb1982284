/** The shapes of reporting-service's reports (/api/reporting/reports/**), as its records write them. */

export type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED'
export type Section = 'STATUS' | 'ASSIGNMENT' | 'GOAL' | 'INDICATOR' | 'UNIT_REPORT'

export const SECTIONS: Section[] = ['STATUS', 'ASSIGNMENT', 'GOAL', 'INDICATOR', 'UNIT_REPORT']

/** One line of a report; STATUS lines (refId names nothing to open) carry counts by status and OVERDUE. */
export interface ReportItem {
  section: Section
  refId: string
  title: string
  unitName: string | null
  status: string | null
  light: string | null
  deadline: string | null
  actual: number | null
  target: number | null
  measureUnit: string | null
  summary: string | null
  statusText: string | null
  carriedFrom: string | null
  counts: Record<string, number> | null
}

export interface Report {
  id: string
  unitId: string
  /** 2027-03, 2027-T1 or 2027 */
  period: string
  status: ReportStatus
  locked: boolean
  overallText: string | null
  returnComment: string | null
  createdBy: string
  createdAt: string
  submittedBy: string | null
  submittedAt: string | null
  decidedBy: string | null
  decidedAt: string | null
  version: number
  items: ReportItem[]
}

export interface WriteTexts {
  version: number
  overallText?: string
  items?: { section: Section; refId: string; statusText: string }[]
}
