import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { PAGE_SIZE, useAssignments } from '../api/assignmentQueries'
import { useMyUnit, usePlanYears, useSettings, useTreeIndex } from '../api/queries'
import type { OrgUnit } from '../api/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { ItemLink } from '../components/ItemLink'
import { StatusTags } from '../components/ItemStatus'
import { PageHeading } from '../components/PageHeading'
import { Pager } from '../components/Pager'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { useI18n } from '../i18n/I18n'

/** The assignments a unit owns or has been delegated, newest first; the way to create one; the units below it. */
export function AssignmentsPage() {
  const { t } = useI18n()
  const { unitId } = useParams()
  const mine = useMyUnit()
  const tree = useTreeIndex()
  const unit = unitId ? tree.index.byId.get(unitId) : mine.unit
  if (tree.isPending || mine.isLoading) {
    return (
      <>
        <PageHeading title={t('assignments.titlePlain')} />
        <Loading />
      </>
    )
  }
  if (tree.isError) {
    return (
      <>
        <PageHeading title={t('assignments.titlePlain')} />
        <ProblemMessage error={tree.error} retry={() => void tree.refetch()} />
      </>
    )
  }
  if (!unit) {
    return (
      <>
        <PageHeading title={t('assignments.titlePlain')} />
        <p className="notice notice-info">{t('assignments.noUnit')}</p>
      </>
    )
  }
  return <UnitAssignments key={unit.id} unit={unit} own={mine.unit} />
}

function UnitAssignments({ unit, own }: { unit: OrgUnit; own: OrgUnit | null }) {
  const { t, language, formatDate } = useI18n()
  const tree = useTreeIndex()
  const planYears = usePlanYears()
  const settings = useSettings()
  const [year, setYear] = useState<number | null>(null)
  const [page, setPage] = useState(0)
  const list = useAssignments(unit.id, year, page)
  const typeName = (code: string) => settings.data?.assignmentTypes.find(type => type.code === code)?.labels[language] ?? code
  // Breadcrumbs from the person's own unit down (the units above it are not theirs to lead), or from the top.
  const start = own && unit.path.includes(own.id) ? unit.path.indexOf(own.id) : own?.id === unit.id ? unit.path.length : 0
  const crumbs = [
    ...unit.path.slice(start).map(id => ({ label: tree.index.byId.get(id)?.name ?? '…', to: `/units/${id}/assignments` })),
    { label: unit.name },
  ]
  const children = tree.index.children.get(unit.id) ?? []

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading title={t('assignments.title', { unit: unit.name })} />
      <div className="toolbar">
        <Link className="button button-primary" to={`/units/${unit.id}/assignments/new`}>
          {t('assignments.new')}
        </Link>
        <div className="field field-inline">
          <label htmlFor="assignments-year">{t('assignments.year')}</label>
          <select id="assignments-year" value={year ?? ''} onChange={e => {
            setYear(e.target.value === '' ? null : Number(e.target.value))
            setPage(0)
          }}>
            <option value="">{t('assignments.allYears')}</option>
            {(planYears.data ?? []).map(planYear => (
              <option key={planYear.year} value={planYear.year}>
                {planYear.year}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemMessage error={list.error} retry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p>{t('assignments.none', { unit: unit.name })}</p>
      ) : (
        <TableScroll labelledBy="assignments-caption">
          <table className="table-stack">
            <caption id="assignments-caption">{t('assignments.caption', { unit: unit.name, count: list.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assignments.name')}</th>
                <th scope="col">{t('item.type')}</th>
                <th scope="col">{t('item.unit')}</th>
                <th scope="col">{t('item.deadline')}</th>
                <th scope="col">{t('item.status')}</th>
                <th scope="col">{t('item.responsible')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map(assignment => (
                <tr key={assignment.id}>
                  <th scope="row" data-label={t('assignments.name')}>
                    <ItemLink kind="ASSIGNMENT" id={assignment.id}>
                      {assignment.title}
                    </ItemLink>
                  </th>
                  <td data-label={t('item.type')}>{typeName(assignment.type)}</td>
                  <td data-label={t('item.unit')}>{assignment.unitName}</td>
                  <td data-label={t('item.deadline')}>{formatDate(assignment.deadline)}</td>
                  <td data-label={t('item.status')}>
                    <StatusTags status={assignment.status} light={assignment.trafficLight} overdue={assignment.overdue}
                      ownerless={assignment.ownerless} />
                  </td>
                  <td data-label={t('item.responsible')}>{assignment.responsible ?? t('item.nobody')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {list.data && (
        <Pager page={page} pages={Math.max(1, Math.ceil(list.data.total / PAGE_SIZE))} hasNext={(page + 1) * PAGE_SIZE < list.data.total}
          onPage={setPage} label={t('pager.assignments')} />
      )}
      {children.length > 0 && (
        <section aria-labelledby="assignments-below">
          <h2 id="assignments-below">{t('assignments.below', { unit: unit.name })}</h2>
          <ul className="unit-list">
            {children.map(child => (
              <li key={child.id}>
                <Link to={`/units/${child.id}/assignments`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
