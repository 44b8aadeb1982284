import { useId, useState, type FormEvent } from 'react'
import { useParams } from 'react-router'
import { useAddTask, useDelegate, useItem, useItemHistory, usePeople, useSetDelegationResponsible, type ItemDetail } from '../api/assignmentQueries'
import type { AssignmentItem, DelegationItem, ItemKind, TaskItem } from '../api/assignmentTypes'
import { useSettings, useTreeIndex } from '../api/queries'
import { hasRole, useSession } from '../auth/session'
import { Breadcrumbs } from '../components/Breadcrumbs'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { ItemLink, itemPath } from '../components/ItemLink'
import { StatusForm, StatusTags, statusKey } from '../components/ItemStatus'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { parseDate } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { ItemChanges } from './ItemChanges'

export const LEADER_ROLES = ['admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder'] as const

/** An assignment, a delegation or a task: what it is, its status with a comment, what lies below it, its history. */
export function ItemPage({ kind }: { kind: ItemKind }) {
  const { t } = useI18n()
  const { id = '' } = useParams()
  const item = useItem(kind, id)
  if (item.isPending || item.isError) {
    return (
      <>
        <PageHeading title={t(`kind.${kind}` as MessageKey)} />
        {item.isPending ? <Loading /> : <ProblemMessage error={item.error} retry={() => void item.refetch()} />}
      </>
    )
  }
  return <ItemView key={`${kind}-${id}`} detail={item.data} />
}

export function itemTitle(t: ReturnType<typeof useI18n>['t'], kind: ItemKind, item: AssignmentItem | DelegationItem | TaskItem,
  assignment: AssignmentItem): string {
  if (kind === 'DELEGATION') {
    return t('item.delegationTitle', { title: assignment.title, unit: item.unitName })
  }
  return (item as AssignmentItem | TaskItem).title
}

function ItemView({ detail }: { detail: ItemDetail }) {
  const { t, formatDate, formatDateTime } = useI18n()
  const { user } = useSession()
  const [announcement, setAnnouncement] = useState('')
  const { kind, item, assignment, chain } = detail
  const title = itemTitle(t, kind, item, assignment)
  const crumbs = [
    ...(kind === 'ASSIGNMENT' ? [] : [{ label: assignment.title, to: itemPath('ASSIGNMENT', assignment.id) }]),
    ...chain.map(delegation => ({ label: delegation.unitName, to: itemPath('DELEGATION', delegation.id) })),
    { label: kind === 'DELEGATION' ? item.unitName : title },
  ]
  const delegations = kind === 'TASK' ? [] : (item as AssignmentItem | DelegationItem).delegations
  const tasks = kind === 'DELEGATION' ? (item as DelegationItem).tasks : []
  const hasParts = [...delegations, ...tasks].some(part => part.status !== 'CANCELLED')
  const leader = hasRole(user, ...LEADER_ROLES)
  const open = item.status !== 'DONE' && item.status !== 'CANCELLED'

  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <PageHeading title={title}>
        <p className="lead">{t(`kind.${kind}` as MessageKey)} · {item.unitName}</p>
      </PageHeading>
      <div role="status" aria-live="polite" className="live-region">
        {announcement && <p className="notice notice-success">{announcement}</p>}
      </div>

      <section aria-labelledby="item-about">
        <h2 id="item-about">{t('item.about')}</h2>
        <dl className="details">
          <div>
            <dt>{t('item.status')}</dt>
            <dd>
              <StatusTags status={item.status} light={item.trafficLight} overdue={item.overdue} ownerless={item.ownerless} />
            </dd>
          </div>
          <div>
            <dt>{t('item.deadline')}</dt>
            <dd>{formatDate(item.deadline)}</dd>
          </div>
          <div>
            <dt>{t('item.responsible')}</dt>
            <dd>{item.responsible ?? t('item.nobody')}</dd>
          </div>
          <div>
            <dt>{t('item.unit')}</dt>
            <dd>{item.unitName}</dd>
          </div>
          {kind === 'DELEGATION' && (
            <div>
              <dt>{t('item.from')}</dt>
              <dd>{(item as DelegationItem).fromUnitName}</dd>
            </div>
          )}
          {kind === 'ASSIGNMENT' && <AssignmentFacts assignment={assignment} />}
        </dl>
        {item.description && <p className="preserve-lines">{item.description}</p>}
        {kind === 'ASSIGNMENT' && <SourceView assignment={assignment} />}
        {item.statusNote && (
          <div className="status-note">
            <h3>{t('item.lastComment')}</h3>
            <p className="preserve-lines">{item.statusNote.text}</p>
            <p className="hint">
              {t('item.writtenBy', { by: item.statusNote.writtenBy, date: formatDateTime(item.statusNote.writtenAt) })}
            </p>
          </div>
        )}
      </section>

      {kind === 'DELEGATION' && leader && open && <ResponsibleForm delegation={item as DelegationItem} onDone={setAnnouncement} />}

      {open && (
        <section aria-labelledby="item-status">
          <h2 id="item-status">{hasParts ? t('item.comment') : t('item.changeStatus')}</h2>
          <StatusForm kind={kind} id={item.id} version={item.version} status={item.status} title={title} commentOnly={hasParts}
            idPrefix="item-status-form" onDone={setAnnouncement} />
        </section>
      )}

      {leader && open && <ItemChanges detail={detail} onDone={setAnnouncement} />}

      {kind !== 'TASK' && (
        <section aria-labelledby="item-delegations">
          <h2 id="item-delegations">{t('item.delegations')}</h2>
          {delegations.length === 0 ? <p>{t('item.noDelegations')}</p> : <PartList parts={delegations} kind="DELEGATION" />}
          {leader && open && <DelegateForm detail={detail} onDone={setAnnouncement} />}
        </section>
      )}

      {kind === 'DELEGATION' && (
        <section aria-labelledby="item-tasks">
          <h2 id="item-tasks">{t('item.tasks')}</h2>
          {tasks.length === 0 ? <p>{t('item.noTasks')}</p> : <PartList parts={tasks} kind="TASK" />}
          {leader && open && <TaskForm delegation={item as DelegationItem} onDone={setAnnouncement} />}
        </section>
      )}

      <History kind={kind} id={item.id} />
    </>
  )
}

function AssignmentFacts({ assignment }: { assignment: AssignmentItem }) {
  const { t, language } = useI18n()
  const settings = useSettings()
  const type = settings.data?.assignmentTypes.find(candidate => candidate.code === assignment.type)
  return (
    <>
      <div>
        <dt>{t('item.type')}</dt>
        <dd>{type ? type.labels[language] : assignment.type}</dd>
      </div>
      <div>
        <dt>{t('item.monthlyReport')}</dt>
        <dd>{assignment.includeInMonthlyReport ? t('item.yes') : t('item.no')}</dd>
      </div>
    </>
  )
}

function SourceView({ assignment }: { assignment: AssignmentItem }) {
  const { t, formatDate } = useI18n()
  const source = assignment.source
  return (
    <div className="source">
      <h3>{t('item.source')}</h3>
      <p>{t(`source.kind.${source.kind}` as MessageKey)}</p>
      {source.kind === 'COUNCIL_DECISION' && (
        <>
          <p>
            {t('item.decision', { body: source.body ?? '', caseNumber: source.caseNumber ?? '',
              date: source.decisionDate ? formatDate(source.decisionDate) : '' })}
          </p>
          {source.decisionText && <blockquote className="preserve-lines">{source.decisionText}</blockquote>}
        </>
      )}
      {source.kind === 'ECONOMY_PLAN_MEASURE' && source.measure && <p>{source.measure}</p>}
    </div>
  )
}

function PartList({ parts, kind }: { parts: (DelegationItem | TaskItem)[]; kind: 'DELEGATION' | 'TASK' }) {
  const { t, formatDate } = useI18n()
  return (
    <ul className="work-list work-list-compact">
      {parts.map(part => (
        <li key={part.id} className="work-item">
          <p className="work-title">
            <ItemLink kind={kind} id={part.id}>
              {kind === 'TASK' ? (part as TaskItem).title : part.unitName}
            </ItemLink>
          </p>
          <p className="work-facts">
            <span>{t('item.responsibleIs', { name: part.responsible ?? t('item.nobody') })}</span>
            <span>{t('my.deadline', { date: formatDate(part.deadline) })}</span>
          </p>
          <StatusTags status={part.status} light={part.trafficLight} overdue={part.overdue} ownerless={part.ownerless} />
        </li>
      ))}
    </ul>
  )
}

/** Delegates the assignment (to its own unit or units below) or the delegation (to units strictly below it). */
function DelegateForm({ detail, onDone }: { detail: ItemDetail; onDone: (message: string) => void }) {
  const { t } = useI18n()
  const tree = useTreeIndex()
  const delegate = useDelegate()
  const { kind, item } = detail
  const [chosen, setChosen] = useState<string[]>([])
  const [deadline, setDeadline] = useState('')
  const [description, setDescription] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const own = tree.index.byId.get(item.unitId)
  const candidates = [...(kind === 'ASSIGNMENT' && own ? [own] : []), ...(tree.index.children.get(item.unitId) ?? [])]
  const server = serverFieldErrors(delegate.error)
  const serverErrors: Record<string, string> = {}
  for (const [field, message] of Object.entries(server)) {
    const name = field.endsWith('deadline') ? 'deadline' : field.endsWith('description') ? 'description' : 'units'
    serverErrors[name] ??= message
  }
  const shown = { ...serverErrors, ...errors }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const day = parseDate(deadline)
    if (chosen.length === 0) found.units = t('delegate.chooseUnit')
    if (!day) found.deadline = t('form.dateInvalid')
    setErrors(found)
    if (Object.keys(found).length > 0 || !day) {
      return
    }
    const text = description.trim()
    delegate.mutate(
      { kind: kind as 'ASSIGNMENT' | 'DELEGATION', id: item.id,
        delegations: chosen.map(unitId => ({ unitId, deadline: day, description: text === '' ? undefined : text })) },
      {
        onSuccess: () => {
          const names = chosen.map(unitId => tree.index.byId.get(unitId)?.name ?? unitId).join(', ')
          setChosen([])
          setDeadline('')
          setDescription('')
          onDone(t('delegate.done', { units: names }))
        },
      },
    )
  }
  if (candidates.length === 0) {
    return <p>{t('delegate.noUnits')}</p>
  }
  return (
    <form className="form part-form" onSubmit={submit} noValidate aria-labelledby="delegate-heading">
      <h3 id="delegate-heading">{t('delegate.title')}</h3>
      <ErrorSummary errors={shown} fieldIds={{ units: 'delegate-units', deadline: 'delegate-deadline', description: 'delegate-description' }} />
      <fieldset id="delegate-units" aria-describedby={shown.units ? 'delegate-units-error' : undefined}>
        <legend>{t('delegate.units')}</legend>
        {shown.units && (
          <p id="delegate-units-error" className="field-error">
            {shown.units}
          </p>
        )}
        {candidates.map(unit => (
          <div className="checkbox" key={unit.id}>
            <input type="checkbox" id={`delegate-unit-${unit.id}`} checked={chosen.includes(unit.id)}
              onChange={e => setChosen(current => (e.target.checked ? [...current, unit.id] : current.filter(x => x !== unit.id)))} />
            <label htmlFor={`delegate-unit-${unit.id}`}>{unit.name}</label>
          </div>
        ))}
      </fieldset>
      <FormField id="delegate-deadline" label={t('item.deadline')} hint={t('form.dateHint')} error={shown.deadline} required>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={deadline}
          onChange={e => setDeadline(e.target.value)} />}
      </FormField>
      <FormField id="delegate-description" label={t('delegate.description')} error={shown.description}>
        {props => <textarea {...props} rows={3} maxLength={4000} value={description} onChange={e => setDescription(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-primary" disabled={delegate.isPending}>
        {t('delegate.submit')}
      </button>
      {delegate.isError && Object.keys(server).length === 0 && <ProblemMessage error={delegate.error} />}
    </form>
  )
}

/** The receiving unit's leader names who is responsible for the delegation. */
function ResponsibleForm({ delegation, onDone }: { delegation: DelegationItem; onDone: (message: string) => void }) {
  const { t } = useI18n()
  const change = useSetDelegationResponsible()
  const people = usePeople(delegation.unitId)
  const listId = useId()
  const [responsible, setResponsible] = useState(delegation.responsible ?? '')
  const [empty, setEmpty] = useState(false)
  const server = serverFieldErrors(change.error)
  const error = empty ? t('task.responsibleRequired') : server.responsible
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const name = responsible.trim()
    setEmpty(name === '')
    if (name === '') {
      document.getElementById('delegation-responsible')?.focus()
      return
    }
    change.mutate({ delegation, responsible: name }, { onSuccess: () => onDone(t('responsible.done', { name })) })
  }
  return (
    <section aria-labelledby="responsible-heading">
      <h2 id="responsible-heading">{t('responsible.title')}</h2>
      <form className="form part-form" onSubmit={submit} noValidate>
        <FormField id="delegation-responsible" label={t('item.responsible')} hint={t('task.responsibleHint')} error={error} required>
          {props => <input {...props} list={listId} autoComplete="off" value={responsible} onChange={e => setResponsible(e.target.value)} />}
        </FormField>
        <datalist id={listId}>
          {(people.data ?? []).filter(person => !person.leftOn).map(person => (
            <option key={person.username} value={person.username}>
              {person.name ?? person.username}
            </option>
          ))}
        </datalist>
        <button type="submit" className="button button-secondary" disabled={change.isPending}>
          {t('responsible.submit')}
        </button>
        {change.isError && Object.keys(server).length === 0 && <ProblemMessage error={change.error} />}
      </form>
    </section>
  )
}

/** Splits a delegation into a task for a person of its unit. */
function TaskForm({ delegation, onDone }: { delegation: DelegationItem; onDone: (message: string) => void }) {
  const { t } = useI18n()
  const addTask = useAddTask()
  const people = usePeople(delegation.unitId)
  const listId = useId()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [responsible, setResponsible] = useState('')
  const [deadline, setDeadline] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const server = serverFieldErrors(addTask.error)
  const shown = { ...server, ...errors }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const day = parseDate(deadline)
    if (title.trim() === '') found.title = t('task.titleRequired')
    if (responsible.trim() === '') found.responsible = t('task.responsibleRequired')
    if (!day) found.deadline = t('form.dateInvalid')
    setErrors(found)
    if (Object.keys(found).length > 0 || !day) {
      return
    }
    const text = description.trim()
    addTask.mutate(
      { delegationId: delegation.id,
        task: { title: title.trim(), responsible: responsible.trim(), deadline: day, description: text === '' ? undefined : text } },
      {
        onSuccess: () => {
          onDone(t('task.done', { title: title.trim() }))
          setTitle('')
          setDescription('')
          setResponsible('')
          setDeadline('')
        },
      },
    )
  }
  return (
    <form className="form part-form" onSubmit={submit} noValidate aria-labelledby="task-heading">
      <h3 id="task-heading">{t('task.title')}</h3>
      <ErrorSummary errors={shown}
        fieldIds={{ title: 'task-title', responsible: 'task-responsible', deadline: 'task-deadline', description: 'task-description' }} />
      <FormField id="task-title" label={t('task.name')} error={shown.title} required>
        {props => <input {...props} maxLength={300} value={title} onChange={e => setTitle(e.target.value)} />}
      </FormField>
      <FormField id="task-responsible" label={t('item.responsible')} hint={t('task.responsibleHint')} error={shown.responsible} required>
        {props => <input {...props} list={listId} autoComplete="off" value={responsible} onChange={e => setResponsible(e.target.value)} />}
      </FormField>
      <datalist id={listId}>
        {(people.data ?? []).filter(person => !person.leftOn).map(person => (
          <option key={person.username} value={person.username}>
            {person.name ?? person.username}
          </option>
        ))}
      </datalist>
      <FormField id="task-deadline" label={t('item.deadline')} hint={t('form.dateHint')} error={shown.deadline} required>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={deadline}
          onChange={e => setDeadline(e.target.value)} />}
      </FormField>
      <FormField id="task-description" label={t('task.description')} error={shown.description}>
        {props => <textarea {...props} rows={3} maxLength={4000} value={description} onChange={e => setDescription(e.target.value)} />}
      </FormField>
      <button type="submit" className="button button-primary" disabled={addTask.isPending}>
        {t('task.submit')}
      </button>
      {addTask.isError && Object.keys(server).length === 0 && <ProblemMessage error={addTask.error} />}
    </form>
  )
}

function History({ kind, id }: { kind: ItemKind; id: string }) {
  const { t, formatDate, formatDateTime } = useI18n()
  const history = useItemHistory(kind, id)
  return (
    <section aria-labelledby="item-history">
      <h2 id="item-history">{t('history.title')}</h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ProblemMessage error={history.error} />
      ) : (
        <TableScroll labelledBy="item-history-caption">
          <table className="table-stack">
            <caption id="item-history-caption">{t('history.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('history.when')}</th>
                <th scope="col">{t('history.change')}</th>
                <th scope="col">{t('history.by')}</th>
                <th scope="col">{t('item.status')}</th>
                <th scope="col">{t('history.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {[...history.data].reverse().map(entry => (
                <tr key={`${entry.version}-${entry.at}-${entry.change}`}>
                  <td data-label={t('history.when')}>{formatDateTime(entry.at)}</td>
                  <td data-label={t('history.change')}>
                    {t(`change.${entry.change}` as MessageKey)}
                    {entry.deadlineBefore && entry.deadline && entry.deadlineBefore !== entry.deadline && (
                      <span className="hint">
                        {t('history.deadlineMoved', { from: formatDate(entry.deadlineBefore), to: formatDate(entry.deadline) })}
                      </span>
                    )}
                  </td>
                  <td data-label={t('history.by')}>{entry.by}</td>
                  <td data-label={t('item.status')}>
                    {entry.statusBefore && entry.statusBefore !== entry.status
                      ? t('history.statusFromTo', { from: t(statusKey(entry.statusBefore)), to: t(statusKey(entry.status)) })
                      : t(statusKey(entry.status))}
                  </td>
                  <td data-label={t('history.comment')}>{entry.comment ?? entry.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
