import { useId, useState, type FormEvent } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { ApiError } from '../api/client'
import { useLetters, usePlanYears, useTreeIndex, useUnitGoals, type TreeIndex } from '../api/queries'
import type { Letter, OrgUnit, UnitGoals } from '../api/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { AcknowledgeLetter, LetterSectionsView, LetterStatus } from '../components/LetterView'
import { PageHeading } from '../components/PageHeading'
import { PdfButton } from '../components/PdfButton'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { orgLink } from './OrgUnitPage'

/**
 * A unit's plan for a year: the assignment letter it received (with acknowledgement), the goals ticked for it with
 * their measure indicators, and the letters it sent to the units below it.
 */
export function UnitPlanPage() {
  const { t } = useI18n()
  const { unitId = '', year: yearParam = '' } = useParams()
  const year = Number(yearParam)
  const tree = useTreeIndex()
  const unit = tree.index.byId.get(unitId)
  const validYear = Number.isInteger(year) && year >= 1000 && year <= 9999

  if (tree.isPending) {
    return (
      <>
        <PageHeading title={t('plan.title', { year: yearParam })} />
        <Loading />
      </>
    )
  }
  if (tree.isError || !unit || !validYear) {
    return (
      <>
        <PageHeading title={t('plan.title', { year: yearParam })} />
        {tree.isError ? <ProblemMessage error={tree.error} /> : <p className="notice notice-info">{t('error.notFound')}</p>}
      </>
    )
  }
  return <Plan unit={unit} year={year} index={tree.index} />
}

function Plan({ unit, year, index }: { unit: OrgUnit; year: number; index: TreeIndex }) {
  const { t } = useI18n()
  const goals = useUnitGoals(unit.id, year)
  const received = useLetters(year, 'to', unit.id)
  const sent = useLetters(year, 'from', unit.id)
  const crumbs = [
    ...[...unit.path, unit.id].map(id => ({ label: index.byId.get(id)?.name ?? '…', to: orgLink(id) })),
    { label: t('plan.title', { year }) },
  ]
  const noAccess = goals.error instanceof ApiError && goals.error.status === 403
  const goalTitles = new Map((goals.data?.goals ?? []).flatMap(({ goal, parents }) => [
    [goal.id, goal.title] as const,
    ...parents.map(parent => [parent.id, parent.title] as const),
  ]))

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading title={t('plan.title', { year })}>
        <p className="lead">{unit.name}</p>
      </PageHeading>
      <div className="toolbar no-print">
        <YearChooser unitId={unit.id} year={year} />
        <button type="button" className="button button-quiet" onClick={() => window.print()}>
          {t('plan.print')}
        </button>
        <PdfButton path={`/api/reporting/units/${unit.id}/plan/${year}/pdf`} label={t('plan.pdf')}
          fileName={`virksomhetsplan-${unit.name}-${year}.pdf`} />
      </div>

      {noAccess ? (
        <p className="notice notice-info">{t('plan.noAccess', { unit: unit.name })}</p>
      ) : (
        <>
          <section aria-labelledby="plan-letters">
            <h2 id="plan-letters">{t('plan.lettersReceived', { unit: unit.name })}</h2>
            {received.isPending ? (
              <Loading />
            ) : received.isError ? (
              <ProblemMessage error={received.error} retry={() => void received.refetch()} />
            ) : received.data.length === 0 ? (
              <p>{t('plan.noLetter', { unit: unit.name, year })}</p>
            ) : (
              received.data.map(letter => (
                <ReceivedLetter key={letter.id} letter={letter} index={index} goalTitles={goalTitles} />
              ))
            )}
          </section>

          <section aria-labelledby="plan-goals">
            <h2 id="plan-goals">{t('plan.goals', { year })}</h2>
            {goals.isPending ? (
              <Loading />
            ) : goals.isError ? (
              <ProblemMessage error={goals.error} retry={() => void goals.refetch()} />
            ) : goals.data.goals.length === 0 ? (
              <p>{t('plan.noGoals', { unit: unit.name, year })}</p>
            ) : (
              <GoalList goals={goals.data} />
            )}
          </section>

          {sent.data && sent.data.length > 0 && (
            <section aria-labelledby="plan-sent">
              <h2 id="plan-sent">{t('plan.lettersSent', { unit: unit.name })}</h2>
              <SentLetters letters={sent.data} index={index} />
            </section>
          )}
          {sent.isError && <ProblemMessage error={sent.error} />}
        </>
      )}
    </>
  )
}

function YearChooser({ unitId, year }: { unitId: string; year: number }) {
  const { t } = useI18n()
  const planYears = usePlanYears()
  const navigate = useNavigate()
  const [chosen, setChosen] = useState(String(year))
  const selectId = useId()
  const years = [...new Set([year, ...(planYears.data ?? []).map(y => y.year)])].sort((a, b) => b - a)
  const stateOf = (y: number) => planYears.data?.find(p => p.year === y)?.state
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(`/units/${unitId}/plan/${chosen}`)
  }
  return (
    <form className="inline-fields" onSubmit={submit}>
      <label htmlFor={selectId}>{t('plan.chooseYear')}</label>
      <select id={selectId} value={chosen} onChange={e => setChosen(e.target.value)}>
        {years.map(y => {
          const state = stateOf(y)
          return (
            <option key={y} value={y}>
              {state ? `${y} (${t(`planYears.state.${state}` as MessageKey).toLocaleLowerCase()})` : y}
            </option>
          )
        })}
      </select>
      <button type="submit" className="button button-secondary">
        {t('plan.show')}
      </button>
    </form>
  )
}

function ReceivedLetter({ letter, index, goalTitles }: { letter: Letter; index: TreeIndex; goalTitles: Map<string, string> }) {
  const { t } = useI18n()
  const headingId = useId()
  const from = index.byId.get(letter.fromUnitId)
  return (
    <article className="letter" aria-labelledby={headingId}>
      <h3 id={headingId}>{letter.latest.title}</h3>
      {from && (
        <p>
          <span className="label">{t('letter.from')}:</span> {from.name}
        </p>
      )}
      <LetterStatus revision={letter.latest} />
      <LetterSectionsView revision={letter.latest} goalTitles={goalTitles} headingLevel={4} />
      <AcknowledgeLetter letter={letter} />
      <p className="no-print">
        <Link to={`/letters/${letter.id}`}>{t('letter.open')}</Link>
      </p>
    </article>
  )
}

/** "Kommuneplan: Kommuneplanens samfunnsdel", but not "Handlings- og økonomiplan: Handlings- og økonomiplan 2027–2030". */
export function sourceText(kind: string, name: string): string {
  return name.toLocaleLowerCase('nb').startsWith(kind.toLocaleLowerCase('nb')) ? name : `${kind}: ${name}`
}

function GoalList({ goals }: { goals: UnitGoals }) {
  const { t, formatDate, formatMeasure } = useI18n()
  return (
    <ol className="goal-list">
      {goals.goals.map(({ goal, parents }) => {
        const captionId = `goal-${goal.id}-indicators`
        const source = goal.source
        return (
          <li key={goal.id} className="goal">
            <h3>{goal.title}</h3>
            <dl className="details details-compact">
              <div>
                <dt>{t('goal.source')}</dt>
                <dd>
                  {sourceText(t(`source.${source.kind}` as MessageKey), source.caseNumber
                    ? t('goal.decision', { name: source.name, caseNumber: source.caseNumber })
                    : source.name)}
                  {source.date && ` (${t('goal.decisionDate', { date: formatDate(source.date) })})`}
                </dd>
              </div>
              <div>
                <dt>{t('goal.years')}</dt>
                <dd>{goal.fromYear === goal.toYear ? goal.fromYear : `${goal.fromYear}–${goal.toYear}`}</dd>
              </div>
              {parents.length > 0 && (
                <div>
                  <dt>{t('goal.under')}</dt>
                  <dd>{[...parents].reverse().map(parent => parent.title).join(' › ')}</dd>
                </div>
              )}
            </dl>
            {goal.description && <p className="preserve-lines">{goal.description}</p>}
            {goal.indicators.length === 0 ? (
              <p className="hint">{t('goal.noIndicators')}</p>
            ) : (
              <TableScroll labelledBy={captionId}>
                <table className="table-stack">
                  <caption id={captionId}>{t('goal.indicators', { goal: goal.title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('indicator.name')}</th>
                      <th scope="col" className="number">{t('indicator.target')}</th>
                      <th scope="col">{t('indicator.direction')}</th>
                      <th scope="col" className="number">{t('indicator.yellowLimit')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {goal.indicators.map(indicator => (
                      <tr key={indicator.id}>
                        <th scope="row">{indicator.name}</th>
                        <td className="number" data-label={t('indicator.target')}>{formatMeasure(indicator.targetValue, indicator.unitOfMeasure)}</td>
                        <td data-label={t('indicator.direction')}>{t(`direction.${indicator.direction}` as MessageKey)}</td>
                        <td className="number" data-label={t('indicator.yellowLimit')}>
                          {indicator.yellowLimit == null ? t('indicator.none') : formatMeasure(indicator.yellowLimit, indicator.unitOfMeasure)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </li>
        )
      })}
    </ol>
  )
}

function SentLetters({ letters, index }: { letters: Letter[]; index: TreeIndex }) {
  const { t } = useI18n()
  return (
    <TableScroll labelledBy="plan-sent">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('letter.to')}</th>
            <th scope="col">{t('letter.title')}</th>
            <th scope="col">{t('letter.status')}</th>
          </tr>
        </thead>
        <tbody>
          {letters.map(letter => (
            <tr key={letter.id}>
              <td>{index.byId.get(letter.toUnitId)?.name ?? '–'}</td>
              <td>
                <Link to={`/letters/${letter.id}`}>{letter.latest.title}</Link>
              </td>
              <td>{t(`letter.state.${letter.latest.state}` as MessageKey)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
