import { useId, useState, type FormEvent } from 'react'
import { useChangeStatus } from '../api/assignmentQueries'
import { SETTABLE_STATUSES, type ItemKind, type Status, type TrafficLight } from '../api/assignmentTypes'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { serverFieldErrors } from './fieldErrors'
import { ProblemMessage } from './Problem'

export function statusKey(status: Status): MessageKey {
  return `status.${status}` as MessageKey
}

/** The status in words, and "overdue" and the light in words too: never colour alone. */
export function StatusTags({ status, light, overdue, ownerless }: {
  status: Status
  light?: TrafficLight
  overdue?: boolean
  ownerless?: boolean
}) {
  const { t } = useI18n()
  return (
    <span className="status-tags">
      <span className={`tag tag-status-${status.toLowerCase()}`}>{t(statusKey(status))}</span>
      {overdue && <span className="tag tag-overdue">{t('status.overdue')}</span>}
      {ownerless && <span className="tag tag-ownerless">{t('status.ownerless')}</span>}
      {light && (
        <span className={`light light-${light.toLowerCase()}`}>
          <span className="light-dot" aria-hidden="true" />
          {t(`light.${light}` as MessageKey)}
        </span>
      )}
    </span>
  )
}

/**
 * A status change with a comment for one work item. An item with parts (delegations, tasks) follows them, so it only
 * takes a comment. The outcome is told through onDone, for the page's live region.
 */
export function StatusForm({ kind, id, version, status, title, commentOnly, onDone, idPrefix }: {
  kind: ItemKind
  id: string
  version: number
  status: Status
  title: string
  commentOnly?: boolean
  onDone: (message: string) => void
  idPrefix?: string
}) {
  const { t } = useI18n()
  const change = useChangeStatus()
  const ownId = useId()
  const prefix = idPrefix ?? ownId
  const [next, setNext] = useState<Status>(status === 'CANCELLED' ? 'NOT_STARTED' : status)
  const [comment, setComment] = useState('')
  const [empty, setEmpty] = useState(false)
  const fieldErrors = serverFieldErrors(change.error)
  const commentError = empty ? t('statusForm.commentRequired') : fieldErrors.comment
  const statusError = fieldErrors.status

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = comment.trim()
    const statusChanged = !commentOnly && next !== status
    if (!statusChanged && text === '') {
      setEmpty(true)
      document.getElementById(`${prefix}-comment`)?.focus()
      return
    }
    setEmpty(false)
    change.mutate(
      { kind, id, change: { version, status: statusChanged ? next : undefined, comment: text === '' ? undefined : text } },
      {
        onSuccess: () => {
          setComment('')
          onDone(statusChanged
            ? t('statusForm.changed', { title, status: t(statusKey(next)) })
            : t('statusForm.commented', { title }))
        },
      },
    )
  }

  return (
    <form className="status-form" onSubmit={submit} noValidate>
      {!commentOnly && (
        <div className="field">
          <label htmlFor={`${prefix}-status`}>{t('statusForm.status')}</label>
          {statusError && (
            <span id={`${prefix}-status-error`} className="field-error">
              {statusError}
            </span>
          )}
          <select
            id={`${prefix}-status`}
            value={next}
            aria-invalid={statusError ? true : undefined}
            aria-describedby={statusError ? `${prefix}-status-error` : undefined}
            onChange={e => setNext(e.target.value as Status)}
          >
            {SETTABLE_STATUSES.map(s => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
      )}
      {commentOnly && <p className="hint">{t('statusForm.followsParts')}</p>}
      <div className="field">
        <label htmlFor={`${prefix}-comment`}>
          {t('statusForm.comment')}
          {!commentOnly && <span className="optional"> {t('form.optional')}</span>}
        </label>
        <span id={`${prefix}-comment-hint`} className="hint">
          {t('statusForm.commentHint')}
        </span>
        {commentError && (
          <span id={`${prefix}-comment-error`} className="field-error">
            {commentError}
          </span>
        )}
        <textarea
          id={`${prefix}-comment`}
          rows={3}
          maxLength={2000}
          value={comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`${prefix}-comment-hint${commentError ? ` ${prefix}-comment-error` : ''}`}
          onChange={e => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={change.isPending}>
        {change.isPending ? t('statusForm.saving') : commentOnly ? t('statusForm.saveComment') : t('statusForm.save')}
      </button>
      {change.isError && Object.keys(fieldErrors).length === 0 && <ProblemMessage error={change.error} />}
    </form>
  )
}
