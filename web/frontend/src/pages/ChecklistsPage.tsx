import { Link } from 'react-router'
import { useDistributions, useMyChecklists } from '../api/checklistQueries'
import type { ResponseStatus } from '../api/checklistTypes'
import { useTreeIndex } from '../api/queries'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

/** A checklist's status as a word in a tag (never colour alone). */
export function ChecklistStatus({ status }: { status: ResponseStatus }) {
  const { t } = useI18n()
  return <span className={`tag tag-checklist-${status.toLowerCase()}`}>{t(`checklist.status.${status}` as MessageKey)}</span>
}

/** The checklists the person answers (named, or for the unit they lead): open ones first, by deadline. */
export function ChecklistsPage() {
  const { t, formatDate } = useI18n()
  const { user } = useSession()
  const leader = hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder')
  const mine = useMyChecklists()
  const tree = useTreeIndex()
  const ids = [...new Set((mine.data ?? []).map(response => response.distributionId))]
  const distributions = useDistributions(ids)
  const byId = new Map(distributions.flatMap(query => (query.data ? [[query.data.id, query.data] as const] : [])))
  const rows = (mine.data ?? [])
    .map(response => ({ response, distribution: byId.get(response.distributionId) }))
    .sort((a, b) =>
      Number(a.response.status === 'SUBMITTED') - Number(b.response.status === 'SUBMITTED')
      || (a.distribution?.deadline ?? '').localeCompare(b.distribution?.deadline ?? ''))
  return (
    <>
      <PageHeading title={t('checklists.title')}>
        <p className="lead">{t('checklists.intro')}</p>
      </PageHeading>
      {leader && (
        <ul className="link-list">
          <li>
            <Link to="/deviations">{t('checklists.deviationsLink')}</Link>
          </li>
          <li>
            <Link to="/checklists/overview">{t('checklists.overviewLink')}</Link>
          </li>
        </ul>
      )}
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <ProblemMessage error={mine.error} retry={() => void mine.refetch()} />
      ) : rows.length === 0 ? (
        <p>{t('checklists.none')}</p>
      ) : (
        <TableScroll labelledBy="checklists-caption">
          <table className="table-stack">
            <caption id="checklists-caption">{t('checklists.caption', { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklists.name')}</th>
                <th scope="col">{t('checklists.unit')}</th>
                <th scope="col">{t('checklists.period')}</th>
                <th scope="col">{t('checklists.deadline')}</th>
                <th scope="col">{t('checklists.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ response, distribution }) => (
                <tr key={response.id}>
                  <th scope="row" data-label={t('checklists.name')}>
                    <Link to={`/checklists/${response.id}`}>{distribution?.title ?? t('checklists.untitled')}</Link>
                  </th>
                  <td data-label={t('checklists.unit')}>{tree.index.byId.get(response.unitId)?.name ?? '…'}</td>
                  <td data-label={t('checklists.period')}>{distribution?.period ?? '…'}</td>
                  <td data-label={t('checklists.deadline')}>
                    {distribution ? formatDate(distribution.deadline) : '…'}
                    {distribution?.closed && <span className="hint"> {t('checklists.closed')}</span>}
                  </td>
                  <td data-label={t('checklists.status')}>
                    <ChecklistStatus status={response.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
