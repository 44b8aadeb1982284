import type { Report } from '../api/reportTypes'
import { SCHOOL, SECTOR } from './fixtures'

/** Shaped exactly like reporting-service's ReportResponse and ItemResponse. */
export const REPORT = 'rep-1'

export function report(overrides: Partial<Report> = {}): Report {
  return {
    id: REPORT, unitId: SCHOOL, period: '2027-T1', status: 'DRAFT', locked: false,
    overallText: 'Et godt første tertial på Fjordvik skole.', returnComment: null, createdBy: 'per.berg',
    createdAt: '2027-05-02T08:00:00Z', submittedBy: null, submittedAt: null, decidedBy: null, decidedAt: null, version: 3,
    items: [
      { section: 'STATUS', refId: '00000000-0000-0000-0000-000000000001', title: 'ASSIGNMENT', unitName: null, status: null, light: null,
        deadline: null, actual: null, target: null, measureUnit: null, summary: null, statusText: null, carriedFrom: null,
        counts: { NOT_STARTED: 1, IN_PROGRESS: 2, DONE: 3, DELAYED: 0, CANCELLED: 0, OVERDUE: 1 } },
      { section: 'ASSIGNMENT', refId: 'a-1', title: 'Sak om gratis kjernetid i SFO', unitName: null, status: 'IN_PROGRESS', light: 'YELLOW',
        deadline: '2027-06-01', actual: null, target: null, measureUnit: null, summary: 'Saken er under arbeid.',
        statusText: 'Følges opp i ledermøtet hver måned.', carriedFrom: null, counts: null },
      { section: 'INDICATOR', refId: 'ind-1', title: 'Andel elever som trives', unitName: 'Leseglede', status: null, light: 'GREEN',
        deadline: null, actual: 91.5, target: 90, measureUnit: '%', summary: null, statusText: null, carriedFrom: null, counts: null },
    ],
    ...overrides,
  }
}

export const sectorReport = (overrides: Partial<Report> = {}) =>
  report({ id: 'rep-2', unitId: SECTOR, overallText: 'Oppvekst og kultur er i rute.', createdBy: 'tor.haugen', items: [], ...overrides })
