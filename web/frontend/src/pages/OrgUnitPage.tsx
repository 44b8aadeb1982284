import { useId, useMemo, useState, type FormEvent } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { currentYear, useOrgUnitHistory, usePlanYears, useTreeIndex, type TreeIndex } from '../api/queries'
import type { OrgUnit } from '../api/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { parseDate, today } from '../i18n/format'
import { useI18n } from '../i18n/I18n'

const MAX_SEARCH_RESULTS = 50

/** The org tree, one unit at a time: where it sits (breadcrumbs), what it is, the units under it, and its history. */
export function OrgUnitPage() {
  const { t } = useI18n()
  const { unitId } = useParams()
  const [params] = useSearchParams()
  const at = params.get('at') ?? undefined
  const tree = useTreeIndex(at)

  if (tree.isPending) {
    return (
      <>
        <PageHeading title={t('org.title')} />
        <Loading />
      </>
    )
  }
  if (tree.isError) {
    return (
      <>
        <PageHeading title={t('org.title')} />
        <ProblemMessage error={tree.error} retry={() => void tree.refetch()} />
      </>
    )
  }
  const unit = unitId ? tree.index.byId.get(unitId) : tree.index.top
  if (!unit) {
    return (
      <>
        <PageHeading title={t('org.title')} />
        <DateChooser at={at} />
        <p className="notice notice-info">{t('org.notFound')}</p>
        {tree.index.top && (
          <p>
            <Link to={orgLink(tree.index.top.id, at)}>{tree.index.top.name}</Link>
          </p>
        )}
      </>
    )
  }
  return <UnitView unit={unit} index={tree.index} at={at} />
}

export function orgLink(unitId: string, at?: string): string {
  return `/org/${unitId}${at ? `?at=${encodeURIComponent(at)}` : ''}`
}

function UnitView({ unit, index, at }: { unit: OrgUnit; index: TreeIndex; at?: string }) {
  const { t, formatDate } = useI18n()
  const planYears = usePlanYears()
  const year = currentYear(planYears.data)
  const children = index.children.get(unit.id) ?? []
  const crumbs = [
    ...unit.path.map(id => ({ label: index.byId.get(id)?.name ?? '…', to: orgLink(id, at) })),
    { label: unit.name },
  ]

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading title={unit.name}>{unit.levelName && <p className="lead">{unit.levelName}</p>}</PageHeading>
      {at && <p className="notice notice-info">{t('org.showingAt', { date: formatDate(at) })}</p>}
      <UnitSearch index={index} at={at} />

      <section aria-labelledby="unit-details">
        <h2 id="unit-details">{t('org.details')}</h2>
        <UnitFacts unit={unit} />
        <p>
          <Link className="button button-secondary" to={`/units/${unit.id}/plan/${year}`}>
            {t('org.openPlan', { year })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="unit-children">
        <h2 id="unit-children">{t('org.children', { unit: unit.name })}</h2>
        {children.length === 0 ? (
          <p>{t('org.noChildren', { unit: unit.name })}</p>
        ) : (
          <ul className="unit-list">
            {children.map(child => (
              <UnitItem key={child.id} unit={child} index={index} at={at} />
            ))}
          </ul>
        )}
      </section>

      <DateChooser at={at} />
      <UnitHistory unit={unit} index={index} />
    </>
  )
}

function UnitItem({ unit, index, at }: { unit: OrgUnit; index: TreeIndex; at?: string }) {
  const { t } = useI18n()
  const below = index.children.get(unit.id)?.length ?? 0
  const facts = [unit.externalCode, unit.levelName, unit.leader].filter(Boolean)
  if (below > 0) {
    facts.push(t('org.childCount', { count: below }))
  }
  return (
    <li>
      <Link to={orgLink(unit.id, at)}>{unit.name}</Link>
      {facts.length > 0 && <span className="unit-facts">{facts.join(' · ')}</span>}
    </li>
  )
}

function UnitSearch({ index, at }: { index: TreeIndex; at?: string }) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const inputId = useId()
  const hintId = useId()
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nb')
    if (q === '') {
      return null
    }
    return [...index.byId.values()].filter(
      unit => unit.name.toLocaleLowerCase('nb').includes(q) || (unit.externalCode ?? '').toLocaleLowerCase('nb').startsWith(q),
    )
  }, [index, query])
  const summary =
    matches === null
      ? ''
      : matches.length === 0
        ? t('org.searchNone')
        : matches.length === 1
          ? t('org.searchOne')
          : t('org.searchMany', { count: matches.length })

  return (
    <div role="search" className="unit-search">
      <label htmlFor={inputId}>{t('org.search')}</label>
      <span id={hintId} className="hint">
        {t('org.searchHint')}
      </span>
      <input id={inputId} type="search" value={query} aria-describedby={hintId} onChange={e => setQuery(e.target.value)} />
      <p role="status" className="search-summary">
        {summary}
      </p>
      {matches && matches.length > 0 && (
        <ul className="unit-list" aria-label={t('org.searchResults')}>
          {matches.slice(0, MAX_SEARCH_RESULTS).map(unit => (
            <UnitItem key={unit.id} unit={unit} index={index} at={at} />
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * A unit's facts as a description list; the administrator's view (`admin`) is compact, names the parent and shows the
 * version a change must name.
 */
export function UnitFacts({ unit, parentName, admin = false }: { unit: OrgUnit; parentName?: string; admin?: boolean }) {
  const { t, formatDate } = useI18n()
  return (
    <dl className={admin ? 'details details-compact' : 'details'}>
      <div>
        <dt>{t('org.level')}</dt>
        <dd>{unit.levelName ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('org.code')}</dt>
        <dd>{unit.externalCode ?? '–'}</dd>
      </div>
      <div>
        <dt>{t('org.leader')}</dt>
        <dd>{unit.leader ?? t('org.noLeader')}</dd>
      </div>
      {parentName !== undefined && (
        <div>
          <dt>{t('org.historyParent')}</dt>
          <dd>{parentName}</dd>
        </div>
      )}
      <div>
        <dt>{t('org.validFrom')}</dt>
        <dd>{formatDate(unit.validFrom)}</dd>
      </div>
      {unit.closedFrom && (
        <div>
          <dt>{t('org.closedFrom')}</dt>
          <dd>{formatDate(unit.closedFrom)}</dd>
        </div>
      )}
      {admin && (
        <div>
          <dt>{t('orgAdmin.version')}</dt>
          <dd>{unit.version}</dd>
        </div>
      )}
    </dl>
  )
}

export function DateChooser({ at }: { at?: string }) {
  const { t, formatDate } = useI18n()
  const [, setParams] = useSearchParams()
  const [value, setValue] = useState(at ? formatDate(at) : '')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const hintId = useId()
  const errorId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (value.trim() === '') {
      setInvalid(false)
      setParams({})
      return
    }
    const day = parseDate(value)
    setInvalid(day === null)
    if (day === null) {
      document.getElementById(inputId)?.focus()
      return
    }
    setParams({ at: day })
  }
  return (
    <form className="date-chooser" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{t('org.at')}</label>
      <span id={hintId} className="hint">
        {t('org.atHint', { example: formatDate(today()) })}
      </span>
      {invalid && (
        <span id={errorId} className="field-error">
          {t('org.atInvalid')}
        </span>
      )}
      <div className="inline-fields">
        <input
          id={inputId}
          className="input-date"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
          aria-invalid={invalid || undefined}
          onChange={e => setValue(e.target.value)}
        />
        <button type="submit" className="button button-secondary">
          {t('org.atSubmit')}
        </button>
        {at && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setValue('')
              setInvalid(false)
              setParams({})
            }}
          >
            {t('org.atToday')}
          </button>
        )}
      </div>
    </form>
  )
}

export function UnitHistory({ unit, index }: { unit: OrgUnit; index: TreeIndex }) {
  const { t, formatDate } = useI18n()
  const history = useOrgUnitHistory(unit.id)
  return (
    <section aria-labelledby="unit-history">
      <h2 id="unit-history">{t('org.history')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ProblemMessage error={history.error} />
      ) : (
        <TableScroll labelledBy="unit-history-caption">
          <table className="table-wide">
            <caption id="unit-history-caption">{t('org.historyCaption', { unit: unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.historyFrom')}</th>
                <th scope="col">{t('org.historyTo')}</th>
                <th scope="col">{t('org.historyName')}</th>
                <th scope="col">{t('org.historyParent')}</th>
                <th scope="col">{t('org.code')}</th>
                <th scope="col">{t('org.level')}</th>
                <th scope="col">{t('org.leader')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map(period => (
                <tr key={period.validFrom}>
                  <td>{formatDate(period.validFrom)}</td>
                  <td>{period.validTo ? formatDate(period.validTo) : t('org.now')}</td>
                  <td>{period.name}</td>
                  <td>{period.parentId ? (index.byId.get(period.parentId)?.name ?? '–') : t('org.top')}</td>
                  <td>{period.externalCode ?? '–'}</td>
                  <td>{period.levelName ?? '–'}</td>
                  <td>{period.leader ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
