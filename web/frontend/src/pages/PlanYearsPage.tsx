import { useId, useState, type FormEvent } from 'react'
import { usePlanYearChange, usePlanYears } from '../api/queries'
import type { PlanYear } from '../api/types'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

/** The municipality's plan years: planning → active → closed; the kommunedirektør and administrators change them. */
export function PlanYearsPage() {
  const { t } = useI18n()
  const { user } = useSession()
  const planYears = usePlanYears()
  const change = usePlanYearChange()
  const [confirming, setConfirming] = useState<number | null>(null)
  const [done, setDone] = useState('')
  const mayChange = hasRole(user, 'admin', 'kommunedirektor')

  const run = (action: 'open' | 'activate' | 'close', year: number) => {
    setDone('')
    change.mutate(
      { action, year },
      {
        onSuccess: () => {
          setConfirming(null)
          setDone(t(action === 'open' ? 'planYears.opened' : action === 'activate' ? 'planYears.activated' : 'planYears.closed', { year }))
        },
      },
    )
  }

  const years = [...(planYears.data ?? [])].sort((a, b) => b.year - a.year)
  return (
    <>
      <PageHeading title={t('planYears.title')}>
        <p className="lead">{t('planYears.intro')}</p>
      </PageHeading>
      {!mayChange && <p className="notice notice-info">{t('planYears.readOnly')}</p>}
      <div role="status">{done && <p className="notice notice-success">{done}</p>}</div>
      {change.isError && <ProblemMessage error={change.error} />}

      {planYears.isPending ? (
        <Loading />
      ) : planYears.isError ? (
        <ProblemMessage error={planYears.error} retry={() => void planYears.refetch()} />
      ) : years.length === 0 ? (
        <p>{t('planYears.none')}</p>
      ) : (
        <TableScroll labelledBy="plan-years-caption">
          <table>
            <caption id="plan-years-caption">{t('planYears.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planYears.year')}</th>
                <th scope="col">{t('planYears.state')}</th>
                {mayChange && <th scope="col">{t('planYears.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {years.map(planYear => (
                <tr key={planYear.year}>
                  <th scope="row">{planYear.year}</th>
                  <td>
                    <span className={`tag tag-${planYear.state.toLowerCase()}`}>{t(`planYears.state.${planYear.state}` as MessageKey)}</span>
                  </td>
                  {mayChange && (
                    <td>
                      <Actions
                        planYear={planYear}
                        busy={change.isPending}
                        confirming={confirming === planYear.year}
                        onActivate={() => run('activate', planYear.year)}
                        onClose={() => setConfirming(planYear.year)}
                        onConfirmClose={() => run('close', planYear.year)}
                        onCancel={() => setConfirming(null)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {mayChange && <OpenPlanYear years={years} busy={change.isPending} onOpen={year => run('open', year)} />}
    </>
  )
}

function Actions(props: {
  planYear: PlanYear
  busy: boolean
  confirming: boolean
  onActivate(): void
  onClose(): void
  onConfirmClose(): void
  onCancel(): void
}) {
  const { t } = useI18n()
  const { year, state } = props.planYear
  if (state === 'PLANNING') {
    return (
      <button type="button" className="button button-secondary" disabled={props.busy} onClick={props.onActivate}>
        {t('planYears.activate', { year })}
      </button>
    )
  }
  if (state !== 'ACTIVE') {
    return null
  }
  if (!props.confirming) {
    return (
      <button type="button" className="button button-secondary" disabled={props.busy} onClick={props.onClose}>
        {t('planYears.close', { year })}
      </button>
    )
  }
  return (
    <div className="confirm" role="group" aria-label={t('planYears.close', { year })}>
      <p>{t('planYears.confirmClose', { year })}</p>
      <button type="button" className="button button-danger" disabled={props.busy} onClick={props.onConfirmClose}>
        {t('planYears.confirm', { year })}
      </button>{' '}
      <button type="button" className="button button-quiet" onClick={props.onCancel}>
        {t('planYears.cancel')}
      </button>
    </div>
  )
}

function OpenPlanYear({ years, busy, onOpen }: { years: PlanYear[]; busy: boolean; onOpen(year: number): void }) {
  const { t } = useI18n()
  const next = years.length > 0 ? Math.max(...years.map(y => y.year)) + 1 : new Date().getFullYear()
  const [value, setValue] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const year = Number(value)
    if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(year)) {
      setInvalid(true)
      document.getElementById(inputId)?.focus()
      return
    }
    setInvalid(false)
    onOpen(year)
  }
  return (
    <section aria-labelledby="open-plan-year">
      <h2 id="open-plan-year">{t('planYears.open')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={inputId}>{t('planYears.yearLabel')}</label>
          <span id={hintId} className="hint">
            {t('planYears.yearHint', { example: next })}
          </span>
          {invalid && (
            <span id={errorId} className="field-error">
              {t('planYears.yearInvalid')}
            </span>
          )}
          <input
            id={inputId}
            inputMode="numeric"
            autoComplete="off"
            className="input-year"
            value={value}
            aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
            aria-invalid={invalid || undefined}
            onChange={e => setValue(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('planYears.openSubmit')}
        </button>
      </form>
    </section>
  )
}
