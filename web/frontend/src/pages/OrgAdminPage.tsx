import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { Link, useSearchParams } from 'react-router'
import { ApiError } from '../api/client'
import { useCloseUnit, useCreateUnit, useImportTree, useMoveUnit, useUpdateUnit, type ImportProblem } from '../api/orgAdminQueries'
import { useTreeIndex, type TreeIndex } from '../api/queries'
import type { OrgUnit } from '../api/types'
import { hasRole, useSession } from '../auth/session'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import { parseDate } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { DateChooser, orgLink, UnitFacts, UnitHistory } from './OrgUnitPage'

type Action = 'edit' | 'add' | 'move' | 'close'
const ACTIONS: Action[] = ['edit', 'add', 'move', 'close']
const MAX_OPTIONS = 300

/**
 * The municipality's org tree for administrators: the tree as a nested list (each level opens and closes with a
 * button), and for the chosen unit its facts, history and changes (rename and other details, a new unit below it,
 * a move, closing), each from a day and based on the unit's version; and a whole tree or part of one from a CSV file.
 */
export function OrgAdminPage() {
  const { t } = useI18n()
  const { user } = useSession()
  const [params] = useSearchParams()
  const at = params.get('at') ?? undefined
  const tree = useTreeIndex(at)
  const client = useQueryClient()
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [expanded, setExpanded] = useState<Set<string>>(new Set())
  const [saved, setSaved] = useState('')
  /** A unit whose parents are to be opened in the tree once the tree has it (a unit just created arrives later). */
  const [reveal, setReveal] = useState<string | null>(null)
  const top = tree.index.top

  useEffect(() => {
    const unit = reveal ? tree.index.byId.get(reveal) : undefined
    if (unit) {
      setExpanded(current => new Set([...current, ...unit.path]))
      setReveal(null)
    }
  }, [reveal, tree.index])

  useEffect(() => {
    if (top && expanded.size === 0) {
      setExpanded(new Set([top.id]))
    }
  }, [top, expanded.size])

  if (!hasRole(user, 'admin')) {
    return (
      <>
        <PageHeading title={t('orgAdmin.title')} />
        <p className="notice notice-info">{t('orgAdmin.adminOnly')}</p>
      </>
    )
  }

  const reload = () => {
    void client.invalidateQueries({ queryKey: ['org-tree'] })
    void client.invalidateQueries({ queryKey: ['org-unit-history'] })
  }
  const select = (id: string) => {
    setSelectedId(id)
    setReveal(id)
  }
  const selected = selectedId ? tree.index.byId.get(selectedId) ?? null : top

  return (
    <>
      <PageHeading title={t('orgAdmin.title')}>
        <p className="lead">{t('orgAdmin.intro')}</p>
      </PageHeading>
      <div role="status" aria-live="polite" className="live-region notice notice-success">
        {saved}
      </div>
      {tree.isPending ? (
        <Loading />
      ) : tree.isError ? (
        <ProblemMessage error={tree.error} retry={() => void tree.refetch()} />
      ) : (
        <div className="org-admin">
          <section aria-labelledby="org-admin-tree" className="org-admin-tree">
            <h2 id="org-admin-tree">{t('orgAdmin.tree')}</h2>
            <DateChooser at={at} />
            {top ? (
              <OrgTree index={tree.index} expanded={expanded} setExpanded={setExpanded} selectedId={selected?.id ?? null} select={select} />
            ) : (
              <p>{t('orgAdmin.emptyTree')}</p>
            )}
            <UnitFinder index={tree.index} select={select} />
          </section>
          <section aria-labelledby="org-admin-unit" className="org-admin-unit">
            {selected ? (
              <SelectedUnit key={selected.id} unit={selected} index={tree.index} at={at} reload={reload}
                done={(message, id) => {
                  setSaved(message)
                  if (id) select(id)
                }} />
            ) : (
              <>
                <h2 id="org-admin-unit">{t('orgAdmin.noUnit')}</h2>
                <p className="notice notice-info">{t('orgAdmin.notOnDay')}</p>
              </>
            )}
          </section>
        </div>
      )}
      <ImportSection done={message => setSaved(message)} />
    </>
  )
}

/** The tree as nested lists; a unit with units below has a button that shows or hides them (aria-expanded). */
function OrgTree({ index, expanded, setExpanded, selectedId, select }: {
  index: TreeIndex
  expanded: Set<string>
  setExpanded: (change: (current: Set<string>) => Set<string>) => void
  selectedId: string | null
  select: (id: string) => void
}) {
  const { t } = useI18n()
  const toggle = (id: string) =>
    setExpanded(current => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const node = (unit: OrgUnit): ReactNode => {
    const children = index.children.get(unit.id) ?? []
    const open = expanded.has(unit.id)
    const isSelected = unit.id === selectedId
    return (
      <li key={unit.id}>
        <div className="tree-row">
          {children.length > 0 ? (
            <button type="button" className="tree-toggle" aria-expanded={open}
              aria-label={t('orgAdmin.toggle', { unit: unit.name, count: children.length })}
              onClick={() => toggle(unit.id)}>
              <span aria-hidden="true">{open ? '−' : '+'}</span>
            </button>
          ) : (
            <span className="tree-toggle-space" />
          )}
          <button type="button" className="tree-unit" aria-current={isSelected ? 'true' : undefined} onClick={() => select(unit.id)}>
            {unit.name}
            {unit.externalCode && <span className="unit-facts"> {unit.externalCode}</span>}
            {isSelected && <span className="tree-selected"> {t('orgAdmin.selected')}</span>}
          </button>
        </div>
        {open && children.length > 0 && <ul>{children.map(node)}</ul>}
      </li>
    )
  }
  return (
    <>
      <p className="inline-fields">
        <button type="button" className="button button-quiet" onClick={() => setExpanded(() => new Set([...index.children.keys()]
          .filter((id): id is string => id !== null)))}>
          {t('orgAdmin.expandAll')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => setExpanded(() => new Set(index.top ? [index.top.id] : []))}>
          {t('orgAdmin.collapseAll')}
        </button>
      </p>
      <ul className="org-tree" aria-label={t('orgAdmin.tree')}>
        {index.top && node(index.top)}
      </ul>
    </>
  )
}

/** Units to choose from by name or code: a search field that narrows a list. Never an id to type. */
function UnitPicker({ id, label, hint, units, index, value, onChange, error }: {
  id: string
  label: string
  hint?: string
  units: OrgUnit[]
  index: TreeIndex
  value: string
  onChange: (id: string) => void
  error?: string
}) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase('nb')
    const found = q === '' ? units
      : units.filter(u => u.name.toLocaleLowerCase('nb').includes(q) || (u.externalCode ?? '').toLocaleLowerCase('nb').startsWith(q))
    return [...found].sort((a, b) => a.name.localeCompare(b.name, 'nb'))
  }, [units, query])
  const shown = matches.slice(0, MAX_OPTIONS)
  const chosen = value ? index.byId.get(value) : undefined
  if (chosen && !shown.includes(chosen)) shown.unshift(chosen)
  const describe = (unit: OrgUnit) => {
    const parent = unit.parentId ? index.byId.get(unit.parentId)?.name : null
    return [unit.name, unit.externalCode && `(${unit.externalCode})`, parent && t('orgAdmin.under', { unit: parent })].filter(Boolean).join(' ')
  }
  return (
    <div className="unit-picker">
      <FormField id={`${id}-search`} label={t('orgAdmin.searchFor', { what: label })} hint={t('org.searchHint')}>
        {props => <input {...props} type="search" autoComplete="off" value={query} onChange={e => setQuery(e.target.value)} />}
      </FormField>
      <p role="status" className="search-summary">
        {query.trim() === '' ? '' : matches.length === 0 ? t('org.searchNone') : matches.length === 1 ? t('org.searchOne')
          : t('org.searchMany', { count: matches.length })}
      </p>
      <FormField id={id} label={label} hint={matches.length > MAX_OPTIONS ? t('orgAdmin.narrow', { count: MAX_OPTIONS }) : hint}
        error={error} required>
        {props => (
          <select {...props} value={value} onChange={e => onChange(e.target.value)}>
            <option value="">{t('orgAdmin.choose')}</option>
            {shown.map(unit => (
              <option key={unit.id} value={unit.id}>
                {describe(unit)}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </div>
  )
}

/** Finds a unit in a large tree by name and chooses it, opening the tree down to it. */
function UnitFinder({ index, select }: { index: TreeIndex; select: (id: string) => void }) {
  const { t } = useI18n()
  const [value, setValue] = useState('')
  const units = useMemo(() => [...index.byId.values()], [index])
  return (
    <form className="form" onSubmit={e => {
      e.preventDefault()
      if (value) select(value)
    }}>
      <h3>{t('orgAdmin.find')}</h3>
      <UnitPicker id="find-unit" label={t('orgAdmin.findUnit')} units={units} index={index} value={value} onChange={setValue} />
      <button type="submit" className="button button-secondary">
        {t('orgAdmin.show')}
      </button>
    </form>
  )
}

function SelectedUnit({ unit, index, at, reload, done }: {
  unit: OrgUnit
  index: TreeIndex
  at?: string
  reload: () => void
  done: (message: string, selectId?: string) => void
}) {
  const { t } = useI18n()
  const [action, setAction] = useState<Action | null>(null)
  const parent = unit.parentId ? index.byId.get(unit.parentId) : null
  const offered = ACTIONS.filter(a => unit.parentId !== null || (a !== 'move' && a !== 'close'))
  const finish = (message: string, selectId?: string) => {
    setAction(null)
    done(message, selectId)
  }
  return (
    <>
      <h2 id="org-admin-unit" tabIndex={-1}>{unit.name}</h2>
      <UnitFacts unit={unit} parentName={parent?.name ?? t('org.top')} admin />
      <p>
        <Link to={orgLink(unit.id, at)}>{t('orgAdmin.openUnit', { unit: unit.name })}</Link>
      </p>
      <div className="inline-fields org-admin-actions">
        {offered.map(a => (
          <button key={a} type="button" className="button button-secondary" aria-expanded={action === a}
            aria-controls={action === a ? `org-action-${a}` : undefined} onClick={() => setAction(action === a ? null : a)}>
            {t(`orgAdmin.action.${a}` as MessageKey)}
          </button>
        ))}
      </div>
      {action === 'edit' && <DetailsForm key={`edit-${unit.version}`} mode="edit" unit={unit} reload={reload} done={finish} />}
      {action === 'add' && <DetailsForm key="add" mode="add" unit={unit} reload={reload} done={finish} />}
      {action === 'move' && <MoveForm key={`move-${unit.version}`} unit={unit} index={index} reload={reload} done={finish} />}
      {action === 'close' && <CloseForm key={`close-${unit.version}`} unit={unit} index={index} reload={reload} done={finish} />}
      <UnitHistory unit={unit} index={index} />
    </>
  )
}

/** An action's form: its heading takes focus when it opens, so the keyboard and screen reader are where the form is. */
function ActionForm({ id, title, onSubmit, children }: { id: string; title: string; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const headingId = useId()
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <form id={id} className="form narrow org-action" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {title}
      </h3>
      {children}
    </form>
  )
}

/** The failure of a change: a 409 says someone else changed the unit, with a button to read it again. */
function ChangeProblem({ error, reload, fieldErrors }: { error: unknown; reload: () => void; fieldErrors: boolean }) {
  const { t } = useI18n()
  if (error instanceof ApiError && error.status === 409) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t('orgAdmin.conflict')}</p>
        {error.problem?.detail && <p className="problem-detail">{t('error.detail', { detail: error.problem.detail })}</p>}
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('orgAdmin.reload')}
        </button>
      </div>
    )
  }
  return fieldErrors ? null : <ProblemMessage error={error} />
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim()
}

/** A day typed as dd.mm.yyyy; empty means today (left out of the request). */
function checkDay(text: string, field: string, found: Record<string, string>, invalid: string): string | undefined {
  if (text.trim() === '') return undefined
  const day = parseDate(text)
  if (!day) found[field] = invalid
  return day ?? undefined
}

function useFocusSummary(deps: unknown[]) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }, deps)
  return ref
}

function DetailsForm({ mode, unit, reload, done }: { mode: 'edit' | 'add'; unit: OrgUnit; reload: () => void; done: (message: string, id?: string) => void }) {
  const { t, formatDate } = useI18n()
  const create = useCreateUnit()
  const update = useUpdateUnit()
  const mutation = mode === 'add' ? create : update
  const p = `unit-${mode}`
  const [values, setValues] = useState(mode === 'edit'
    ? { name: unit.name, externalCode: unit.externalCode ?? '', levelName: unit.levelName ?? '', leader: unit.leader ?? '', validFrom: '' }
    : { name: '', externalCode: '', levelName: '', leader: '', validFrom: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const server = serverFieldErrors(mutation.error)
  const shown = { ...server, ...errors }
  const ids = { name: `${p}-name`, externalCode: `${p}-code`, levelName: `${p}-level`, leader: `${p}-leader`, validFrom: `${p}-from` }
  const summaryRef = useFocusSummary([errors, mutation.error])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (values.name.trim() === '') found.name = t('orgAdmin.nameRequired')
    if (/\s/.test(values.leader.trim())) found.leader = t('orgAdmin.leaderInvalid')
    const validFrom = checkDay(values.validFrom, 'validFrom', found, t('form.dateInvalid'))
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const body = {
      name: values.name.trim(), externalCode: optional(values.externalCode), levelName: optional(values.levelName),
      leader: optional(values.leader), validFrom,
    }
    const from = validFrom ? formatDate(validFrom) : t('orgAdmin.today')
    if (mode === 'add') {
      create.mutate({ ...body, parentId: unit.id }, {
        onSuccess: created => done(t('orgAdmin.created', { unit: created.name, parent: unit.name, date: from }), created.id),
      })
    } else {
      update.mutate({ ...body, id: unit.id, version: unit.version }, {
        onSuccess: changed => done(t('orgAdmin.updated', { unit: changed.name, date: from })),
      })
    }
  }
  const set = (field: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value })
  return (
    <ActionForm id={`org-action-${mode}`} title={mode === 'add' ? t('orgAdmin.addTitle', { unit: unit.name }) : t('orgAdmin.editTitle', { unit: unit.name })}
      onSubmit={submit}>
      <div ref={summaryRef}>
        <ErrorSummary errors={shown} fieldIds={ids} />
      </div>
      <FormField id={ids.name} label={t('orgAdmin.name')} error={shown.name} required>
        {props => <input {...props} maxLength={200} autoComplete="off" value={values.name} onChange={set('name')} />}
      </FormField>
      <FormField id={ids.externalCode} label={t('org.code')} hint={t('orgAdmin.codeHint')} error={shown.externalCode}>
        {props => <input {...props} maxLength={50} autoComplete="off" value={values.externalCode} onChange={set('externalCode')} />}
      </FormField>
      <FormField id={ids.levelName} label={t('org.level')} hint={t('orgAdmin.levelHint')} error={shown.levelName}>
        {props => <input {...props} maxLength={100} autoComplete="off" value={values.levelName} onChange={set('levelName')} />}
      </FormField>
      <FormField id={ids.leader} label={t('orgAdmin.leader')} hint={t('orgAdmin.leaderHint')} error={shown.leader}>
        {props => <input {...props} maxLength={100} autoComplete="off" spellCheck={false} value={values.leader} onChange={set('leader')} />}
      </FormField>
      <FormField id={ids.validFrom} label={t('orgAdmin.validFrom')} hint={t('orgAdmin.fromHint')} error={shown.validFrom}>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.validFrom} onChange={set('validFrom')} />}
      </FormField>
      {mutation.isError && <ChangeProblem error={mutation.error} reload={reload} fieldErrors={Object.keys(server).length > 0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mode === 'add' ? t('orgAdmin.create') : t('orgAdmin.save')}
        </button>
      </div>
    </ActionForm>
  )
}

function MoveForm({ unit, index, reload, done }: { unit: OrgUnit; index: TreeIndex; reload: () => void; done: (message: string) => void }) {
  const { t, formatDate } = useI18n()
  const move = useMoveUnit()
  const [parentId, setParentId] = useState('')
  const [validFrom, setValidFrom] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const server = serverFieldErrors(move.error)
  const shown = { ...server, ...errors }
  const ids = { parentId: 'unit-move-parent', validFrom: 'unit-move-from' }
  const summaryRef = useFocusSummary([errors, move.error])
  // Not the unit itself, nor a unit below it (the service refuses those too), nor where it already is.
  const candidates = useMemo(() => [...index.byId.values()].filter(u => u.id !== unit.id && u.id !== unit.parentId && !u.path.includes(unit.id)),
    [index, unit])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!parentId) found.parentId = t('orgAdmin.parentRequired')
    const day = checkDay(validFrom, 'validFrom', found, t('form.dateInvalid'))
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const parent = index.byId.get(parentId)
    move.mutate({ id: unit.id, parentId, validFrom: day, version: unit.version }, {
      onSuccess: moved => done(t('orgAdmin.moved', { unit: moved.name, parent: parent?.name ?? '', date: day ? formatDate(day) : t('orgAdmin.today') })),
    })
  }
  return (
    <ActionForm id="org-action-move" title={t('orgAdmin.moveTitle', { unit: unit.name })} onSubmit={submit}>
      <div ref={summaryRef}>
        <ErrorSummary errors={shown} fieldIds={ids} />
      </div>
      <p className="hint">{t('orgAdmin.moveHint')}</p>
      <UnitPicker id={ids.parentId} label={t('orgAdmin.newParent')} units={candidates} index={index} value={parentId}
        onChange={setParentId} error={shown.parentId} />
      <FormField id={ids.validFrom} label={t('orgAdmin.validFrom')} hint={t('orgAdmin.fromHint')} error={shown.validFrom}>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={validFrom} onChange={e => setValidFrom(e.target.value)} />}
      </FormField>
      {move.isError && <ChangeProblem error={move.error} reload={reload} fieldErrors={Object.keys(server).length > 0} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={move.isPending}>
          {t('orgAdmin.move')}
        </button>
      </div>
    </ActionForm>
  )
}

function CloseForm({ unit, index, reload, done }: { unit: OrgUnit; index: TreeIndex; reload: () => void; done: (message: string) => void }) {
  const { t, formatDate } = useI18n()
  const close = useCloseUnit()
  const [closedFrom, setClosedFrom] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const server = serverFieldErrors(close.error)
  const shown = { ...server, ...errors }
  const ids = { closedFrom: 'unit-close-from' }
  const summaryRef = useFocusSummary([errors, close.error])
  const below = index.children.get(unit.id)?.length ?? 0

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const day = checkDay(closedFrom, 'closedFrom', found, t('form.dateInvalid'))
    setErrors(found)
    if (Object.keys(found).length > 0) return
    close.mutate({ id: unit.id, closedFrom: day, version: unit.version }, {
      onSuccess: closed => done(t('orgAdmin.closed', { unit: closed.name, date: day ? formatDate(day) : t('orgAdmin.today') })),
    })
  }
  return (
    <ActionForm id="org-action-close" title={t('orgAdmin.closeTitle', { unit: unit.name })} onSubmit={submit}>
      <div ref={summaryRef}>
        <ErrorSummary errors={shown} fieldIds={ids} />
      </div>
      <p className="hint">{t('orgAdmin.closeHint')}</p>
      {below > 0 && <p className="notice notice-info">{t('orgAdmin.closeHasChildren', { unit: unit.name, count: below })}</p>}
      <FormField id={ids.closedFrom} label={t('orgAdmin.closedFrom')} hint={t('orgAdmin.closedFromHint')} error={shown.closedFrom}>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={closedFrom} onChange={e => setClosedFrom(e.target.value)} />}
      </FormField>
      {close.isError && <ChangeProblem error={close.error} reload={reload} fieldErrors={Object.keys(server).length > 0} />}
      <div className="form-actions">
        <button type="submit" className="button button-danger" disabled={close.isPending}>
          {t('orgAdmin.close')}
        </button>
      </div>
    </ActionForm>
  )
}

/** The problems of a refused file (400 with errors: line, column, message), if the answer has them. */
function importProblems(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError) || error.status !== 400 || !Array.isArray(error.problem?.errors)) return []
  return (error.problem.errors as unknown[]).filter((e): e is ImportProblem => typeof (e as ImportProblem)?.line === 'number')
}

const MAX_FILE_BYTES = 10 * 1024 * 1024

function ImportSection({ done }: { done: (message: string) => void }) {
  const { t } = useI18n()
  const importTree = useImportTree()
  const [file, setFile] = useState<File | null>(null)
  const [validFrom, setValidFrom] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const problems = importProblems(importTree.error)
  const tableRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (problems.length > 0) tableRef.current?.focus()
  }, [importTree.error, problems.length])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (!file) found.file = t('orgAdmin.chooseFile')
    else if (file.size > MAX_FILE_BYTES) found.file = t('orgAdmin.fileTooLarge')
    const day = checkDay(validFrom, 'validFrom', found, t('form.dateInvalid'))
    setErrors(found)
    if (Object.keys(found).length > 0 || !file) {
      document.getElementById(found.file ? 'import-file' : 'import-from')?.focus()
      return
    }
    const csv = await file.text()
    importTree.mutate({ csv, validFrom: day }, { onSuccess: result => done(t('orgAdmin.imported', { count: result.created })) })
  }
  return (
    <section aria-labelledby="org-import">
      <h2 id="org-import">{t('orgAdmin.importTitle')}</h2>
      <p>{t('orgAdmin.importIntro')}</p>
      <p>
        {t('orgAdmin.importHeader')} <code>externalCode,name,levelName,parentExternalCode,leaderUsername</code>
      </p>
      <form className="form narrow" onSubmit={e => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="import-file">{t('orgAdmin.file')}</label>
          <span id="import-file-hint" className="hint">
            {t('orgAdmin.fileHint')}
          </span>
          {errors.file && (
            <span id="import-file-error" className="field-error">
              {errors.file}
            </span>
          )}
          <input id="import-file" type="file" accept=".csv,text/csv,text/plain"
            aria-describedby={`import-file-hint${errors.file ? ' import-file-error' : ''}`} aria-invalid={errors.file ? true : undefined}
            onChange={e => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <FormField id="import-from" label={t('orgAdmin.validFrom')} hint={t('orgAdmin.fromHint')} error={errors.validFrom}>
          {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={validFrom} onChange={e => setValidFrom(e.target.value)} />}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={importTree.isPending}>
            {importTree.isPending ? t('orgAdmin.importing') : t('orgAdmin.import')}
          </button>
        </div>
      </form>
      {problems.length > 0 ? (
        <div role="alert">
          <p className="notice notice-error">{t('orgAdmin.importRefused', { count: problems.length })}</p>
          <div ref={tableRef} tabIndex={-1}>
            <TableScroll labelledBy="import-problems-caption">
              <table>
                <caption id="import-problems-caption">{t('orgAdmin.importProblems', { count: problems.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('orgAdmin.line')}</th>
                    <th scope="col">{t('orgAdmin.column')}</th>
                    <th scope="col">{t('orgAdmin.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((problem, i) => (
                    <tr key={i}>
                      <td>{problem.line}</td>
                      <td>{problem.field ?? t('orgAdmin.wholeLine')}</td>
                      <td>{problem.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        </div>
      ) : (
        importTree.isError && <ProblemMessage error={importTree.error} />
      )}
    </section>
  )
}
