/** The plans service's answers, as its OpenAPI document describes them (/api/plans/v3/api-docs). */

export interface OrgUnit {
  id: string
  parentId: string | null
  /** The ids from the top of the tree down to the parent. */
  path: string[]
  name: string
  externalCode: string | null
  levelName: string | null
  leader: string | null
  validFrom: string
  validTo: string | null
  closedFrom: string | null
  version: number
}

export interface OrgUnitPeriod {
  validFrom: string
  validTo: string | null
  parentId: string | null
  path: string[]
  name: string
  externalCode: string | null
  levelName: string | null
  leader: string | null
}

export type PlanYearState = 'PLANNING' | 'ACTIVE' | 'CLOSED'

export interface PlanYear {
  year: number
  state: PlanYearState
  version: number
}

export type GoalSourceKind = 'KOMMUNEPLAN' | 'TEMAPLAN' | 'HOP' | 'POLITICAL_DECISION'
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER'

export interface MeasureIndicator {
  id: string
  name: string
  unitOfMeasure: string
  targetValue: number
  direction: Direction
  yellowLimit: number | null
  indicatorKey: string | null
}

export interface Goal {
  id: string
  parentId: string | null
  ownerUnitId: string
  title: string
  description: string | null
  source: { kind: GoalSourceKind; name: string; caseNumber: string | null; date: string | null }
  fromYear: number
  toYear: number
  indicators: MeasureIndicator[]
  version: number
}

export interface ParentGoal {
  id: string
  title: string
  sourceKind: GoalSourceKind
  sourceName: string
}

export interface UnitGoals {
  unitId: string
  unitName: string
  year: number
  version: number
  goals: { goal: Goal; parents: ParentGoal[] }[]
}

export type LetterState = 'DRAFT' | 'SENT' | 'ACKNOWLEDGED'

export interface LetterSections {
  guidance: string | null
  focusAreas: string | null
  frames: string | null
  budgetFrame: number | null
  routines: string | null
  internalControl: string | null
}

export interface LetterRevision {
  revision: number
  state: LetterState
  title: string
  sections: LetterSections | null
  goalIds: string[]
  changedAt: string
  changedBy: string
  sentAt: string | null
  sentBy: string | null
  acknowledgedAt: string | null
  acknowledgedBy: string | null
}

export interface Letter {
  id: string
  year: number
  fromUnitId: string
  toUnitId: string
  version: number
  latest: LetterRevision
  revisions: number
  mayEdit: boolean
  mayAcknowledge: boolean
}

export interface LabelsBody {
  nb: string
  nn: string
  en: string
}

export interface Settings {
  language: 'nb' | 'nn' | 'en'
  terminology: Record<string, LabelsBody>
  assignmentTypes: { code: string; labels: LabelsBody; active: boolean }[]
  reminders: {
    daysBeforeLongPeriods: number
    daysBeforeShortPeriods: number
    weeklyDigest: boolean
    escalateAfterDaysOverdue: number
  }
  version: number
}

/** An error answer (RFC 9457 problem details), as every service and the gateway send it. */
export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  /** For an invalid request (400): each invalid field, named by its path in the body (e.g. source.caseNumber). */
  errors?: { field: string; message: string }[]
}
