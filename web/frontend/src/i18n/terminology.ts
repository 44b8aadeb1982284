import type { Language } from './language'

export type Labels = Record<Language, string>

/** Concept keys the app uses; a municipality may name more, and names every one of these (see its settings). */
export type TermKey =
  | 'level.municipality'
  | 'level.sector'
  | 'level.unit'
  | 'level.department'
  | 'role.kommunedirektor'
  | 'role.kommunalsjef'
  | 'role.virksomhetsleder'
  | 'role.medarbeider'
  | 'role.politiker'
  | 'role.admin'
  | 'concept.unitPlan'
  | 'concept.assignmentLetter'
  | 'concept.leaderAgreement'
  | 'concept.goal'
  | 'concept.indicator'
  | 'concept.assignment'
  | 'concept.task'
  | 'concept.checklist'
  | 'concept.deviation'
  | 'concept.report'

export type Terminology = Record<string, Labels>

/** The same defaults as the plans service has for a municipality that has stored no settings. */
export const DEFAULT_TERMINOLOGY: Record<TermKey, Labels> = {
  'level.municipality': { nb: 'kommune', nn: 'kommune', en: 'municipality' },
  'level.sector': { nb: 'sektor', nn: 'sektor', en: 'sector' },
  'level.unit': { nb: 'virksomhet', nn: 'eining', en: 'unit' },
  'level.department': { nb: 'avdeling', nn: 'avdeling', en: 'department' },
  'role.kommunedirektor': { nb: 'kommunedirektør', nn: 'kommunedirektør', en: 'chief executive' },
  'role.kommunalsjef': { nb: 'kommunalsjef', nn: 'kommunalsjef', en: 'head of sector' },
  'role.virksomhetsleder': { nb: 'virksomhetsleder', nn: 'einingsleiar', en: 'unit leader' },
  'role.medarbeider': { nb: 'medarbeider', nn: 'medarbeidar', en: 'employee' },
  'role.politiker': { nb: 'politiker', nn: 'politikar', en: 'elected member' },
  'role.admin': { nb: 'administrator', nn: 'administrator', en: 'administrator' },
  'concept.unitPlan': { nb: 'virksomhetsplan', nn: 'verksemdsplan', en: 'unit plan' },
  'concept.assignmentLetter': { nb: 'oppdragsbrev', nn: 'oppdragsbrev', en: 'assignment letter' },
  'concept.leaderAgreement': { nb: 'lederavtale', nn: 'leiaravtale', en: 'leader agreement' },
  'concept.goal': { nb: 'mål', nn: 'mål', en: 'goal' },
  'concept.indicator': { nb: 'nøkkeltall', nn: 'nøkkeltal', en: 'key figure' },
  'concept.assignment': { nb: 'oppdrag', nn: 'oppdrag', en: 'assignment' },
  'concept.task': { nb: 'oppgave', nn: 'oppgåve', en: 'task' },
  'concept.checklist': { nb: 'sjekkliste', nn: 'sjekkliste', en: 'checklist' },
  'concept.deviation': { nb: 'avvik', nn: 'avvik', en: 'deviation' },
  'concept.report': { nb: 'rapport', nn: 'rapport', en: 'report' },
}

export const TERM_KEYS = Object.keys(DEFAULT_TERMINOLOGY) as TermKey[]

export function capitalize(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toLocaleUpperCase('nb-NO') + text.slice(1)
}
