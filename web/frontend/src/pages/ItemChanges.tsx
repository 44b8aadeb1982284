import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { assignmentKeys, useCancelItem, useEditItem, useHandOver, usePeople, type ItemDetail } from '../api/assignmentQueries'
import type { AssignmentItem, TaskItem } from '../api/assignmentTypes'
import { ApiError } from '../api/client'
import { useSettings } from '../api/queries'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { ProblemMessage } from '../components/Problem'
import { formatDate, parseDate } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

type Change = 'edit' | 'cancel' | 'handover'
const USERNAME = /^[A-Za-z0-9._@-]{1,100}$/

/**
 * Changes a leader makes to an open item: edit it (title, text, responsible, deadline; for an assignment also its
 * type and the monthly report), cancel it with everything open below it, or hand over everything its responsible
 * person has to someone else. Each change names the item's version; a 409 offers to read the item again.
 */
export function ItemChanges({ detail, onDone }: { detail: ItemDetail; onDone: (message: string) => void }) {
  const { t } = useI18n()
  const [open, setOpen] = useState<Change | null>(null)
  const client = useQueryClient()
  const reload = () => void client.invalidateQueries({ queryKey: assignmentKeys.all })
  const offered: Change[] = detail.item.responsible ? ['edit', 'cancel', 'handover'] : ['edit', 'cancel']
  const done = (message: string) => {
    setOpen(null)
    onDone(message)
  }
  return (
    <section aria-labelledby="item-changes">
      <h2 id="item-changes">{t('itemChange.title')}</h2>
      <div className="inline-fields">
        {offered.map(change => (
          <button key={change} type="button" className="button button-secondary" aria-expanded={open === change}
            onClick={() => setOpen(open === change ? null : change)}>
            {t(`itemChange.open.${change}` as MessageKey, { name: detail.item.responsible ?? '' })}
          </button>
        ))}
      </div>
      {open === 'edit' && <EditForm key={detail.item.version} detail={detail} reload={reload} done={done} />}
      {open === 'cancel' && <CancelForm key={detail.item.version} detail={detail} reload={reload} done={done} />}
      {open === 'handover' && detail.item.responsible && <HandoverForm detail={detail} from={detail.item.responsible} done={done} />}
    </section>
  )
}

function ChangeForm({ title, onSubmit, children }: { title: string; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <form className="form part-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      {children}
    </form>
  )
}

function Failure({ error, reload, hasFieldErrors }: { error: unknown; reload: () => void; hasFieldErrors: boolean }) {
  const { t } = useI18n()
  if (error instanceof ApiError && error.status === 409) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('itemChange.conflict')}</p>
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('itemChange.reload')}
        </button>
      </div>
    )
  }
  return hasFieldErrors ? null : <ProblemMessage error={error} />
}

function PeopleList({ id, unitId }: { id: string; unitId: string }) {
  const people = usePeople(unitId)
  return (
    <datalist id={id}>
      {(people.data ?? []).filter(person => !person.leftOn).map(person => (
        <option key={person.username} value={person.username}>
          {person.name ?? person.username}
        </option>
      ))}
    </datalist>
  )
}

function EditForm({ detail, reload, done }: { detail: ItemDetail; reload: () => void; done: (message: string) => void }) {
  const { t, language } = useI18n()
  const edit = useEditItem()
  const settings = useSettings()
  const listId = useId()
  const { kind, item } = detail
  const hasTitle = kind !== 'DELEGATION'
  const assignment = kind === 'ASSIGNMENT' ? (item as AssignmentItem) : null
  const [values, setValues] = useState({
    title: hasTitle ? (item as AssignmentItem | TaskItem).title : '',
    type: assignment?.type ?? '',
    description: item.description ?? '',
    responsible: item.responsible ?? '',
    deadline: formatDate(item.deadline),
    monthly: assignment?.includeInMonthlyReport ?? false,
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const server = serverFieldErrors(edit.error)
  const shown = { ...server, ...errors }
  const ids = { title: 'edit-title', type: 'edit-type', description: 'edit-description', responsible: 'edit-responsible', deadline: 'edit-deadline' }
  const types = (settings.data?.assignmentTypes ?? []).filter(type => type.active || type.code === assignment?.type)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const deadline = parseDate(values.deadline)
    const responsible = values.responsible.trim()
    if (hasTitle && values.title.trim() === '') found.title = t('itemChange.titleRequired')
    if (kind === 'TASK' && responsible === '') found.responsible = t('task.responsibleRequired')
    else if (responsible !== '' && !USERNAME.test(responsible)) found.responsible = t('deviation.responsibleInvalid')
    if (!deadline) found.deadline = t('form.dateInvalid')
    setErrors(found)
    if (Object.keys(found).length > 0 || !deadline) return
    const description = values.description.trim() === '' ? undefined : values.description.trim()
    const common = { version: item.version, description, responsible: responsible === '' ? undefined : responsible, deadline }
    const body = assignment
      ? { ...common, type: values.type, title: values.title.trim(), source: assignment.source, includeInMonthlyReport: values.monthly }
      : kind === 'TASK' ? { ...common, title: values.title.trim() } : common
    edit.mutate({ kind, id: item.id, edit: body }, { onSuccess: () => done(t('itemChange.saved')) })
  }
  const set = (field: 'title' | 'type' | 'description' | 'responsible' | 'deadline') =>
    (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value })
  return (
    <ChangeForm title={t('itemChange.editTitle')} onSubmit={submit}>
      <ErrorSummary errors={shown} fieldIds={ids} />
      {hasTitle && (
        <FormField id={ids.title} label={t('task.name')} error={shown.title} required>
          {props => <input {...props} maxLength={300} value={values.title} onChange={set('title')} />}
        </FormField>
      )}
      {assignment && types.length > 0 && (
        <FormField id={ids.type} label={t('item.type')} error={shown.type} required>
          {props => (
            <select {...props} value={values.type} onChange={set('type')}>
              {types.map(type => (
                <option key={type.code} value={type.code}>
                  {type.labels[language]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField id={ids.description} label={t('task.description')} error={shown.description}>
        {props => <textarea {...props} rows={4} maxLength={4000} value={values.description} onChange={set('description')} />}
      </FormField>
      <FormField id={ids.responsible} label={t('item.responsible')} hint={t('task.responsibleHint')} error={shown.responsible}
        required={kind === 'TASK'}>
        {props => <input {...props} list={listId} autoComplete="off" value={values.responsible} onChange={set('responsible')} />}
      </FormField>
      <PeopleList id={listId} unitId={item.unitId} />
      <FormField id={ids.deadline} label={t('item.deadline')} hint={t('form.dateHint')} error={shown.deadline} required>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.deadline} onChange={set('deadline')} />}
      </FormField>
      {assignment && (
        <div className="checkbox">
          <input type="checkbox" id="edit-monthly" checked={values.monthly} onChange={e => setValues({ ...values, monthly: e.target.checked })} />
          <label htmlFor="edit-monthly">{t('item.monthlyReport')}</label>
        </div>
      )}
      {edit.isError && <Failure error={edit.error} reload={reload} hasFieldErrors={Object.keys(server).length > 0} />}
      <button type="submit" className="button button-primary" disabled={edit.isPending}>
        {t('itemChange.save')}
      </button>
    </ChangeForm>
  )
}

function CancelForm({ detail, reload, done }: { detail: ItemDetail; reload: () => void; done: (message: string) => void }) {
  const { t } = useI18n()
  const cancel = useCancelItem()
  const [reason, setReason] = useState('')
  const server = serverFieldErrors(cancel.error)
  const { kind, item } = detail
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = reason.trim()
    cancel.mutate({ kind, id: item.id, version: item.version, reason: text === '' ? undefined : text },
      { onSuccess: () => done(t('itemChange.cancelled')) })
  }
  return (
    <ChangeForm title={t('itemChange.cancelTitle')} onSubmit={submit}>
      <p className="hint">{t(kind === 'TASK' ? 'itemChange.cancelHintTask' : 'itemChange.cancelHint')}</p>
      <FormField id="cancel-reason" label={t('itemChange.reason')} error={server.reason}>
        {props => <textarea {...props} rows={3} maxLength={4000} value={reason} onChange={e => setReason(e.target.value)} />}
      </FormField>
      {cancel.isError && <Failure error={cancel.error} reload={reload} hasFieldErrors={Object.keys(server).length > 0} />}
      <button type="submit" className="button button-danger" disabled={cancel.isPending}>
        {t('itemChange.cancel')}
      </button>
    </ChangeForm>
  )
}

function HandoverForm({ detail, from, done }: { detail: ItemDetail; from: string; done: (message: string) => void }) {
  const { t } = useI18n()
  const handOver = useHandOver()
  const listId = useId()
  const [to, setTo] = useState('')
  const [error, setError] = useState('')
  const server = serverFieldErrors(handOver.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const name = to.trim()
    const problem = name === '' ? t('task.responsibleRequired') : !USERNAME.test(name) ? t('deviation.responsibleInvalid')
      : name === from ? t('itemChange.samePerson') : ''
    setError(problem)
    if (problem) {
      document.getElementById('handover-to')?.focus()
      return
    }
    handOver.mutate({ from, to: name }, { onSuccess: result => done(t('itemChange.handedOver', { count: result.moved.length, from, to: name })) })
  }
  return (
    <ChangeForm title={t('itemChange.handoverTitle', { name: from })} onSubmit={submit}>
      <p className="hint">{t('itemChange.handoverHint', { name: from })}</p>
      <FormField id="handover-to" label={t('itemChange.handoverTo')} hint={t('task.responsibleHint')} error={error || server.to} required>
        {props => <input {...props} list={listId} autoComplete="off" value={to} onChange={e => setTo(e.target.value)} />}
      </FormField>
      <PeopleList id={listId} unitId={detail.item.unitId} />
      {handOver.isError && Object.keys(server).length === 0 && <ProblemMessage error={handOver.error} />}
      <button type="submit" className="button button-primary" disabled={handOver.isPending}>
        {t('itemChange.handover')}
      </button>
    </ChangeForm>
  )
}
