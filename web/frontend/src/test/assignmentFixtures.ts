import type {
  AssignmentItem, DelegationItem, HistoryEntry, Indicator, ItemSummary, MyPage, Overview, TaskItem, UnitOverview,
} from '../api/assignmentTypes'
import { HEALTH, SCHOOL, SECTOR, SFO, TOP } from './fixtures'

export const ASSIGNMENT = 'a-1'
export const DELEGATION_SECTOR = 'd-1'
export const DELEGATION_SCHOOL = 'd-2'
export const TASK = 't-1'

export function task(overrides: Partial<TaskItem> = {}): TaskItem {
  return {
    id: TASK, assignmentId: ASSIGNMENT, delegationId: DELEGATION_SCHOOL, unitId: SCHOOL, unitName: 'Fjordvik skole',
    title: 'Kartlegg behovet for kjernetid', description: null, responsible: 'lars.vik', deadline: '2026-11-07',
    status: 'IN_PROGRESS', trafficLight: 'RED', overdue: true, overdueSince: '2026-11-08', ownerless: false,
    statusNote: { text: 'Spørreundersøkelse er sendt ut.', date: '2026-11-01', writtenBy: 'lars.vik', writtenAt: '2026-11-01T10:00:00Z' },
    version: 3, ...overrides,
  }
}

export function schoolDelegation(overrides: Partial<DelegationItem> = {}): DelegationItem {
  return {
    id: DELEGATION_SCHOOL, assignmentId: ASSIGNMENT, parentDelegationId: DELEGATION_SECTOR, fromUnitId: SECTOR,
    fromUnitName: 'Oppvekst og kultur', unitId: SCHOOL, unitName: 'Fjordvik skole', description: null, responsible: 'per.berg',
    deadline: '2027-04-30', status: 'DELAYED', trafficLight: 'RED', overdue: false, overdueSince: null, ownerless: false,
    statusNote: null, version: 4, delegations: [], tasks: [task()], ...overrides,
  }
}

export function sectorDelegation(overrides: Partial<DelegationItem> = {}): DelegationItem {
  return {
    id: DELEGATION_SECTOR, assignmentId: ASSIGNMENT, parentDelegationId: null, fromUnitId: TOP, fromUnitName: 'Fjordvik kommune',
    unitId: SECTOR, unitName: 'Oppvekst og kultur', description: 'Oppvekst utarbeider saken.', responsible: 'tor.haugen',
    deadline: '2027-05-15', status: 'DELAYED', trafficLight: 'RED', overdue: false, overdueSince: null, ownerless: false,
    statusNote: null, version: 5, delegations: [schoolDelegation()], tasks: [], ...overrides,
  }
}

export function assignment(overrides: Partial<AssignmentItem> = {}): AssignmentItem {
  return {
    id: ASSIGNMENT, type: 'VERBALVEDTAK', title: 'Sak om gratis kjernetid i SFO', description: 'Kommunedirektøren legger fram en sak.',
    source: { kind: 'COUNCIL_DECISION', goalId: null, body: 'Kommunestyret', caseNumber: 'PS 112/26', decisionDate: '2026-12-14',
      decisionText: 'Kommunedirektøren legger fram en sak om gratis kjernetid i SFO.', measure: null },
    includeInMonthlyReport: true, unitId: TOP, unitName: 'Fjordvik kommune', responsible: 'ingrid.fjeld', deadline: '2027-06-01',
    status: 'DELAYED', trafficLight: 'RED', overdue: false, overdueSince: null, ownerless: false, statusNote: null, version: 6,
    delegations: [sectorDelegation()], ...overrides,
  }
}

export function summary(overrides: Partial<ItemSummary> = {}): ItemSummary {
  return {
    id: TASK, kind: 'TASK', assignmentId: ASSIGNMENT, assignmentTitle: 'Sak om gratis kjernetid i SFO',
    title: 'Kartlegg behovet for kjernetid', unitId: SCHOOL, unitName: 'Fjordvik skole', responsible: 'lars.vik',
    deadline: '2026-11-07', status: 'IN_PROGRESS', trafficLight: 'RED', overdue: true, overdueSince: '2026-11-08', ownerless: false,
    responsibleLeft: false, version: 3, ...overrides,
  }
}

export const myPage: MyPage = {
  username: 'lars.vik',
  byStatus: { NOT_STARTED: 1, IN_PROGRESS: 1, DONE: 2, DELAYED: 0, CANCELLED: 0 },
  overdue: 1,
  open: {
    items: [
      summary(),
      summary({ id: 't-2', title: 'Beregn bemanning og kostnader', deadline: '2026-12-07', status: 'NOT_STARTED', trafficLight: 'GREEN',
        overdue: false, overdueSince: null, version: 1 }),
    ],
    page: 0, size: 200, total: 2,
  },
}

export const history: HistoryEntry[] = [
  { change: 'CREATED', by: 'per.berg', at: '2026-10-01T08:00:00Z', version: 1, statusBefore: null, status: 'NOT_STARTED',
    trafficLight: 'GREEN', responsibleBefore: null, responsible: 'lars.vik', deadlineBefore: null, deadline: '2026-11-07',
    comment: null, commentDate: null, reason: null },
  { change: 'STATUS_CHANGED', by: 'lars.vik', at: '2026-11-01T10:00:00Z', version: 2, statusBefore: 'NOT_STARTED', status: 'IN_PROGRESS',
    trafficLight: 'GREEN', responsibleBefore: 'lars.vik', responsible: 'lars.vik', deadlineBefore: '2026-11-07', deadline: '2026-11-07',
    comment: 'Spørreundersøkelse er sendt ut.', commentDate: '2026-11-01', reason: null },
]

function counts(notStarted: number, inProgress: number, delayed: number, done: number, overdue = 0, ownerless = 0) {
  return {
    byStatus: { NOT_STARTED: notStarted, IN_PROGRESS: inProgress, DONE: done, DELAYED: delayed, CANCELLED: 0 },
    total: notStarted + inProgress + delayed + done, overdue, ownerless,
  }
}

function unitOverview(id: string, name: string, scale: number): UnitOverview {
  const kinds = {
    assignments: counts(1 * scale, 2 * scale, 1 * scale, 0),
    delegations: counts(2 * scale, 3 * scale, 1 * scale, 1 * scale, 1 * scale, 1 * scale),
    tasks: counts(4 * scale, 5 * scale, 0, 2 * scale, 1 * scale, 0),
  }
  return { id, name, own: kinds, subtree: kinds }
}

export const topOverview: Overview = {
  year: 2027,
  unit: unitOverview(TOP, 'Fjordvik kommune', 2),
  children: [unitOverview(SECTOR, 'Oppvekst og kultur', 1), unitOverview(HEALTH, 'Helse og velferd', 1)],
}

export const sectorOverview: Overview = {
  year: 2027,
  unit: unitOverview(SECTOR, 'Oppvekst og kultur', 1),
  children: [unitOverview(SCHOOL, 'Fjordvik skole', 1)],
}

export const schoolOverview: Overview = {
  year: 2027,
  unit: unitOverview(SCHOOL, 'Fjordvik skole', 1),
  children: [unitOverview(SFO, 'SFO Fjordvik skole', 1)],
}

export function indicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 'ind-1', key: 'elevtrivsel-prosent', names: { nb: 'Andel elever som trives', nn: 'Del elevar som trivst', en: 'Pupils who thrive' },
    unitOfMeasure: '%', aggregation: 'AVERAGE', periodicity: 'TERTIAL', serviceArea: 'OPPVEKST', minValue: 0, maxValue: 100,
    source: 'MANUAL', rollUp: true, unitIds: [SCHOOL, SFO], version: 1, ...overrides,
  }
}

export const homeVisits = indicator({
  id: 'ind-2', key: 'hjemmebesok-antall', names: { nb: 'Antall hjemmebesøk', nn: 'Talet på heimebesøk', en: 'Number of home visits' },
  unitOfMeasure: 'antall', aggregation: 'SUM', periodicity: 'MONTH', serviceArea: 'HELSE_OMSORG', source: 'gerica', unitIds: [HEALTH],
})
