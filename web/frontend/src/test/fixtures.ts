import type { Letter, OrgUnit, PlanYear, Settings, UnitGoals } from '../api/types'
import { DEFAULT_TERMINOLOGY } from '../i18n/terminology'

function unit(id: string, parentId: string | null, path: string[], name: string, code: string, level: string, leader: string | null): OrgUnit {
  return { id, parentId, path, name, externalCode: code, levelName: level, leader, validFrom: '2027-01-01', validTo: null, closedFrom: null, version: 1 }
}

export const TOP = 'u-1000'
export const SECTOR = 'u-2000'
export const SCHOOL = 'u-2110'
export const SFO = 'u-2111'
export const HEALTH = 'u-3000'

export const tree: OrgUnit[] = [
  unit(TOP, null, [], 'Fjordvik kommune', '1000', 'Kommune', 'ingrid.fjeld'),
  unit(SECTOR, TOP, [TOP], 'Oppvekst og kultur', '2000', 'Kommunalområde', 'tor.haugen'),
  unit(HEALTH, TOP, [TOP], 'Helse og velferd', '3000', 'Kommunalområde', 'anne.lie'),
  unit(SCHOOL, SECTOR, [TOP, SECTOR], 'Fjordvik skole', '2110', 'Virksomhet', 'per.berg'),
  unit(SFO, SCHOOL, [TOP, SECTOR, SCHOOL], 'SFO Fjordvik skole', '2111', 'Avdeling', null),
]

export const planYears: PlanYear[] = [
  { year: 2027, state: 'ACTIVE', version: 2 },
  { year: 2028, state: 'PLANNING', version: 1 },
]

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    language: 'nb',
    terminology: Object.fromEntries(Object.entries(DEFAULT_TERMINOLOGY).map(([key, labels]) => [key, { ...labels }])),
    assignmentTypes: [{ code: 'VERBALVEDTAK', labels: { nb: 'Verbalvedtak', nn: 'Verbalvedtak', en: 'Verbal council decision' }, active: true }],
    reminders: { daysBeforeLongPeriods: 28, daysBeforeShortPeriods: 7, weeklyDigest: true, escalateAfterDaysOverdue: 7 },
    version: 3,
    ...overrides,
  }
}

export const schoolGoals: UnitGoals = {
  unitId: SCHOOL,
  unitName: 'Fjordvik skole',
  year: 2027,
  version: 1,
  goals: [
    {
      goal: {
        id: 'g-v1',
        parentId: 'g-h1',
        ownerUnitId: SECTOR,
        title: 'Mobbing avdekkes og stoppes raskt',
        description: null,
        source: { kind: 'POLITICAL_DECISION', name: 'Kommunestyret', caseNumber: 'PS 45/26', date: '2026-12-14' },
        fromYear: 2027,
        toYear: 2027,
        indicators: [
          { id: 'i-1', name: 'Andel elever som trives', unitOfMeasure: '%', targetValue: 90, direction: 'HIGHER_IS_BETTER', yellowLimit: 85, indicatorKey: null },
          { id: 'i-2', name: 'Sykefravær', unitOfMeasure: '%', targetValue: 7.5, direction: 'LOWER_IS_BETTER', yellowLimit: null, indicatorKey: 'sykefravaer' },
        ],
        version: 1,
      },
      parents: [
        { id: 'g-h1', title: 'Alle elever opplever et trygt skolemiljø', sourceKind: 'HOP', sourceName: 'HØP 2027–2030' },
        { id: 'g-k1', title: 'Gode oppvekstvilkår', sourceKind: 'KOMMUNEPLAN', sourceName: 'Kommuneplanen' },
      ],
    },
  ],
}

export function letterToSchool(overrides: Partial<Letter> = {}): Letter {
  return {
    id: 'l-1',
    year: 2027,
    fromUnitId: SECTOR,
    toUnitId: SCHOOL,
    version: 2,
    latest: {
      revision: 1,
      state: 'SENT',
      title: 'Oppdragsbrev 2027 – Fjordvik skole',
      sections: {
        guidance: 'Skolen styres etter HØP.',
        focusAreas: 'Trygt skolemiljø.',
        frames: null,
        budgetFrame: 48250000,
        routines: null,
        internalControl: null,
      },
      goalIds: ['g-v1'],
      changedAt: '2027-01-05T08:00:00Z',
      changedBy: 'tor.haugen',
      sentAt: '2027-01-06T09:30:00Z',
      sentBy: 'tor.haugen',
      acknowledgedAt: null,
      acknowledgedBy: null,
    },
    revisions: 1,
    mayEdit: false,
    mayAcknowledge: true,
    ...overrides,
  }
}
