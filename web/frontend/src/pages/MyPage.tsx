import { Link } from 'react-router'
import { useState } from 'react'
import { useMyPage } from '../api/assignmentQueries'
import { STATUSES, itemTitle, type ItemSummary } from '../api/assignmentTypes'
import { itemPath } from '../components/ItemLink'
import { StatusForm, StatusTags, statusKey } from '../components/ItemStatus'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'


/**
 * Min side: the open tasks, delegations and assignments the signed-in person is responsible for, overdue first and
 * then by deadline, with counts by status, and a quick status update on each. Outcomes are announced in a live region.
 */
export function MyPage() {
  const { t } = useI18n()
  const page = useMyPage()
  const [announcement, setAnnouncement] = useState('')
  return (
    <>
      <PageHeading title={t('my.title')}>
        <p className="lead">{t('my.intro')}</p>
      </PageHeading>
      <div role="status" aria-live="polite" className="live-region">
        {announcement && <p className="notice notice-success">{announcement}</p>}
      </div>
      {page.isPending ? (
        <Loading />
      ) : page.isError ? (
        <ProblemMessage error={page.error} retry={() => void page.refetch()} />
      ) : (
        <>
          <section aria-labelledby="my-counts">
            <h2 id="my-counts">{t('my.counts')}</h2>
            <dl className="counts">
              {STATUSES.map(status => (
                <div key={status} className={`count count-${status.toLowerCase()}`}>
                  <dt>{t(statusKey(status))}</dt>
                  <dd>{page.data.byStatus[status] ?? 0}</dd>
                </div>
              ))}
              <div className="count count-overdue">
                <dt>{t('status.overdue')}</dt>
                <dd>{page.data.overdue}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="my-open">
            <h2 id="my-open">{t('my.open')}</h2>
            {page.data.open.items.length === 0 ? (
              <p>{t('my.none')}</p>
            ) : (
              <>
                <p className="hint">{t('my.openCount', { count: page.data.open.total })}</p>
                <ul className="work-list">
                  {page.data.open.items.map(item => (
                    <MyItem key={item.id} item={item} onDone={setAnnouncement} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </>
  )
}

function MyItem({ item, onDone }: { item: ItemSummary; onDone: (message: string) => void }) {
  const { t, formatDate } = useI18n()
  const [open, setOpen] = useState(false)
  const formId = `status-${item.id}`
  const headingId = `item-${item.id}`
  return (
    <li className={`work-item${item.overdue ? ' work-item-overdue' : ''}`}>
      <h3 id={headingId} className="work-title">
        <Link to={itemPath(item.kind, item.id)}>{itemTitle(item)}</Link>
      </h3>
      <p className="work-facts">
        <span>{t(`kind.${item.kind}` as MessageKey)}</span>
        {item.kind !== 'ASSIGNMENT' && item.assignmentTitle !== itemTitle(item) && (
          <span>{t('my.partOf', { title: item.assignmentTitle })}</span>
        )}
        <span>{item.unitName}</span>
      </p>
      <p className="work-deadline">
        {item.overdue
          ? t('my.overdueSince', { date: formatDate(item.deadline) })
          : t('my.deadline', { date: formatDate(item.deadline) })}
      </p>
      <StatusTags status={item.status} light={item.trafficLight} overdue={item.overdue} />
      <div className="work-actions">
        <button type="button" className="button button-secondary" aria-expanded={open} aria-controls={formId}
          onClick={() => setOpen(value => !value)}>
          {t('my.update', { title: itemTitle(item) })}
        </button>
      </div>
      <div id={formId} hidden={!open}>
        {open && (
          <StatusForm
            kind={item.kind}
            id={item.id}
            version={item.version}
            status={item.status}
            title={itemTitle(item)}
            idPrefix={formId}
            onDone={message => {
              setOpen(false)
              onDone(message)
            }}
          />
        )}
      </div>
    </li>
  )
}
