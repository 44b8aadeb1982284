/** The shapes of checklists-service's answers (/api/checklists/**), as its records write them. */

export type QuestionType = 'TEXT' | 'CHECKBOX' | 'YES_NO' | 'NUMBER'
export type Choice = 'YES' | 'NO' | 'NOT_RELEVANT'
export type ResponseStatus = 'NOT_STARTED' | 'DRAFT' | 'SUBMITTED'
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH'
export type Area = 'QUALITY' | 'INTERNAL_CONTROL' | 'HSE' | 'HR' | 'OTHER'
export type PeriodKind = 'MONTH' | 'TERTIAL' | 'YEAR'

export const QUESTION_TYPES: QuestionType[] = ['YES_NO', 'CHECKBOX', 'NUMBER', 'TEXT']
export const SEVERITIES: Severity[] = ['LOW', 'MEDIUM', 'HIGH']
export const AREAS: Area[] = ['HSE', 'INTERNAL_CONTROL', 'QUALITY', 'HR', 'OTHER']
export const PERIOD_KINDS: PeriodKind[] = ['MONTH', 'TERTIAL', 'YEAR']

/** A unit's checklist as GET /responses/mine lists it. */
export interface ResponseSummary {
  id: string
  distributionId: string
  unitId: string
  responsible: string | null
  status: ResponseStatus
  version: number
  submittedBy: string | null
  submittedAt: string | null
}

export interface Answer {
  questionId: string
  text: string | null
  checked: boolean | null
  choice: Choice | null
  /** A BigDecimal: a JSON number. */
  number: number | null
  reason: string | null
  comment: string | null
  evidence: string[]
  answeredBy: string
  answeredAt: string
}

export interface QuestionWithAnswer {
  id: string
  text: string
  type: QuestionType
  required: boolean
  answer: Answer | null
}

export interface CheckpointWithAnswers {
  title: string
  questions: QuestionWithAnswer[]
}

export interface CategoryWithAnswers {
  title: string
  checkpoints: CheckpointWithAnswers[]
}

export interface DistributionRef {
  id: string
  title: string
  /** "mars 2027", "T1 2027", "2027" */
  period: string
  deadline: string
  closed: boolean
  includeInMonthlyReport: boolean
}

export interface Deviation {
  id: string
  distributionId: string
  checklistTitle: string
  responseId: string
  unitId: string
  unitName: string
  questionId: string
  questionText: string
  description: string
  severity: Severity
  responsible: string
  deadline: string
  status: 'OPEN' | 'CLOSED'
  followUpId: string | null
  raisedBy: string
  raisedAt: string
  closedBy: string | null
  closedAt: string | null
  version: number
}

/** GET /responses/{id}: the checklist with its questions in order, each with its current answer. */
export interface Sheet {
  id: string
  distribution: DistributionRef
  templateId: string
  templateVersion: number
  area: Area
  unitId: string
  responsible: string | null
  status: ResponseStatus
  version: number
  submittedBy: string | null
  submittedAt: string | null
  mayAnswer: boolean
  categories: CategoryWithAnswers[]
  deviations: Deviation[]
}

/** One answer of PUT /responses/{id}/answers: the one field of the question's type is set. */
export interface AnswerInput {
  questionId: string
  text?: string
  checked?: boolean
  choice?: Choice
  number?: number
  reason?: string
  comment?: string
}

export interface NewDeviation {
  questionId: string
  description: string
  severity: Severity
  responsible: string
  deadline: string
}

/** A 422 of the answers or the submit: each question that does not fit, with why. */
export interface QuestionProblem {
  questionId: string | null
  question: string | null
  message: string
}

export interface Distribution {
  id: string
  templateId: string
  templateVersion: number
  title: string
  periodKind: PeriodKind
  periodYear: number
  periodNumber: number
  period: string
  deadline: string
  includeInMonthlyReport: boolean
  closed: boolean
  version: number
  createdBy: string
  createdAt: string
}

export interface DistributeRequest {
  templateId: string
  templateVersion?: number
  title?: string
  period: { kind: PeriodKind; year: number; number: number }
  deadline: string
  includeInMonthlyReport: boolean
  targets: { unitId: string; includeSubtree: boolean; responsible?: string }[]
}

export interface TemplateSummary {
  id: string
  version: number
  name: string
  area: Area
  description: string | null
  questions: number
  createdBy: string
  createdAt: string
}

export interface TemplateQuestion {
  id?: string
  text: string
  type: QuestionType
  required: boolean
}

export interface Template {
  id: string
  version: number
  name: string
  area: Area
  description: string | null
  categories: { title: string; checkpoints: { title: string; questions: TemplateQuestion[] }[] }[]
  createdBy: string
  createdAt: string
}

export interface NewTemplate {
  name: string
  area: Area
  description?: string
  categories: { title: string; checkpoints: { title: string; questions: { text: string; type: QuestionType; required: boolean }[] }[] }[]
}

/** GET /distributions/{id}/overview: a unit's subtree for one distribution; completion is a share from 0 to 1. */
export interface ChecklistCounts {
  assigned: number
  notStarted: number
  draft: number
  submitted: number
  deviationsOpen: number
  deviationsClosed: number
  completion: number
}

export interface ChecklistOverview {
  distributionId: string
  title: string
  deadline: string
  closed: boolean
  unit: { id: string; name: string }
  counts: ChecklistCounts
  categories: {
    title: string
    answered: number
    expected: number
    completion: number
    checkpoints: {
      title: string
      answered: number
      expected: number
      completion: number
      questions: { id: string; text: string; type: QuestionType; required: boolean; answered: number; completion: number;
        answers: Record<string, number> }[]
    }[]
  }[]
  children: { unit: { id: string; name: string }; counts: ChecklistCounts }[]
  notSubmitted: { responseId: string; unit: { id: string; name: string }; status: ResponseStatus; answeredBy: string | null }[]
  moreNotSubmitted: boolean
}
