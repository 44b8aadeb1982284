import { useId } from 'react'
import { useAcknowledgeLetter } from '../api/queries'
import type { Letter, LetterRevision, LetterSections } from '../api/types'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { ProblemMessage } from './Problem'

const TEXT_SECTIONS: (keyof LetterSections)[] = ['guidance', 'focusAreas', 'frames', 'routines', 'internalControl']

/** A letter's state and who sent and acknowledged it when. */
export function LetterStatus({ revision }: { revision: LetterRevision }) {
  const { t, formatDateTime } = useI18n()
  return (
    <div className="letter-status">
      <p>
        <span className={`tag tag-${revision.state.toLowerCase()}`}>{t(`letter.state.${revision.state}` as MessageKey)}</span>{' '}
        {t('letter.revision', { revision: revision.revision })}
      </p>
      {revision.sentAt && <p>{t('letter.sent', { date: formatDateTime(revision.sentAt), by: revision.sentBy ?? '' })}</p>}
      {revision.acknowledgedAt && (
        <p>{t('letter.acknowledgedBy', { date: formatDateTime(revision.acknowledgedAt), by: revision.acknowledgedBy ?? '' })}</p>
      )}
    </div>
  )
}

/** The letter's sections, with the budget frame in kroner and the goals it links (named when known). */
export function LetterSectionsView({ revision, goalTitles, headingLevel = 3 }: {
  revision: LetterRevision
  goalTitles: Map<string, string>
  headingLevel?: 2 | 3 | 4
}) {
  const { t, formatAmount } = useI18n()
  const sections = revision.sections
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4'
  const goals = revision.goalIds.map(id => goalTitles.get(id)).filter((title): title is string => !!title)
  return (
    <div className="letter-sections">
      {sections?.budgetFrame != null && (
        <>
          <Heading>{t('letter.section.budgetFrame')}</Heading>
          <p className="amount">{formatAmount(sections.budgetFrame)}</p>
        </>
      )}
      {TEXT_SECTIONS.map(key => {
        const text = sections?.[key]
        return typeof text === 'string' && text.trim() !== '' ? (
          <div key={key}>
            <Heading>{t(`letter.section.${key}` as MessageKey)}</Heading>
            {text.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i} className="preserve-lines">
                {paragraph}
              </p>
            ))}
          </div>
        ) : null
      })}
      {goals.length > 0 && (
        <>
          <Heading>{t('letter.goals')}</Heading>
          <ul>
            {goals.map(title => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}

/** The receiving leader acknowledges the latest sent revision; the outcome is announced. */
export function AcknowledgeLetter({ letter }: { letter: Letter }) {
  const { t } = useI18n()
  const acknowledge = useAcknowledgeLetter()
  const hintId = useId()
  const done = acknowledge.isSuccess
  return (
    <div className="acknowledge">
      {!done && letter.mayAcknowledge && (
        <>
          <p id={hintId} className="hint">
            {t('letter.acknowledgeHint')}
          </p>
          <button
            type="button"
            className="button button-primary"
            aria-describedby={hintId}
            disabled={acknowledge.isPending}
            onClick={() => acknowledge.mutate({ id: letter.id, revision: letter.latest.revision })}
          >
            {acknowledge.isPending ? t('letter.acknowledging') : t('letter.acknowledge', { revision: letter.latest.revision })}
          </button>
        </>
      )}
      <div role="status">
        {done && <p className="notice notice-success">{t('letter.acknowledgedNow', { title: letter.latest.title })}</p>}
      </div>
      {acknowledge.isError && <ProblemMessage error={acknowledge.error} />}
    </div>
  )
}
