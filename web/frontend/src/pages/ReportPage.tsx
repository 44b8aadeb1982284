import { useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../api/client'
import { useTreeIndex } from '../api/queries'
import { useReport, useReportAction, useWriteTexts } from '../api/reportQueries'
import { SECTIONS, type Report, type ReportItem } from '../api/reportTypes'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { PdfButton } from '../components/PdfButton'
import { Loading, ProblemMessage } from '../components/Problem'
import { formatMeasure, formatPeriod } from '../i18n/format'
import { nb, type MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { ReportStatusTag } from './ReportsPage'

const keyOf = (item: ReportItem) => `${item.section}:${item.refId}`

/**
 * A unit's report for a period: its lines filled from the read models, the leader's overall text and text per line
 * (saved with the version read; a 409 says someone else saved first), submit; the leader above approves (locks) or
 * returns it with a comment. Approved reports are read-only. The PDF is fetched with the person's token.
 */
export function ReportPage() {
  const { t } = useI18n()
  const { reportId = '' } = useParams()
  const report = useReport(reportId)
  if (report.isPending || report.isError) {
    return (
      <>
        <PageHeading title={t('report.titlePlain')} />
        {report.isPending ? <Loading /> : <ProblemMessage error={report.error} retry={() => void report.refetch()} />}
      </>
    )
  }
  return <ReportView key={report.data.id} report={report.data} reload={() => void report.refetch()} />
}

function ReportView({ report, reload }: { report: Report; reload: () => void }) {
  const { t, formatDateTime } = useI18n()
  const { user } = useSession()
  const tree = useTreeIndex()
  const write = useWriteTexts(report.id)
  const action = useReportAction(report.id)
  const unit = tree.index.byId.get(report.unitId)
  const unitName = unit?.name ?? ''
  const [overall, setOverall] = useState(report.overallText ?? '')
  const [texts, setTexts] = useState<Record<string, string>>(() =>
    Object.fromEntries(report.items.map(item => [keyOf(item), item.statusText ?? ''])))
  // A new version (saved here, or read again after a conflict) brings its texts into the fields.
  const [seenVersion, setSeenVersion] = useState(report.version)
  if (seenVersion !== report.version) {
    setSeenVersion(report.version)
    setOverall(report.overallText ?? '')
    setTexts(Object.fromEntries(report.items.map(item => [keyOf(item), item.statusText ?? ''])))
  }
  const [comment, setComment] = useState('')
  const [commentError, setCommentError] = useState<string | undefined>()
  const [announcement, setAnnouncement] = useState('')
  const editable = !report.locked && (report.status === 'DRAFT' || report.status === 'RETURNED')
  const isLeader = !!user && (unit?.leader === user.username || hasRole(user, 'admin', 'kommunedirektor'))
  const mayWrite = editable && isLeader
  // The leader above the unit decides; the municipality's own report is decided by an administrator or the kommunedirektør.
  const mayDecide = report.status === 'SUBMITTED' && !!user && !!unit && (unit.parentId === null
    ? hasRole(user, 'admin', 'kommunedirektor')
    : unit.leader !== user.username && hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder'))
  const dirty = overall !== (report.overallText ?? '') || report.items.some(item => (texts[keyOf(item)] ?? '') !== (item.statusText ?? ''))
  const failure = write.error ?? action.error
  const conflict = failure instanceof ApiError && failure.status === 409

  const saveTexts = async (): Promise<Report | null> => {
    action.reset()
    try {
      const saved = await write.mutateAsync({
        version: report.version,
        overallText: overall,
        items: report.items.filter(item => (texts[keyOf(item)] ?? '') !== (item.statusText ?? ''))
          .map(item => ({ section: item.section, refId: item.refId, statusText: texts[keyOf(item)] ?? '' })),
      })
      setAnnouncement(t('report.saved', { version: saved.version }))
      return saved
    } catch {
      setAnnouncement('')
      return null
    }
  }

  const onSave = (event: FormEvent) => {
    event.preventDefault()
    void saveTexts()
  }

  const run = async (kind: 'submit' | 'approve' | 'refill') => {
    if (kind === 'submit' && dirty && !(await saveTexts())) return
    write.reset()
    action.mutate({ kind }, {
      onSuccess: () => setAnnouncement(t(`report.done.${kind}` as MessageKey)),
      onError: () => setAnnouncement(''),
    })
  }

  const sendBack = (event: FormEvent) => {
    event.preventDefault()
    if (comment.trim() === '') {
      setCommentError(t('report.commentRequired'))
      return
    }
    setCommentError(undefined)
    write.reset()
    action.mutate({ kind: 'return', comment: comment.trim() }, { onSuccess: () => setAnnouncement(t('report.done.return')) })
  }

  const sections = SECTIONS.map(section => ({ section, items: report.items.filter(item => item.section === section) }))
    .filter(group => group.items.length > 0)
  const busy = write.isPending || action.isPending
  return (
    <>
      <PageHeading title={t('report.title', { unit: unitName, period: formatPeriod(report.period) })} />
      <p>
        <Link to={`/units/${report.unitId}/reports`}>{t('report.back')}</Link>
      </p>
      <dl className="details details-compact">
        <div>
          <dt>{t('reports.status')}</dt>
          <dd>
            <ReportStatusTag status={report.status} />
            {report.locked && <span className="hint"> {t('report.locked')}</span>}
          </dd>
        </div>
        {report.submittedAt && (
          <div>
            <dt>{t('report.submittedAt')}</dt>
            <dd>{t('report.byAt', { who: report.submittedBy ?? '', at: formatDateTime(report.submittedAt) })}</dd>
          </div>
        )}
        {report.decidedAt && (
          <div>
            <dt>{t('report.decidedAt')}</dt>
            <dd>{t('report.byAt', { who: report.decidedBy ?? '', at: formatDateTime(report.decidedAt) })}</dd>
          </div>
        )}
      </dl>
      <PdfButton path={`/api/reporting/reports/${report.id}/pdf`} label={t('report.pdf')}
        fileName={`rapport-${unitName || report.unitId}-${report.period}.pdf`} />
      {report.status === 'RETURNED' && report.returnComment && (
        <div className="notice notice-info">
          <p>{t('report.returned', { who: report.decidedBy ?? '' })}</p>
          <p className="preserve-lines">{report.returnComment}</p>
        </div>
      )}
      {report.locked && <p className="notice notice-info">{t('report.lockedText')}</p>}
      <div role="status" aria-live="polite" className="live-region">
        {announcement}
      </div>
      {failure && (conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t('report.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={() => { write.reset(); reload() }}>
            {t('report.reload')}
          </button>
        </div>
      ) : (
        <ProblemMessage error={failure} />
      ))}

      <form className="form report" onSubmit={onSave} noValidate>
        <section aria-labelledby="report-overall">
          <h2 id="report-overall">{t('report.overall')}</h2>
          {mayWrite ? (
            <div className="field">
              <label htmlFor="report-overall-text">{t('report.overallLabel')}</label>
              <textarea id="report-overall-text" rows={6} maxLength={10000} value={overall} onChange={e => setOverall(e.target.value)} />
            </div>
          ) : (
            <p className="preserve-lines">{report.overallText || t('report.noText')}</p>
          )}
        </section>
        {sections.map(({ section, items }) => (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`}>{t(`report.section.${section}` as MessageKey)}</h2>
            <ul className="report-lines">
              {items.map(item => (
                <li key={keyOf(item)} className="report-line">
                  <LineFacts item={item} />
                  {mayWrite ? (
                    <div className="field">
                      <label htmlFor={`text-${keyOf(item)}`}>{t('report.lineText', { title: lineTitle(item, t) })}</label>
                      <textarea id={`text-${keyOf(item)}`} rows={2} maxLength={4000} value={texts[keyOf(item)] ?? ''}
                        onChange={e => setTexts(current => ({ ...current, [keyOf(item)]: e.target.value }))} />
                    </div>
                  ) : item.statusText ? (
                    <p className="preserve-lines">{item.statusText}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {mayWrite && (
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t('report.save')}
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void run('refill')}>
              {t('report.refill')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('submit')}>
              {t('report.submit')}
            </button>
          </div>
        )}
      </form>

      {mayDecide && (
        <section aria-labelledby="report-decide" className="part-form">
          <h2 id="report-decide">{t('report.decide')}</h2>
          <p>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void run('approve')}>
              {t('report.approve')}
            </button>
          </p>
          <form onSubmit={sendBack} noValidate className="form narrow">
            <div className="field">
              <label htmlFor="report-return-comment">{t('report.returnComment')}</label>
              {commentError && <span id="report-return-error" className="field-error">{commentError}</span>}
              <textarea id="report-return-comment" rows={4} maxLength={4000} value={comment}
                aria-invalid={commentError ? true : undefined} aria-describedby={commentError ? 'report-return-error' : undefined}
                onChange={e => setComment(e.target.value)} />
            </div>
            <button type="submit" className="button button-secondary" disabled={busy}>
              {t('report.return')}
            </button>
          </form>
        </section>
      )}
    </>
  )
}

function lineTitle(item: ReportItem, t: ReturnType<typeof useI18n>['t']): string {
  return item.section === 'STATUS' ? t(`report.kind.${item.title}` as MessageKey) : item.title
}

const known = (key: string): key is MessageKey => key in nb

/** A status of a line in words: an item's (status.*), a report's (report.status.*), OVERDUE, NOT_REPORTED; else as sent. */
function statusLabel(status: string, t: ReturnType<typeof useI18n>['t']): string {
  if (status === 'OVERDUE') return t('status.overdue')
  for (const key of [`status.${status}`, `report.status.${status}`]) {
    if (known(key)) return t(key)
  }
  return status
}

function LineFacts({ item }: { item: ReportItem }) {
  const { t, formatDate } = useI18n()
  const facts: string[] = []
  if (item.unitName) facts.push(item.unitName)
  if (item.status) facts.push(t('report.lineStatus', { status: statusLabel(item.status, t) }))
  if (item.light) facts.push(known(`light.${item.light}`) ? t(`light.${item.light}` as MessageKey) : item.light)
  if (item.deadline) facts.push(t('report.lineDeadline', { date: formatDate(item.deadline) }))
  if (item.actual != null) {
    facts.push(item.target != null
      ? t('report.actualTarget', { actual: formatMeasure(item.actual, item.measureUnit ?? ''), target: formatMeasure(item.target, item.measureUnit ?? '') })
      : t('report.actual', { actual: formatMeasure(item.actual, item.measureUnit ?? '') }))
  }
  if (item.carriedFrom) facts.push(t('report.carriedFrom', { period: formatPeriod(item.carriedFrom) }))
  return (
    <>
      <h3>{lineTitle(item, t)}</h3>
      {facts.length > 0 && <p className="hint">{facts.join(' · ')}</p>}
      {item.summary && <p>{item.summary}</p>}
      {item.counts && (
        <p>
          {Object.entries(item.counts).map(([status, count]) => t('report.count', { status: statusLabel(status, t), count }))
            .join(', ')}
        </p>
      )}
    </>
  )
}
