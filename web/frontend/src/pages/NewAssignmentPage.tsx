import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { useCreateAssignment, usePeople } from '../api/assignmentQueries'
import type { SourceKind } from '../api/assignmentTypes'
import { currentYear, usePlanYears, useSettings, useTreeIndex, useUnitGoals } from '../api/queries'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { itemPath } from '../components/ItemLink'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { parseDate } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

const SOURCE_KINDS: SourceKind[] = ['COUNCIL_DECISION', 'GOAL', 'ECONOMY_PLAN_MEASURE', 'NONE']

/** The form's fields by the names the service gives them in its problem details, with their element ids. */
const FIELD_IDS: Record<string, string> = {
  type: 'new-type',
  title: 'new-title',
  description: 'new-description',
  'source.kind': 'new-source',
  'source.goalId': 'new-goal',
  'source.body': 'new-body',
  'source.caseNumber': 'new-case',
  'source.decisionDate': 'new-decision-date',
  'source.decisionText': 'new-decision-text',
  'source.measure': 'new-measure',
  responsible: 'new-responsible',
  deadline: 'new-deadline',
}

/** A new assignment for a unit: type, title, where it comes from (a goal, a council decision, a measure, or none), deadline. */
export function NewAssignmentPage() {
  const { t } = useI18n()
  const { unitId = '' } = useParams()
  const tree = useTreeIndex()
  const unit = tree.index.byId.get(unitId)
  if (tree.isPending) {
    return (
      <>
        <PageHeading title={t('newAssignment.titlePlain')} />
        <Loading />
      </>
    )
  }
  if (!unit) {
    return (
      <>
        <PageHeading title={t('newAssignment.titlePlain')} />
        {tree.isError ? <ProblemMessage error={tree.error} /> : <p className="notice notice-info">{t('org.notFound')}</p>}
      </>
    )
  }
  return (
    <>
      <PageHeading title={t('newAssignment.title', { unit: unit.name })} />
      <NewAssignmentForm unitId={unit.id} />
    </>
  )
}

function NewAssignmentForm({ unitId }: { unitId: string }) {
  const { t, language, formatDate } = useI18n()
  const navigate = useNavigate()
  const settings = useSettings()
  const planYears = usePlanYears()
  const year = currentYear(planYears.data)
  const goals = useUnitGoals(unitId, year)
  const people = usePeople(unitId)
  const create = useCreateAssignment()
  const listId = useId()
  const summaryRef = useRef<HTMLDivElement>(null)
  const types = (settings.data?.assignmentTypes ?? []).filter(type => type.active)
  const [values, setValues] = useState({
    type: '', title: '', description: '', sourceKind: 'COUNCIL_DECISION' as SourceKind, goalId: '', body: '', caseNumber: '',
    decisionDate: '', decisionText: '', measure: '', responsible: '', deadline: '', monthly: false,
  })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const set = (name: keyof typeof values) => (value: string | boolean) => setValues(current => ({ ...current, [name]: value }))
  const server = serverFieldErrors(create.error)
  const shown = { ...server, ...errors }
  const type = values.type || types[0]?.code || ''

  useEffect(() => {
    if (Object.keys(errors).length > 0 || Object.keys(server).length > 0) {
      summaryRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
    }
  }, [errors, create.error])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const required = (field: string, value: string, key: MessageKey) => {
      if (value.trim() === '') found[field] = t(key)
    }
    if (type === '') found.type = t('newAssignment.typeRequired')
    required('title', values.title, 'newAssignment.titleRequired')
    const deadline = parseDate(values.deadline)
    if (!deadline) found.deadline = t('form.dateInvalid')
    let decisionDate: string | null = null
    switch (values.sourceKind) {
      case 'GOAL':
        required('source.goalId', values.goalId, 'newAssignment.goalRequired')
        break
      case 'COUNCIL_DECISION':
        required('source.body', values.body, 'newAssignment.bodyRequired')
        required('source.caseNumber', values.caseNumber, 'newAssignment.caseRequired')
        required('source.decisionText', values.decisionText, 'newAssignment.decisionTextRequired')
        decisionDate = parseDate(values.decisionDate)
        if (!decisionDate) found['source.decisionDate'] = t('form.dateInvalid')
        break
      case 'ECONOMY_PLAN_MEASURE':
        required('source.measure', values.measure, 'newAssignment.measureRequired')
        break
      case 'NONE':
        break
    }
    setErrors(found)
    if (Object.keys(found).length > 0 || !deadline) {
      return
    }
    const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())
    const source = {
      kind: values.sourceKind,
      ...(values.sourceKind === 'GOAL' ? { goalId: values.goalId } : {}),
      ...(values.sourceKind === 'COUNCIL_DECISION'
        ? { body: values.body.trim(), caseNumber: values.caseNumber.trim(), decisionDate: decisionDate ?? undefined,
          decisionText: values.decisionText.trim() }
        : {}),
      ...(values.sourceKind === 'ECONOMY_PLAN_MEASURE' ? { measure: values.measure.trim() } : {}),
    }
    create.mutate(
      { unitId, type, title: values.title.trim(), description: optional(values.description), source,
        includeInMonthlyReport: values.monthly, responsible: optional(values.responsible), deadline },
      { onSuccess: created => void navigate(itemPath('ASSIGNMENT', created.id)) },
    )
  }

  const example = formatDate(`${year}-06-01`)
  return (
    <form className="form narrow" onSubmit={submit} noValidate>
      <div ref={summaryRef}>
        <ErrorSummary errors={shown} fieldIds={FIELD_IDS} />
      </div>
      <FormField id={FIELD_IDS.type} label={t('item.type')} error={shown.type} required>
        {props => (
          <select {...props} value={type} onChange={e => set('type')(e.target.value)}>
            {types.map(candidate => (
              <option key={candidate.code} value={candidate.code}>
                {candidate.labels[language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={FIELD_IDS.title} label={t('newAssignment.name')} error={shown.title} required>
        {props => <input {...props} maxLength={300} value={values.title} onChange={e => set('title')(e.target.value)} />}
      </FormField>
      <FormField id={FIELD_IDS.description} label={t('newAssignment.description')} error={shown.description}>
        {props => <textarea {...props} rows={4} maxLength={4000} value={values.description} onChange={e => set('description')(e.target.value)} />}
      </FormField>

      <fieldset id={FIELD_IDS['source.kind']}>
        <legend>{t('item.source')}</legend>
        {shown['source.kind'] && <p className="field-error">{shown['source.kind']}</p>}
        {SOURCE_KINDS.map(kind => (
          <div className="radio" key={kind}>
            <input type="radio" id={`new-source-${kind}`} name="source" value={kind} checked={values.sourceKind === kind}
              onChange={() => set('sourceKind')(kind)} />
            <label htmlFor={`new-source-${kind}`}>{t(`source.kind.${kind}` as MessageKey)}</label>
          </div>
        ))}
      </fieldset>

      {values.sourceKind === 'GOAL' && (
        <FormField id={FIELD_IDS['source.goalId']} label={t('newAssignment.goal')} hint={t('newAssignment.goalHint', { year })}
          error={shown['source.goalId']} required>
          {props => (
            <select {...props} value={values.goalId} onChange={e => set('goalId')(e.target.value)}>
              <option value="">{t('newAssignment.chooseGoal')}</option>
              {(goals.data?.goals ?? []).map(({ goal }) => (
                <option key={goal.id} value={goal.id}>
                  {goal.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      {values.sourceKind === 'COUNCIL_DECISION' && (
        <>
          <FormField id={FIELD_IDS['source.body']} label={t('newAssignment.body')} hint={t('newAssignment.bodyHint')}
            error={shown['source.body']} required>
            {props => <input {...props} maxLength={200} value={values.body} onChange={e => set('body')(e.target.value)} />}
          </FormField>
          <FormField id={FIELD_IDS['source.caseNumber']} label={t('newAssignment.caseNumber')} hint={t('newAssignment.caseHint')}
            error={shown['source.caseNumber']} required>
            {props => <input {...props} maxLength={50} value={values.caseNumber} onChange={e => set('caseNumber')(e.target.value)} />}
          </FormField>
          <FormField id={FIELD_IDS['source.decisionDate']} label={t('newAssignment.decisionDate')}
            hint={t('form.dateHintExample', { example })} error={shown['source.decisionDate']} required>
            {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.decisionDate}
              onChange={e => set('decisionDate')(e.target.value)} />}
          </FormField>
          <FormField id={FIELD_IDS['source.decisionText']} label={t('newAssignment.decisionText')}
            error={shown['source.decisionText']} required>
            {props => <textarea {...props} rows={4} maxLength={4000} value={values.decisionText}
              onChange={e => set('decisionText')(e.target.value)} />}
          </FormField>
        </>
      )}
      {values.sourceKind === 'ECONOMY_PLAN_MEASURE' && (
        <FormField id={FIELD_IDS['source.measure']} label={t('newAssignment.measure')} hint={t('newAssignment.measureHint')}
          error={shown['source.measure']} required>
          {props => <input {...props} maxLength={300} value={values.measure} onChange={e => set('measure')(e.target.value)} />}
        </FormField>
      )}

      <FormField id={FIELD_IDS.responsible} label={t('item.responsible')} hint={t('newAssignment.responsibleHint')}
        error={shown.responsible}>
        {props => <input {...props} list={listId} autoComplete="off" value={values.responsible}
          onChange={e => set('responsible')(e.target.value)} />}
      </FormField>
      <datalist id={listId}>
        {(people.data ?? []).filter(person => !person.leftOn).map(person => (
          <option key={person.username} value={person.username}>
            {person.name ?? person.username}
          </option>
        ))}
      </datalist>
      <FormField id={FIELD_IDS.deadline} label={t('item.deadline')} hint={t('form.dateHintExample', { example })}
        error={shown.deadline} required>
        {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.deadline}
          onChange={e => set('deadline')(e.target.value)} />}
      </FormField>
      <div className="checkbox">
        <input type="checkbox" id="new-monthly" checked={values.monthly} onChange={e => set('monthly')(e.target.checked)} />
        <label htmlFor="new-monthly">{t('newAssignment.monthly')}</label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('newAssignment.creating') : t('newAssignment.submit')}
        </button>
      </div>
      {create.isError && Object.keys(server).length === 0 && <ProblemMessage error={create.error} />}
    </form>
  )
}
