/** The assignments and indicators services' answers, as their response records describe them. */

export type Status = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'DELAYED' | 'CANCELLED'
export type TrafficLight = 'GREEN' | 'YELLOW' | 'RED'
export type ItemKind = 'ASSIGNMENT' | 'DELEGATION' | 'TASK'
export type SourceKind = 'GOAL' | 'COUNCIL_DECISION' | 'ECONOMY_PLAN_MEASURE' | 'NONE'

/** The statuses a person may set by hand (cancelling is its own action). */
export const SETTABLE_STATUSES: Status[] = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE']
export const STATUSES: Status[] = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'DONE', 'CANCELLED']

/** What a listed item is called: its own title, or for a delegation without one, its assignment's. */
export function itemTitle(item: { title: string | null; assignmentTitle: string }): string {
  return item.title?.trim() ? item.title : item.assignmentTitle
}

export interface AssignmentSource {
  kind: SourceKind
  goalId: string | null
  body: string | null
  caseNumber: string | null
  decisionDate: string | null
  decisionText: string | null
  measure: string | null
}

export interface StatusNote {
  text: string
  date: string
  writtenBy: string
  writtenAt: string
}

interface ItemState {
  id: string
  unitId: string
  unitName: string
  description: string | null
  responsible: string | null
  deadline: string
  status: Status
  trafficLight: TrafficLight
  overdue: boolean
  overdueSince: string | null
  ownerless: boolean
  statusNote: StatusNote | null
  version: number
}

export interface TaskItem extends ItemState {
  assignmentId: string
  delegationId: string
  title: string
}

export interface DelegationItem extends ItemState {
  assignmentId: string
  parentDelegationId: string | null
  fromUnitId: string
  fromUnitName: string
  delegations: DelegationItem[]
  tasks: TaskItem[]
}

export interface AssignmentItem extends ItemState {
  type: string
  title: string
  source: AssignmentSource
  includeInMonthlyReport: boolean
  delegations: DelegationItem[]
}

export interface DelegationInContext {
  assignment: AssignmentItem
  chain: DelegationItem[]
  delegation: DelegationItem
}

export interface TaskInContext {
  assignment: AssignmentItem
  chain: DelegationItem[]
  task: TaskItem
}

export interface PageOf<T> {
  items: T[]
  page: number
  size: number
  total: number
}

export interface HistoryEntry {
  change: 'CREATED' | 'EDITED' | 'STATUS_CHANGED' | 'ROLLED_UP' | 'CANCELLED' | 'OVERDUE' | 'HANDED_OVER'
  by: string
  at: string
  version: number
  statusBefore: Status | null
  status: Status
  trafficLight: TrafficLight
  responsibleBefore: string | null
  responsible: string | null
  deadlineBefore: string | null
  deadline: string | null
  comment: string | null
  commentDate: string | null
  reason: string | null
}

/** One item in a list: Min side, the overview's overdue and ownerless items. */
export interface ItemSummary {
  id: string
  kind: ItemKind
  assignmentId: string
  assignmentTitle: string
  /** Null for a delegation without a text of its own: show {@link itemTitle}. */
  title: string | null
  unitId: string
  unitName: string
  responsible: string | null
  deadline: string
  status: Status
  trafficLight: TrafficLight
  overdue: boolean
  overdueSince: string | null
  ownerless: boolean
  responsibleLeft: boolean
  version: number
}

export interface MyPage {
  username: string
  byStatus: Record<Status, number>
  overdue: number
  open: PageOf<ItemSummary>
}

export interface Counts {
  byStatus: Record<Status, number>
  total: number
  overdue: number
  ownerless: number
}

export interface KindCounts {
  assignments: Counts
  delegations: Counts
  tasks: Counts
}

export interface UnitOverview {
  id: string
  name: string
  own: KindCounts
  subtree: KindCounts
}

export interface Overview {
  year: number
  unit: UnitOverview
  children: UnitOverview[]
}

export interface Person {
  username: string
  name: string | null
  email: string | null
  unitId: string
  leftOn: string | null
}

export interface NewAssignment {
  unitId: string
  type: string
  title: string
  description?: string
  source: Partial<AssignmentSource> & { kind: SourceKind }
  includeInMonthlyReport: boolean
  responsible?: string
  deadline: string
}

export interface DelegationOrder {
  unitId: string
  responsible?: string
  deadline: string
  description?: string
}

export interface NewTask {
  title: string
  description?: string
  responsible: string
  deadline: string
}

export interface StatusChange {
  version: number
  status?: Status
  comment?: string
}

export type Aggregation = 'SUM' | 'AVERAGE' | 'LAST'
export type Periodicity = 'MONTH' | 'TERTIAL' | 'YEAR'

export interface Indicator {
  id: string
  key: string
  names: { nb: string; nn: string; en: string }
  unitOfMeasure: string
  aggregation: Aggregation
  periodicity: Periodicity
  serviceArea: string
  minValue: number | null
  maxValue: number | null
  /** MANUAL, or the fagsystem that delivers the values. */
  source: string
  rollUp: boolean
  unitIds: string[]
  version: number
}

export interface IndicatorValue {
  period: string
  value: number
  current: boolean
  sourceSystem: string | null
  sourceEventId: string | null
  corrects: string | null
  replacedBy: string | null
  recordedBy: string | null
  recordedAt: string
}

export interface EnteredValue {
  indicatorKey: string
  unitId: string
  period: string
  value: number
  previousValue: number | null
  sourceEventId: string
}

export interface ValueImport {
  id: string
  fileName: string | null
  state: 'RUNNING' | 'DONE' | 'FAILED'
  rowsTotal: number
  rowsDone: number
  stored: number
  unchanged: number
  refused: number
  problems: { line: number; code: string; message: string }[]
}
