import { describe, expect, it } from 'vitest'
import { createI18n, DICTIONARIES, interpolate } from './I18n'
import { formatAmount, formatDate, formatDateTime, formatMeasure, formatNumber, formatPeriod, parseDate, parseNumber, today } from './format'
import { LANGUAGES } from './language'
import { nb } from './nb'

/** Intl separates thousands with a no-break space (U+00A0 or U+202F); compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('dictionaries', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}|\{[Tt]erm:([\w.]+)\}/g)].map(m => m[1] ?? m[2]).sort()

  it('have a non-empty label for every key in every language', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
        expect(DICTIONARIES[language][key], `${language} ${key}`).toMatch(/\S/)
      }
    }
  })

  it('use the same values and terms in every language', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
        expect(placeholders(DICTIONARIES[language][key]), `${language} ${key}`).toEqual(placeholders(nb[key]))
      }
    }
  })
})

describe('labels', () => {
  it('fill in values and the municipality’s own terms', () => {
    const term = (key: string, capital: boolean) => (capital ? `T(${key})` : `t(${key})`)
    expect(interpolate('{Term:concept.goal} for {{unit}}: {term:concept.goal}', { unit: 'Fjordvik skole' }, term)).toBe(
      'T(concept.goal) for Fjordvik skole: t(concept.goal)',
    )
  })

  it('use the default terms until the municipality names its own, in the language shown', () => {
    expect(createI18n('nb').t('plan.title', { year: 2027 })).toBe('Virksomhetsplan 2027')
    expect(createI18n('nn').t('plan.title', { year: 2027 })).toBe('Verksemdsplan 2027')
    expect(createI18n('en').t('plan.title', { year: 2027 })).toBe('Unit plan 2027')
    const own = { 'concept.unitPlan': { nb: 'enhetsplan', nn: 'einingsplan', en: 'business plan' } }
    expect(createI18n('nb', own).t('plan.title', { year: 2027 })).toBe('Enhetsplan 2027')
    expect(createI18n('nn', own).t('plan.noLetter', { unit: 'X', year: 2027 })).toBe('Ingen oppdragsbrev er sendt til X for 2027.')
  })
})

describe('Norwegian formats', () => {
  it('show days as dd.mm.yyyy whatever the language', () => {
    expect(formatDate('2026-12-14')).toBe('14.12.2026')
    expect(formatDate('2027-01-01')).toBe('01.01.2027')
  })

  it('read days typed the Norwegian way, and refuse days that do not exist', () => {
    expect(parseDate('1.2.2027')).toBe('2027-02-01')
    expect(parseDate(' 31.12.2026 ')).toBe('2026-12-31')
    expect(parseDate('29/02/2028')).toBe('2028-02-29')
    expect(parseDate('29.02.2027')).toBeNull()
    expect(parseDate('2027-02-01')).toBeNull()
    expect(parseDate('i morgen')).toBeNull()
  })

  it('count today in Norwegian time, whatever the device says', () => {
    expect(today(new Date('2026-11-27T23:20:00Z'))).toBe('2026-11-28')
    expect(today(new Date('2026-11-27T22:59:00Z'))).toBe('2026-11-27')
    expect(today(new Date('2027-06-30T22:10:00Z'))).toBe('2027-07-01')
    expect(today(new Date('2027-06-30T21:50:00Z'))).toBe('2027-06-30')
  })

  it('show instants in Norwegian time', () => {
    expect(plain(formatDateTime('2027-01-06T09:30:00Z'))).toBe('06.01.2027, 10:30')
    expect(plain(formatDateTime('2027-07-01T09:30:00Z'))).toBe('01.07.2027, 11:30')
  })

  it('show numbers with space between thousands and a decimal comma', () => {
    expect(plain(formatNumber(150000))).toBe('150 000')
    expect(plain(formatNumber(7.5))).toBe('7,5')
    expect(plain(formatNumber('1234.25'))).toBe('1 234,25')
  })

  it('show amounts in kroner and measures with their unit', () => {
    expect(plain(formatAmount(612400000))).toBe('612 400 000 kr')
    expect(plain(formatAmount(1500.5))).toBe('1 500,50 kr')
    expect(plain(formatMeasure(90, '%'))).toBe('90 %')
    expect(plain(formatMeasure(150000, 'antall'))).toBe('150 000')
  })

  it('read numbers typed the Norwegian way, and refuse what is no number', () => {
    expect(parseNumber('7,5')).toBe(7.5)
    expect(parseNumber(' 1 234,25 ')).toBe(1234.25)
    expect(parseNumber('1\u00a0500')).toBe(1500)
    expect(parseNumber('-3')).toBe(-3)
    expect(parseNumber('7.5')).toBe(7.5)
    expect(parseNumber('7,5,1')).toBeNull()
    expect(parseNumber('mye')).toBeNull()
    expect(parseNumber('')).toBeNull()
  })

  it('show the indicators’ periods: months, tertials and years', () => {
    expect(formatPeriod('2027-03')).toBe('03.2027')
    expect(formatPeriod('2027-T2')).toBe('T2 2027')
    expect(formatPeriod('2027')).toBe('2027')
  })
})
