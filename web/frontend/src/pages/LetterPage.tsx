import { Link, useParams } from 'react-router'
import { useLetter, useLetterRevisions, useTreeIndex, useUnitGoals } from '../api/queries'
import type { Letter } from '../api/types'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { AcknowledgeLetter, LetterSectionsView, LetterStatus } from '../components/LetterView'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { orgLink } from './OrgUnitPage'

/** One assignment letter: its latest revision in full, acknowledgement, and every revision the person may see. */
export function LetterPage() {
  const { t } = useI18n()
  const { letterId = '' } = useParams()
  const letter = useLetter(letterId)
  if (letter.isPending) {
    return (
      <>
        <PageHeading title={t('nav.unitPlan')} />
        <Loading />
      </>
    )
  }
  if (letter.isError) {
    return (
      <>
        <PageHeading title={t('letter.notFound')} />
        <ProblemMessage error={letter.error} />
      </>
    )
  }
  return <LetterDetails letter={letter.data} />
}

function LetterDetails({ letter }: { letter: Letter }) {
  const { t, formatDateTime } = useI18n()
  const tree = useTreeIndex()
  const goals = useUnitGoals(letter.toUnitId, letter.year)
  const revisions = useLetterRevisions(letter.id)
  const from = tree.index.byId.get(letter.fromUnitId)
  const to = tree.index.byId.get(letter.toUnitId)
  const goalTitles = new Map((goals.data?.goals ?? []).flatMap(({ goal, parents }) => [
    [goal.id, goal.title] as const,
    ...parents.map(parent => [parent.id, parent.title] as const),
  ]))
  const crumbs = to
    ? [
        ...[...to.path, to.id].map(id => ({ label: tree.index.byId.get(id)?.name ?? '…', to: orgLink(id) })),
        { label: t('plan.title', { year: letter.year }), to: `/units/${to.id}/plan/${letter.year}` },
        { label: letter.latest.title },
      ]
    : []

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading title={letter.latest.title}>
        <p className="lead">{t('letter.heading', { year: letter.year })}</p>
      </PageHeading>
      <dl className="details">
        <div>
          <dt>{t('letter.from')}</dt>
          <dd>{from?.name ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('letter.to')}</dt>
          <dd>{to?.name ?? '–'}</dd>
        </div>
      </dl>
      <LetterStatus revision={letter.latest} />
      <AcknowledgeLetter letter={letter} />
      <LetterSectionsView revision={letter.latest} goalTitles={goalTitles} headingLevel={2} />

      <section aria-labelledby="letter-revisions">
        <h2 id="letter-revisions">{t('letter.revisions')}</h2>
        {revisions.isPending ? (
          <Loading />
        ) : revisions.isError ? (
          <ProblemMessage error={revisions.error} />
        ) : (
          <TableScroll labelledBy="letter-revisions-caption">
            <table>
              <caption id="letter-revisions-caption">{t('letter.revisionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('letter.revisionColumn')}</th>
                  <th scope="col">{t('letter.title')}</th>
                  <th scope="col">{t('letter.status')}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.data.map(revision => (
                  <tr key={revision.revision}>
                    <td>{revision.revision}</td>
                    <td>{revision.title}</td>
                    <td>
                      {t(`letter.state.${revision.state}` as MessageKey)}
                      <span className="hint">
                        {revision.acknowledgedAt
                          ? t('letter.acknowledgedBy', { date: formatDateTime(revision.acknowledgedAt), by: revision.acknowledgedBy ?? '' })
                          : revision.sentAt
                            ? t('letter.sent', { date: formatDateTime(revision.sentAt), by: revision.sentBy ?? '' })
                            : t('letter.changed', { date: formatDateTime(revision.changedAt), by: revision.changedBy })}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {to && (
        <p>
          <Link to={`/units/${to.id}/plan/${letter.year}`}>{t('letter.backToPlan', { unit: to.name })}</Link>
        </p>
      )}
    </>
  )
}
