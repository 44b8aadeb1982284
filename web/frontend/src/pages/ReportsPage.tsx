import { useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ApiError } from '../api/client'
import { useMyUnit, useTreeIndex } from '../api/queries'
import { useCreateReport, useReports } from '../api/reportQueries'
import type { ReportStatus } from '../api/reportTypes'
import { hasRole, useSession } from '../auth/session'
import { FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { formatPeriod } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])|-T[123])?$/

/** A report's workflow status as a word in a tag (never colour alone). */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useI18n()
  return <span className={`tag tag-report-${status.toLowerCase()}`}>{t(`report.status.${status}` as MessageKey)}</span>
}

/**
 * Reports of a unit and the units directly below it (default: the top of the person's part of the organisation), for a
 * period or all; for politicians, the municipality's approved reports. Leaders start their unit's report here.
 */
export function ReportsPage() {
  const { t, formatDateTime } = useI18n()
  const { unitId } = useParams()
  const { user } = useSession()
  const tree = useTreeIndex()
  const mine = useMyUnit()
  const [periodText, setPeriodText] = useState('')
  const period = PERIOD_PATTERN.test(periodText.trim()) ? periodText.trim() : ''
  const reports = useReports(unitId ?? null, period)
  const unit = unitId ? tree.index.byId.get(unitId) : undefined
  const own = unitId ? unit : mine.unit
  const leads = !!own && !!user && (own.leader === user.username || hasRole(user, 'admin', 'kommunedirektor'))
  const politician = hasRole(user, 'politiker') && !hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder')
  const rows = [...(reports.data ?? [])].sort((a, b) => b.period.localeCompare(a.period)
    || (tree.index.byId.get(a.unitId)?.path.length ?? 0) - (tree.index.byId.get(b.unitId)?.path.length ?? 0))
  return (
    <>
      <PageHeading title={unit ? t('reports.titleUnit', { unit: unit.name }) : t('reports.title')}>
        <p className="lead">{politician ? t('reports.introPolitician') : t('reports.intro')}</p>
      </PageHeading>
      {leads && own && !politician && <NewReport unitId={own.id} unitName={own.name} />}
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor="reports-period">{t('reports.filterPeriod')}</label>
          <input id="reports-period" className="input-year" value={periodText} aria-describedby="reports-period-hint"
            onChange={e => setPeriodText(e.target.value)} />
          <span id="reports-period-hint" className="hint">{t('reports.periodHint')}</span>
        </div>
      </div>
      {reports.isPending ? (
        <Loading />
      ) : reports.isError ? (
        <ProblemMessage error={reports.error} retry={() => void reports.refetch()} />
      ) : rows.length === 0 ? (
        <p>{t('reports.none')}</p>
      ) : (
        <TableScroll labelledBy="reports-caption">
          <table className="table-stack">
            <caption id="reports-caption">{t('reports.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.unit')}</th>
                <th scope="col">{t('reports.period')}</th>
                <th scope="col">{t('reports.status')}</th>
                <th scope="col">{t('reports.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(report => {
                const name = tree.index.byId.get(report.unitId)?.name ?? '…'
                return (
                  <tr key={report.id}>
                    <th scope="row" data-label={t('reports.unit')}>
                      <Link to={`/reports/${report.id}`}>{t('reports.linkName', { unit: name, period: formatPeriod(report.period) })}</Link>
                    </th>
                    <td data-label={t('reports.period')}>{formatPeriod(report.period)}</td>
                    <td data-label={t('reports.status')}>
                      <ReportStatusTag status={report.status} />
                      {report.locked && <span className="hint"> {t('report.locked')}</span>}
                    </td>
                    <td data-label={t('reports.changed')}>
                      {formatDateTime(report.decidedAt ?? report.submittedAt ?? report.createdAt)}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}

function NewReport({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateReport()
  const [period, setPeriod] = useState('')
  const [error, setError] = useState<string | undefined>()
  const conflict = create.error instanceof ApiError && create.error.status === 409
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!PERIOD_PATTERN.test(period.trim())) {
      setError(t('reports.periodInvalid'))
      return
    }
    setError(undefined)
    create.mutate({ unitId, period: period.trim() }, { onSuccess: report => void navigate(`/reports/${report.id}`) })
  }
  return (
    <section aria-labelledby="new-report" className="part-form">
      <h2 id="new-report">{t('reports.new', { unit: unitName })}</h2>
      <form className="form narrow" onSubmit={submit} noValidate>
        <FormField id="new-report-period" label={t('reports.period')} hint={t('reports.periodHint')} error={error} required>
          {props => <input {...props} className="input-year" autoComplete="off" value={period} onChange={e => setPeriod(e.target.value)} />}
        </FormField>
        {create.isError && (conflict
          ? <p className="notice notice-error" role="alert">{t('reports.exists', { unit: unitName })}</p>
          : <ProblemMessage error={create.error} />)}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('reports.create')}
          </button>
        </div>
      </form>
    </section>
  )
}
