import type { Answer, Deviation, Distribution, ResponseSummary, Sheet, TemplateSummary } from '../api/checklistTypes'
import { SCHOOL } from './fixtures'

/** Shaped exactly like checklists-service's records (ResponseResponses, DeviationResponse, DistributionResponse, TemplateSummary). */
export const RESPONSE = 'r-1'
export const DISTRIBUTION = 'dist-1'
export const Q_EXITS = 'q-exits'
export const Q_LIGHTS = 'q-lights'
export const Q_DRILLS = 'q-drills'
export const Q_TRAINING = 'q-training'
export const Q_COMMENT = 'q-comment'

export function responseSummary(overrides: Partial<ResponseSummary> = {}): ResponseSummary {
  return { id: RESPONSE, distributionId: DISTRIBUTION, unitId: SCHOOL, responsible: null, status: 'DRAFT', version: 2,
    submittedBy: null, submittedAt: null, ...overrides }
}

export function distribution(overrides: Partial<Distribution> = {}): Distribution {
  return { id: DISTRIBUTION, templateId: 'tpl-hms', templateVersion: 1, title: 'HMS-sjekkliste for virksomheter november 2026',
    periodKind: 'MONTH', periodYear: 2026, periodNumber: 11, period: 'november 2026', deadline: '2026-12-07',
    includeInMonthlyReport: true, closed: false, version: 1, createdBy: 'marit.holm', createdAt: '2026-11-20T08:00:00Z', ...overrides }
}

export function deviation(overrides: Partial<Deviation> = {}): Deviation {
  return { id: 'dev-1', distributionId: DISTRIBUTION, checklistTitle: 'HMS-sjekkliste for virksomheter november 2026', responseId: RESPONSE,
    unitId: SCHOOL, unitName: 'Fjordvik skole', questionId: Q_EXITS, questionText: 'Er rømningsveiene frie og merket?',
    description: 'Nødutgangen ved gymsalen er blokkert av lager av turnmatter.', severity: 'HIGH', responsible: 'per.berg',
    deadline: '2026-11-27', status: 'OPEN', followUpId: 'a-77', raisedBy: 'per.berg', raisedAt: '2026-11-20T09:00:00Z',
    closedBy: null, closedAt: null, version: 1, ...overrides }
}

const answer = (questionId: string, value: Partial<Answer>): Answer => ({
  questionId, text: null, checked: null, choice: null, number: null, reason: null, comment: null, evidence: [],
  answeredBy: 'per.berg', answeredAt: '2026-11-20T08:30:00Z', ...value,
})

export function sheet(overrides: Partial<Sheet> = {}): Sheet {
  return {
    id: RESPONSE,
    distribution: { id: DISTRIBUTION, title: 'HMS-sjekkliste for virksomheter november 2026', period: 'november 2026',
      deadline: '2026-12-07', closed: false, includeInMonthlyReport: true },
    templateId: 'tpl-hms', templateVersion: 1, area: 'HSE', unitId: SCHOOL, responsible: null, status: 'DRAFT', version: 2,
    submittedBy: null, submittedAt: null, mayAnswer: true,
    categories: [
      { title: 'Brannvern', checkpoints: [
        { title: 'Rømningsveier og nødlys', questions: [
          { id: Q_EXITS, text: 'Er rømningsveiene frie og merket?', type: 'YES_NO', required: true,
            answer: answer(Q_EXITS, { choice: 'NO', comment: 'Lager av turnmatter blokkerer nødutgangen.' }) },
          { id: Q_LIGHTS, text: 'Er nødlyset kontrollert denne måneden?', type: 'CHECKBOX', required: true, answer: null },
        ] },
        { title: 'Brannøvelser', questions: [
          { id: Q_DRILLS, text: 'Antall brannøvelser denne måneden', type: 'NUMBER', required: false, answer: null },
          { id: Q_TRAINING, text: 'Har nyansatte fått brannopplæring?', type: 'YES_NO', required: true, answer: null },
        ] },
      ] },
      { title: 'Arbeidsmiljø', checkpoints: [
        { title: 'Vold og trusler', questions: [
          { id: Q_COMMENT, text: 'Kommentar til arbeidsmiljøet', type: 'TEXT', required: false, answer: null },
        ] },
      ] },
    ],
    deviations: [],
    ...overrides,
  }
}

export const templates: TemplateSummary[] = [
  { id: 'tpl-hms', version: 2, name: 'HMS-sjekkliste for virksomheter', area: 'HSE',
    description: 'Månedlig egenkontroll av helse, miljø og sikkerhet.', questions: 8, createdBy: 'marit.holm', createdAt: '2026-11-01T08:00:00Z' },
  { id: 'tpl-ik', version: 1, name: 'Årlig internkontroll (kommuneloven § 25-1)', area: 'INTERNAL_CONTROL', description: null,
    questions: 8, createdBy: 'marit.holm', createdAt: '2026-11-01T08:05:00Z' },
]
