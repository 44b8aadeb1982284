import { useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { useChecklistOverview, useDistributionsOfYear } from '../api/checklistQueries'
import type { ChecklistCounts } from '../api/checklistTypes'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { formatNumber } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)}\u00a0%`

/** The distributions of a year, each a link to its status overview. */
export function ChecklistDistributionsPage() {
  const { t, formatDate } = useI18n()
  const [year, setYear] = useState(new Date().getFullYear())
  const distributions = useDistributionsOfYear(year)
  return (
    <>
      <PageHeading title={t('checklistOverview.listTitle')} />
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor="distributions-year">{t('distribute.year')}</label>
          <select id="distributions-year" value={year} onChange={e => setYear(Number(e.target.value))}>
            {[-1, 0, 1].map(delta => new Date().getFullYear() + delta).map(candidate => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </div>
      </div>
      {distributions.isPending ? (
        <Loading />
      ) : distributions.isError ? (
        <ProblemMessage error={distributions.error} retry={() => void distributions.refetch()} />
      ) : distributions.data.length === 0 ? (
        <p>{t('checklistOverview.noDistributions', { year })}</p>
      ) : (
        <ul className="link-list">
          {distributions.data.map(distribution => (
            <li key={distribution.id}>
              <Link to={`/checklists/overview/${distribution.id}`}>{distribution.title}</Link>{' '}
              <span className="hint">
                {t('checklistOverview.deadline', { deadline: formatDate(distribution.deadline) })}
                {distribution.closed && ` ${t('checklists.closed')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** A distribution's status for a unit and its subtree: counts, completion per category, the units below, who has not submitted. */
export function ChecklistOverviewPage() {
  const { t, formatDate } = useI18n()
  const { distributionId = '' } = useParams()
  const [search] = useSearchParams()
  const unitId = search.get('unitId')
  const overview = useChecklistOverview(distributionId, unitId)
  if (overview.isPending || overview.isError) {
    return (
      <>
        <PageHeading title={t('checklistOverview.titlePlain')} />
        {overview.isPending ? <Loading /> : <ProblemMessage error={overview.error} retry={() => void overview.refetch()} />}
      </>
    )
  }
  const data = overview.data
  return (
    <>
      <PageHeading title={t('checklistOverview.title', { title: data.title, unit: data.unit.name })}>
        <p className="lead">{t('checklistOverview.deadline', { deadline: formatDate(data.deadline) })}</p>
      </PageHeading>
      <p>
        <Link to="/checklists/overview">{t('checklistOverview.back')}</Link>
      </p>
      <CountsList counts={data.counts} />
      {data.children.length > 0 && (
        <TableScroll labelledBy="overview-children">
          <table className="table-stack">
            <caption id="overview-children">{t('checklistOverview.children', { unit: data.unit.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklists.unit')}</th>
                {(['submitted', 'draft', 'notStarted', 'deviationsOpen'] as const).map(field => (
                  <th scope="col" key={field}>{t(`checklistOverview.${field}` as MessageKey)}</th>
                ))}
                <th scope="col">{t('checklistOverview.completion')}</th>
              </tr>
            </thead>
            <tbody>
              {data.children.map(child => (
                <tr key={child.unit.id}>
                  <th scope="row" data-label={t('checklists.unit')}>
                    <Link to={`/checklists/overview/${data.distributionId}?unitId=${child.unit.id}`}>{child.unit.name}</Link>
                  </th>
                  {(['submitted', 'draft', 'notStarted', 'deviationsOpen'] as const).map(field => (
                    <td key={field} className="number" data-label={t(`checklistOverview.${field}` as MessageKey)}>
                      {formatNumber(child.counts[field])}
                    </td>
                  ))}
                  <td className="number" data-label={t('checklistOverview.completion')}>{percent(child.counts.completion)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data.categories.length > 0 && (
        <TableScroll labelledBy="overview-categories">
          <table className="table-stack">
            <caption id="overview-categories">{t('checklistOverview.categories')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checklistOverview.part')}</th>
                <th scope="col">{t('checklistOverview.answered')}</th>
                <th scope="col">{t('checklistOverview.completion')}</th>
              </tr>
            </thead>
            <tbody>
              {data.categories.flatMap(category => [
                <tr key={`c-${category.title}`}>
                  <th scope="row" data-label={t('checklistOverview.part')}>{category.title}</th>
                  <td className="number" data-label={t('checklistOverview.answered')}>
                    {t('checklistOverview.ofExpected', { answered: formatNumber(category.answered), expected: formatNumber(category.expected) })}
                  </td>
                  <td className="number" data-label={t('checklistOverview.completion')}>{percent(category.completion)}</td>
                </tr>,
                ...category.checkpoints.map(checkpoint => (
                  <tr key={`p-${category.title}-${checkpoint.title}`}>
                    <th scope="row" data-label={t('checklistOverview.part')}>
                      <span className="visually-hidden">{category.title}: </span>
                      <span className="indent">{checkpoint.title}</span>
                    </th>
                    <td className="number" data-label={t('checklistOverview.answered')}>
                      {t('checklistOverview.ofExpected', { answered: formatNumber(checkpoint.answered), expected: formatNumber(checkpoint.expected) })}
                    </td>
                    <td className="number" data-label={t('checklistOverview.completion')}>{percent(checkpoint.completion)}</td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </TableScroll>
      )}
      <section aria-labelledby="overview-not-submitted">
        <h2 id="overview-not-submitted">{t('checklistOverview.notSubmitted')}</h2>
        {data.notSubmitted.length === 0 ? (
          <p>{t('checklistOverview.allSubmitted')}</p>
        ) : (
          <ul>
            {data.notSubmitted.map(entry => (
              <li key={entry.responseId}>
                {t('checklistOverview.notSubmittedLine', {
                  unit: entry.unit.name,
                  status: t(`checklist.status.${entry.status}` as MessageKey),
                  who: entry.answeredBy ?? t('checklistOverview.nobody'),
                })}
              </li>
            ))}
            {data.moreNotSubmitted && <li>{t('checklistOverview.more')}</li>}
          </ul>
        )}
      </section>
    </>
  )
}

function CountsList({ counts }: { counts: ChecklistCounts }) {
  const { t } = useI18n()
  return (
    <dl className="details details-compact">
      {(['assigned', 'submitted', 'draft', 'notStarted', 'deviationsOpen', 'deviationsClosed'] as const).map(field => (
        <div key={field}>
          <dt>{t(`checklistOverview.${field}` as MessageKey)}</dt>
          <dd>{formatNumber(counts[field])}</dd>
        </div>
      ))}
      <div>
        <dt>{t('checklistOverview.completion')}</dt>
        <dd>{percent(counts.completion)}</dd>
      </div>
    </dl>
  )
}
