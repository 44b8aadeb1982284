import { useEffect, useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { DEVIATIONS_PAGE_SIZE, useDeviations } from '../api/checklistQueries'
import { useTreeIndex } from '../api/queries'
import { PageHeading } from '../components/PageHeading'
import { Pager } from '../components/Pager'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

/** The deviation register (avviksregister) of a unit and, unless asked otherwise, the units below it. */
export function DeviationsPage() {
  const { t, formatDate } = useI18n()
  const { unitId } = useParams()
  const navigate = useNavigate()
  const tree = useTreeIndex()
  const [subtree, setSubtree] = useState(true)
  const [status, setStatus] = useState<'OPEN' | 'CLOSED' | ''>('OPEN')
  const [page, setPage] = useState(0)
  const deviations = useDeviations(unitId ?? null, subtree, status, page)
  // Another unit, status or scope starts at the first page again.
  useEffect(() => setPage(0), [unitId, subtree, status])
  const unit = unitId ? tree.index.byId.get(unitId) : undefined
  const title = unit ? t('deviations.titleUnit', { unit: unit.name }) : t('deviations.title')
  const units = [...tree.index.byId.values()].sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name, 'nb'))
  return (
    <>
      <PageHeading title={title}>
        <p className="lead">{t('deviations.intro')}</p>
      </PageHeading>
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor="deviations-unit">{t('deviations.unit')}</label>
          <select id="deviations-unit" value={unitId ?? ''}
            onChange={e => void navigate(e.target.value ? `/units/${e.target.value}/deviations` : '/deviations')}>
            <option value="">{t('deviations.allMine')}</option>
            {units.map(candidate => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="deviations-status">{t('deviations.show')}</label>
          <select id="deviations-status" value={status} onChange={e => setStatus(e.target.value as 'OPEN' | 'CLOSED' | '')}>
            <option value="OPEN">{t('deviations.open')}</option>
            <option value="CLOSED">{t('deviations.closed')}</option>
            <option value="">{t('deviations.all')}</option>
          </select>
        </div>
        <div className="checkbox">
          <input type="checkbox" id="deviations-subtree" checked={subtree} onChange={e => setSubtree(e.target.checked)} />
          <label htmlFor="deviations-subtree">{t('deviations.subtree')}</label>
        </div>
      </div>
      {deviations.isPending ? (
        <Loading />
      ) : deviations.isError ? (
        <ProblemMessage error={deviations.error} retry={() => void deviations.refetch()} />
      ) : deviations.data.length === 0 ? (
        <p>{t('deviations.none')}</p>
      ) : (
        <TableScroll labelledBy="deviations-caption">
          <table className="table-stack">
            <caption id="deviations-caption">{t('deviations.caption', { count: deviations.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deviation.description')}</th>
                <th scope="col">{t('deviations.unit')}</th>
                <th scope="col">{t('deviations.checklist')}</th>
                <th scope="col">{t('deviation.severity')}</th>
                <th scope="col">{t('deviation.responsible')}</th>
                <th scope="col">{t('deviation.deadline')}</th>
                <th scope="col">{t('deviations.status')}</th>
              </tr>
            </thead>
            <tbody>
              {deviations.data.map(deviation => (
                <tr key={deviation.id}>
                  <th scope="row" data-label={t('deviation.description')}>
                    {deviation.description}
                    <span className="hint">{t('deviations.fromQuestion', { question: deviation.questionText })}</span>
                  </th>
                  <td data-label={t('deviations.unit')}>{deviation.unitName}</td>
                  <td data-label={t('deviations.checklist')}>
                    <Link to={`/checklists/${deviation.responseId}`}>{deviation.checklistTitle}</Link>
                  </td>
                  <td data-label={t('deviation.severity')}>{t(`severity.${deviation.severity}` as MessageKey)}</td>
                  <td data-label={t('deviation.responsible')}>{deviation.responsible}</td>
                  <td data-label={t('deviation.deadline')}>{formatDate(deviation.deadline)}</td>
                  <td data-label={t('deviations.status')}>
                    <span className={`tag tag-deviation-${deviation.status.toLowerCase()}`}>
                      {t(`deviation.status.${deviation.status}` as MessageKey)}
                    </span>
                    {deviation.followUpId && (
                      <>
                        {' '}
                        <Link to={`/assignments/${deviation.followUpId}`}>{t('deviations.followUp')}</Link>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {deviations.data && (
        <Pager page={page} hasNext={deviations.data.length === DEVIATIONS_PAGE_SIZE} onPage={setPage} label={t('pager.deviations')} />
      )}
    </>
  )
}
