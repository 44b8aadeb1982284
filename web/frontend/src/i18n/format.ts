/**
 * Dates and numbers in Norwegian format in every language of the app: 14.12.2026, 612 400 000 kr, 7,5 %.
 * The municipality's numbers are Norwegian whatever language a person reads them in.
 */
const LOCALE = 'nb-NO'
const TIME_ZONE = 'Europe/Oslo'

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE })
/** Canada's format is ISO's yyyy-mm-dd. */
const isoDayFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE })
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 6 })

/** A day (ISO yyyy-mm-dd, as the API sends a LocalDate) as dd.mm.yyyy. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) {
    return isoDate
  }
  return dateFormat.format(new Date(Date.UTC(year, month - 1, day)))
}

/** A day typed the Norwegian way (d.m.yyyy, also with / or - between) as ISO yyyy-mm-dd; null if it is no real day. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/.exec(text)
  if (!match) {
    return null
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Today in the municipality (Norwegian time, as the services count days) as ISO yyyy-mm-dd, whatever the device's zone;
 * UTC is a day behind between midnight and 01:00 (02:00 in summer).
 */
export function today(now = new Date()): string {
  return isoDayFormat.format(now)
}

/** An instant (ISO with zone, as the API sends an Instant) as Norwegian date and time. */
export function formatDateTime(isoInstant: string): string {
  const date = new Date(isoInstant)
  return Number.isNaN(date.getTime()) ? isoInstant : dateTimeFormat.format(date)
}

export function formatNumber(value: number | string): string {
  const number = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(number) ? numberFormat.format(number) : String(value)
}

/** An amount in Norwegian kroner: whole kroner without decimals, otherwise with øre. */
export function formatAmount(value: number | string): string {
  const number = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(number)) {
    return String(value)
  }
  const whole = Number.isInteger(number)
  return new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency: 'NOK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(number)
}

/** A value with its unit of measure: "90 %", "150 000 antall" reads badly, so a count is shown as the number alone. */
export function formatMeasure(value: number | string, unitOfMeasure: string): string {
  const number = formatNumber(value)
  const unit = unitOfMeasure.trim()
  if (unit === '' || unit.toLowerCase() === 'antall' || unit.toLowerCase() === 'count') {
    return number
  }
  return `${number}\u00a0${unit}`
}

/** A number typed the Norwegian way (decimal comma, spaces between thousands; a point is taken too); null if none. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.').replace(/^[\u2212]/, '-')
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
    return null
  }
  return Number(cleaned)
}

/** A period of the indicators service (2027-03, 2027-T1, 2027) as a label: 03.2027, T1 2027, 2027. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) {
    return `${month[2]}.${month[1]}`
  }
  const tertial = /^(\d{4})-T([1-3])$/.exec(period)
  return tertial ? `T${tertial[2]} ${tertial[1]}` : period
}
