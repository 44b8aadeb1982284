import { useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { useEnterValue, useIndicator, useIndicatorValues } from '../api/assignmentQueries'
import type { Indicator, Periodicity } from '../api/assignmentTypes'
import { useMyUnit, useTreeIndex } from '../api/queries'
import { BarChart } from '../components/BarChart'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { formatPeriod, parseNumber } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

const PERIOD_FORMAT: Record<Periodicity, RegExp> = {
  MONTH: /^\d{4}-(0[1-9]|1[0-2])$/,
  TERTIAL: /^\d{4}-T[1-3]$/,
  YEAR: /^\d{4}$/,
}

/** The periods to show: last year and this one (five years for a yearly indicator). */
export function periodRange(periodicity: Periodicity, today = new Date()): { from: string; to: string } {
  const year = today.getFullYear()
  switch (periodicity) {
    case 'MONTH':
      return { from: `${year - 1}-01`, to: `${year}-12` }
    case 'TERTIAL':
      return { from: `${year - 1}-T1`, to: `${year}-T3` }
    case 'YEAR':
      return { from: `${year - 4}`, to: `${year}` }
  }
}

export function periodExample(periodicity: Periodicity, today = new Date()): string {
  const year = today.getFullYear()
  return periodicity === 'MONTH' ? `${year}-${String(today.getMonth() + 1).padStart(2, '0')}` : periodicity === 'TERTIAL' ? `${year}-T1` : `${year}`
}

/** One indicator: what it measures, a unit's values as a chart with a table, and manual entry for the municipality's own. */
export function IndicatorPage() {
  const { t, language } = useI18n()
  const { indicatorId = '' } = useParams()
  const indicator = useIndicator(indicatorId)
  if (indicator.isPending || indicator.isError) {
    return (
      <>
        <PageHeading title={t('indicators.title')} />
        {indicator.isPending ? <Loading /> : <ProblemMessage error={indicator.error} retry={() => void indicator.refetch()} />}
      </>
    )
  }
  return (
    <>
      <PageHeading title={indicator.data.names[language]}>
        <p className="lead">{indicator.data.key}</p>
      </PageHeading>
      <IndicatorView indicator={indicator.data} />
    </>
  )
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  const { t, formatNumber, formatMeasure } = useI18n()
  const tree = useTreeIndex()
  const mine = useMyUnit()
  const units = indicator.unitIds
    .map(id => tree.index.byId.get(id) ?? { id, name: id })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  const preferred = mine.unit && indicator.unitIds.includes(mine.unit.id) ? mine.unit.id : units[0]?.id ?? null
  const [chosen, setChosen] = useState<string | null>(null)
  const unitId = chosen ?? preferred
  const unitName = units.find(unit => unit.id === unitId)?.name ?? ''
  const { from, to } = periodRange(indicator.periodicity)
  const values = useIndicatorValues(indicator.key, unitId, from, to)

  return (
    <>
      <dl className="details">
        <div>
          <dt>{t('indicators.serviceArea')}</dt>
          <dd>{indicator.serviceArea}</dd>
        </div>
        <div>
          <dt>{t('indicators.unitOfMeasure')}</dt>
          <dd>{indicator.unitOfMeasure}</dd>
        </div>
        <div>
          <dt>{t('indicators.periodicity')}</dt>
          <dd>{t(`periodicity.${indicator.periodicity}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('indicators.aggregation')}</dt>
          <dd>{t(`aggregation.${indicator.aggregation}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('indicators.source')}</dt>
          <dd>{indicator.source === 'MANUAL' ? t('indicators.manual') : indicator.source}</dd>
        </div>
        {(indicator.minValue != null || indicator.maxValue != null) && (
          <div>
            <dt>{t('indicators.range')}</dt>
            <dd>
              {indicator.minValue != null ? formatNumber(indicator.minValue) : '–'} – {indicator.maxValue != null ? formatNumber(indicator.maxValue) : '–'}
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="indicator-values">
        <h2 id="indicator-values">{t('indicators.values')}</h2>
        {units.length === 0 ? (
          <p>{t('indicators.noUnits')}</p>
        ) : (
          <>
            <div className="field field-inline">
              <label htmlFor="indicator-unit">{t('indicators.showUnit')}</label>
              <select id="indicator-unit" value={unitId ?? ''} onChange={e => setChosen(e.target.value)}>
                {units.map(unit => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
            {values.isPending ? (
              <Loading />
            ) : values.isError ? (
              <ProblemMessage error={values.error} retry={() => void values.refetch()} />
            ) : (
              <BarChart
                caption={t('indicators.chartCaption', { unit: unitName, from: formatPeriod(from), to: formatPeriod(to) })}
                labelHeader={t('indicators.period')}
                valueHeader={t('indicators.value')}
                format={value => formatMeasure(value, indicator.unitOfMeasure)}
                bars={values.data.map(value => ({ label: formatPeriod(value.period), value: Number(value.value) }))}
              />
            )}
          </>
        )}
      </section>

      {indicator.source === 'MANUAL' && units.length > 0 && <EnterValueForm indicator={indicator} units={units} defaultUnit={unitId} />}
      {indicator.source === 'MANUAL' && (
        <p>
          <Link to="/indicators/upload">{t('indicators.uploadLink')}</Link>
        </p>
      )}
    </>
  )
}

const VALUE_FIELDS: Record<string, string> = { unitId: 'value-unit', period: 'value-period', value: 'value-value' }

function EnterValueForm({ indicator, units, defaultUnit }: {
  indicator: Indicator
  units: { id: string; name: string }[]
  defaultUnit: string | null
}) {
  const { t, formatMeasure } = useI18n()
  const enter = useEnterValue()
  const [unitId, setUnitId] = useState(defaultUnit ?? units[0].id)
  const [period, setPeriod] = useState('')
  const [value, setValue] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState('')
  const server = serverFieldErrors(enter.error)
  const shown = { ...server, ...errors }
  const example = periodExample(indicator.periodicity)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const number = parseNumber(value)
    if (!PERIOD_FORMAT[indicator.periodicity].test(period.trim())) found.period = t('value.periodInvalid', { example })
    if (number === null) found.value = t('value.valueInvalid')
    setErrors(found)
    setDone('')
    if (Object.keys(found).length > 0 || number === null) {
      return
    }
    enter.mutate(
      { indicatorKey: indicator.key, unitId, period: period.trim(), value: number },
      {
        onSuccess: entered => {
          const unit = units.find(candidate => candidate.id === unitId)?.name ?? ''
          const shownValue = formatMeasure(entered.value, indicator.unitOfMeasure)
          setDone(entered.previousValue != null
            ? t('value.replaced', { value: shownValue, previous: formatMeasure(entered.previousValue, indicator.unitOfMeasure),
              unit, period: formatPeriod(entered.period) })
            : t('value.stored', { value: shownValue, unit, period: formatPeriod(entered.period) }))
          setValue('')
        },
      },
    )
  }
  return (
    <section aria-labelledby="value-heading">
      <h2 id="value-heading">{t('value.title')}</h2>
      <form className="form narrow" onSubmit={submit} noValidate>
        <ErrorSummary errors={shown} fieldIds={VALUE_FIELDS} />
        <FormField id={VALUE_FIELDS.unitId} label={t('item.unit')} error={shown.unitId} required>
          {props => (
            <select {...props} value={unitId} onChange={e => setUnitId(e.target.value)}>
              {units.map(unit => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={VALUE_FIELDS.period} label={t('indicators.period')} hint={t(`value.periodHint.${indicator.periodicity}` as MessageKey, { example })}
          error={shown.period} required>
          {props => <input {...props} className="input-date" autoComplete="off" value={period} onChange={e => setPeriod(e.target.value)} />}
        </FormField>
        <FormField id={VALUE_FIELDS.value} label={t('value.value', { unit: indicator.unitOfMeasure })} hint={t('value.valueHint')}
          error={shown.value} required>
          {props => <input {...props} className="input-date" inputMode="decimal" autoComplete="off" value={value}
            onChange={e => setValue(e.target.value)} />}
        </FormField>
        <button type="submit" className="button button-primary" disabled={enter.isPending}>
          {t('value.submit')}
        </button>
        <div role="status" aria-live="polite">
          {done && <p className="notice notice-success">{done}</p>}
        </div>
        {enter.isError && Object.keys(server).length === 0 && <ProblemMessage error={enter.error} />}
      </form>
    </section>
  )
}
