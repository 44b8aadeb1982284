import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useFlagged, useOverview } from '../api/assignmentQueries'
import { STATUSES, itemTitle, type KindCounts, type UnitOverview } from '../api/assignmentTypes'
import { currentYear, useMyUnit, usePlanYears, useTreeIndex } from '../api/queries'
import { hasRole, useSession } from '../auth/session'
import { BarChart } from '../components/BarChart'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ItemLink } from '../components/ItemLink'
import { StatusTags, statusKey } from '../components/ItemStatus'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

type Kind = keyof KindCounts
const KINDS: Kind[] = ['assignments', 'delegations', 'tasks']

export function overviewLink(unitId: string, year?: number): string {
  return `/overview/${unitId}${year ? `?year=${year}` : ''}`
}

/**
 * The status overview of a unit the person leads: counts by status of the items due in a year, for the unit with
 * everything below it, as a chart and a table; each unit directly below, to drill down; overdue and ownerless items.
 */
export function OverviewPage() {
  const { t } = useI18n()
  const { unitId } = useParams()
  const [params, setParams] = useSearchParams()
  const planYears = usePlanYears()
  const chosenYear = Number(params.get('year'))
  const year = chosenYear >= 2000 && chosenYear <= 2100 ? chosenYear : currentYear(planYears.data)
  const overview = useOverview(unitId ?? null, year)
  const [kind, setKind] = useState<Kind>('assignments')

  if (overview.isPending || overview.isError) {
    return (
      <>
        <PageHeading title={t('overview.titlePlain')} />
        {overview.isPending ? <Loading /> : <ProblemMessage error={overview.error} retry={() => void overview.refetch()} />}
      </>
    )
  }
  const { unit, children } = overview.data
  const counts = unit.subtree[kind]
  return (
    <>
      <OverviewCrumbs unitId={unit.id} unitName={unit.name} year={chosenYear ? year : undefined} />
      <PageHeading title={t('overview.title', { unit: unit.name })}>
        <p className="lead">{t('overview.intro', { year })}</p>
      </PageHeading>

      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor="overview-year">{t('overview.year')}</label>
          <select id="overview-year" value={year} onChange={e => setParams({ year: e.target.value })}>
            {[...new Set([year, ...(planYears.data ?? []).map(planYear => planYear.year)])].sort().map(candidate => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </div>
        <div className="segmented" role="group" aria-label={t('overview.kind')}>
          {KINDS.map(candidate => (
            <button key={candidate} type="button" className="segment" aria-pressed={kind === candidate} onClick={() => setKind(candidate)}>
              {t(`overview.kind.${candidate}` as MessageKey)}
            </button>
          ))}
        </div>
      </div>

      <section aria-labelledby="overview-status">
        <h2 id="overview-status">{t('overview.byStatus', { kind: t(`overview.kind.${kind}` as MessageKey) })}</h2>
        <dl className="counts">
          <div className="count">
            <dt>{t('overview.total')}</dt>
            <dd>{counts.total}</dd>
          </div>
          <div className="count count-overdue">
            <dt>{t('status.overdue')}</dt>
            <dd>{counts.overdue}</dd>
          </div>
          <div className="count">
            <dt>{t('status.ownerless')}</dt>
            <dd>{counts.ownerless}</dd>
          </div>
        </dl>
        <BarChart
          caption={t('overview.chartCaption', { kind: t(`overview.kind.${kind}` as MessageKey), unit: unit.name, year })}
          labelHeader={t('item.status')}
          valueHeader={t('overview.count')}
          bars={STATUSES.map(status => ({ label: t(statusKey(status)), value: counts.byStatus[status] ?? 0, tone: status.toLowerCase() }))}
        />
      </section>

      <section aria-labelledby="overview-children">
        <h2 id="overview-children">{t('overview.children', { unit: unit.name })}</h2>
        {children.length === 0 ? (
          <p>{t('org.noChildren', { unit: unit.name })}</p>
        ) : (
          <ChildTable children={children} kind={kind} year={year} unitName={unit.name} keepYear={!!chosenYear} />
        )}
      </section>

      <FlaggedItems which="overdue" unitId={unit.id} />
      <FlaggedItems which="ownerless" unitId={unit.id} />
    </>
  )
}

/** Breadcrumbs from the top of what the person leads down to the unit shown. */
function OverviewCrumbs({ unitId, unitName, year }: { unitId: string; unitName: string; year?: number }) {
  const { user } = useSession()
  const tree = useTreeIndex()
  const mine = useMyUnit()
  const unit = tree.index.byId.get(unitId)
  if (!unit) {
    return null
  }
  const everything = hasRole(user, 'admin', 'kommunedirektor')
  const own = mine.unit
  const start = everything ? 0 : own && unit.path.includes(own.id) ? unit.path.indexOf(own.id) : unit.path.length
  return (
    <Breadcrumbs crumbs={[
      ...unit.path.slice(start).map(id => ({ label: tree.index.byId.get(id)?.name ?? '…', to: overviewLink(id, year) })),
      { label: unitName },
    ]} />
  )
}

function ChildTable({ children, kind, year, unitName, keepYear }: {
  children: UnitOverview[]
  kind: Kind
  year: number
  unitName: string
  keepYear: boolean
}) {
  const { t } = useI18n()
  return (
    <TableScroll labelledBy="overview-children-caption">
      <table className="table-stack">
        <caption id="overview-children-caption">
          {t('overview.childrenCaption', { kind: t(`overview.kind.${kind}` as MessageKey), unit: unitName, year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('item.unit')}</th>
            {STATUSES.map(status => (
              <th scope="col" className="number" key={status}>
                {t(statusKey(status))}
              </th>
            ))}
            <th scope="col" className="number">
              {t('status.overdue')}
            </th>
            <th scope="col" className="number">
              {t('status.ownerless')}
            </th>
          </tr>
        </thead>
        <tbody>
          {children.map(child => {
            const counts = child.subtree[kind]
            return (
              <tr key={child.id}>
                <th scope="row">
                  <Link to={overviewLink(child.id, keepYear ? year : undefined)}>{child.name}</Link>
                </th>
                {STATUSES.map(status => (
                  <td className="number" key={status} data-label={t(statusKey(status))}>
                    {counts.byStatus[status] ?? 0}
                  </td>
                ))}
                <td className="number" data-label={t('status.overdue')}>
                  {counts.overdue}
                </td>
                <td className="number" data-label={t('status.ownerless')}>
                  {counts.ownerless}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableScroll>
  )
}

function FlaggedItems({ which, unitId }: { which: 'overdue' | 'ownerless'; unitId: string }) {
  const { t, formatDate } = useI18n()
  const list = useFlagged(which, unitId)
  const headingId = `overview-${which}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`overview.${which}` as MessageKey)}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemMessage error={list.error} />
      ) : list.data.items.length === 0 ? (
        <p>{t(`overview.${which}None` as MessageKey)}</p>
      ) : (
        <TableScroll labelledBy={`${headingId}-caption`}>
          <table className="table-stack">
            <caption id={`${headingId}-caption`}>{t(`overview.${which}Caption` as MessageKey, { count: list.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.item')}</th>
                <th scope="col">{t('item.unit')}</th>
                <th scope="col">{t('item.deadline')}</th>
                <th scope="col">{t('item.responsible')}</th>
                <th scope="col">{t('item.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map(item => (
                <tr key={item.id}>
                  <th scope="row" data-label={t('overview.item')}>
                    <ItemLink kind={item.kind} id={item.id}>
                      {itemTitle(item)}
                    </ItemLink>
                    <span className="hint">{t(`kind.${item.kind}` as MessageKey)}</span>
                  </th>
                  <td data-label={t('item.unit')}>{item.unitName}</td>
                  <td data-label={t('item.deadline')}>{formatDate(item.deadline)}</td>
                  <td data-label={t('item.responsible')}>
                    {item.responsible ? (item.responsibleLeft ? t('overview.left', { name: item.responsible }) : item.responsible) : t('item.nobody')}
                  </td>
                  <td data-label={t('item.status')}>
                    <StatusTags status={item.status} light={item.trafficLight} overdue={item.overdue} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
