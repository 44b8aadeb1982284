import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { questionProblems, useRaiseDeviation, useSaveAnswers, useSheet, useSubmitChecklist } from '../api/checklistQueries'
import { SEVERITIES, type AnswerInput, type Choice, type QuestionWithAnswer, type Severity, type Sheet } from '../api/checklistTypes'
import { useTreeIndex } from '../api/queries'
import { useSession } from '../auth/session'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { formatNumber, parseDate, parseNumber } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'
import { ChecklistStatus } from './ChecklistsPage'

const CHOICES: Choice[] = ['YES', 'NO', 'NOT_RELEVANT']

/** What a person has typed for a question (numbers as typed, with a decimal comma). */
interface Draft {
  text: string
  checked: boolean
  choice: Choice | ''
  number: string
  reason: string
  comment: string
}

function draftOf(question: QuestionWithAnswer): Draft {
  const a = question.answer
  return {
    text: a?.text ?? '',
    checked: a?.checked ?? false,
    choice: a?.choice ?? '',
    number: a?.number == null ? '' : formatNumber(a.number).replace(/[\s\u00a0\u202f]/g, ''),
    reason: a?.reason ?? '',
    comment: a?.comment ?? '',
  }
}

const questionsOf = (sheet: Sheet) => sheet.categories.flatMap(c => c.checkpoints.flatMap(p => p.questions))

/** The element a question's error links to: its first input. */
export const questionInputId = (questionId: string) => `q-${questionId}`

/** A unit's checklist: answered per category and checkpoint, saved as a draft, submitted; deviations raised from answers. */
export function ChecklistPage() {
  const { t } = useI18n()
  const { responseId = '' } = useParams()
  const sheet = useSheet(responseId)
  if (sheet.isPending || sheet.isError) {
    return (
      <>
        <PageHeading title={t('checklist.titlePlain')} />
        {sheet.isPending ? <Loading /> : <ProblemMessage error={sheet.error} retry={() => void sheet.refetch()} />}
      </>
    )
  }
  return <ChecklistForm key={sheet.data.id} sheet={sheet.data} />
}

function ChecklistForm({ sheet }: { sheet: Sheet }) {
  const { t, formatDate, formatDateTime } = useI18n()
  const tree = useTreeIndex()
  const save = useSaveAnswers(sheet.id)
  const submit = useSubmitChecklist(sheet.id)
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(questionsOf(sheet).map(question => [question.id, draftOf(question)])))
  const [changed, setChanged] = useState<Set<string>>(new Set())
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  const [announcement, setAnnouncement] = useState('')
  const summaryRef = useRef<HTMLDivElement>(null)
  const unitName = tree.index.byId.get(sheet.unitId)?.name ?? ''
  const readOnly = !sheet.mayAnswer || sheet.status === 'SUBMITTED' || sheet.distribution.closed
  const questions = questionsOf(sheet)
  const textOf = new Map(questions.map(question => [question.id, question.text]))

  const failure = submit.error ?? save.error
  const serverProblems = questionProblems(failure)
  const serverErrors: Record<string, string> = {}
  for (const problem of serverProblems) {
    if (problem.questionId && textOf.has(problem.questionId) && !(problem.questionId in serverErrors)) {
      serverErrors[problem.questionId] = problem.message === 'is required and has no answer' ? t('checklist.requiredMissing') : problem.message
    }
  }
  const errors = { ...serverErrors, ...localErrors }
  const summary = Object.fromEntries(Object.entries(errors).map(([id, message]) => [id, `${textOf.get(id) ?? ''}: ${message}`]))
  const fieldIds = Object.fromEntries(Object.keys(errors).map(id => [id, questionInputId(id)]))
  const otherFailure = failure && Object.keys(serverErrors).length === 0 ? failure : null

  useEffect(() => {
    if (Object.keys(errors).length > 0) {
      summaryRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
    }
  }, [localErrors, save.error, submit.error])

  const update = (id: string, patch: Partial<Draft>) => {
    setDrafts(current => ({ ...current, [id]: { ...current[id], ...patch } }))
    setChanged(current => new Set(current).add(id))
  }

  /** The answers changed since the last save, checked here first; null if one does not fit (errors are shown). */
  const changedAnswers = (): AnswerInput[] | null => {
    const found: Record<string, string> = {}
    const answers: AnswerInput[] = []
    for (const question of questions) {
      if (!changed.has(question.id)) continue
      const d = drafts[question.id]
      const comment = d.comment.trim() === '' ? undefined : d.comment.trim()
      switch (question.type) {
        case 'TEXT':
          if (d.text.trim() !== '') answers.push({ questionId: question.id, text: d.text.trim(), comment })
          break
        case 'CHECKBOX':
          answers.push({ questionId: question.id, checked: d.checked, comment })
          break
        case 'NUMBER': {
          if (d.number.trim() === '') break
          const number = parseNumber(d.number)
          if (number === null) found[question.id] = t('checklist.numberInvalid')
          else answers.push({ questionId: question.id, number, comment })
          break
        }
        case 'YES_NO':
          if (d.choice === '') break
          if (d.choice === 'NOT_RELEVANT' && d.reason.trim() === '') found[question.id] = t('checklist.reasonRequired')
          else answers.push({ questionId: question.id, choice: d.choice, reason: d.choice === 'NOT_RELEVANT' ? d.reason.trim() : undefined, comment })
          break
      }
    }
    setLocalErrors(found)
    return Object.keys(found).length > 0 ? null : answers
  }

  const saveDraft = async (): Promise<Sheet | null> => {
    const answers = changedAnswers()
    if (answers === null) return null
    submit.reset()
    if (answers.length === 0) {
      setAnnouncement(t('checklist.nothingToSave'))
      return sheet
    }
    try {
      const saved = await save.mutateAsync(answers)
      setChanged(new Set())
      setAnnouncement(t('checklist.saved', { time: formatDateTime(new Date().toISOString()) }))
      return saved
    } catch {
      setAnnouncement('')
      return null
    }
  }

  const onSave = (event: FormEvent) => {
    event.preventDefault()
    void saveDraft()
  }

  const onSubmit = async () => {
    const saved = changed.size > 0 ? await saveDraft() : sheet
    if (!saved) return
    save.reset()
    submit.mutate(saved.version, {
      onSuccess: () => setAnnouncement(t('checklist.submitted')),
      onError: () => setAnnouncement(''),
    })
  }

  const busy = save.isPending || submit.isPending
  return (
    <>
      <PageHeading title={sheet.distribution.title}>
        <p className="lead">
          {t('checklist.lead', { unit: unitName, period: sheet.distribution.period, deadline: formatDate(sheet.distribution.deadline) })}
        </p>
      </PageHeading>
      <p>
        <Link to="/checklists">{t('checklist.back')}</Link>
      </p>
      <dl className="details details-compact">
        <div>
          <dt>{t('checklists.status')}</dt>
          <dd>
            <ChecklistStatus status={sheet.status} />
            {sheet.submittedAt && (
              <span className="hint"> {t('checklist.submittedBy', { who: sheet.submittedBy ?? '', at: formatDateTime(sheet.submittedAt) })}</span>
            )}
          </dd>
        </div>
      </dl>
      {sheet.distribution.closed && <p className="notice notice-info">{t('checklist.closed')}</p>}
      {!sheet.mayAnswer && !sheet.distribution.closed && <p className="notice notice-info">{t('checklist.readOnly')}</p>}
      <div role="status" aria-live="polite" className="live-region">
        {announcement}
      </div>
      <form className="form checklist" onSubmit={onSave} noValidate>
        <div ref={summaryRef}>
          <ErrorSummary errors={summary} fieldIds={fieldIds} />
        </div>
        {otherFailure && <ProblemMessage error={otherFailure} />}
        {sheet.categories.map((category, c) => (
          <section key={`${c}-${category.title}`} aria-labelledby={`category-${c}`} className="checklist-category">
            <h2 id={`category-${c}`}>{category.title}</h2>
            {category.checkpoints.map((checkpoint, p) => (
              <section key={`${p}-${checkpoint.title}`} aria-labelledby={`checkpoint-${c}-${p}`} className="checkpoint">
                <h3 id={`checkpoint-${c}-${p}`}>{checkpoint.title}</h3>
                {checkpoint.questions.map(question => (
                  <QuestionBlock key={question.id} sheet={sheet} question={question} draft={drafts[question.id]}
                    error={errors[question.id]} readOnly={readOnly} onChange={patch => update(question.id, patch)}
                    onRaised={text => setAnnouncement(text)} />
                ))}
              </section>
            ))}
          </section>
        ))}
        {!readOnly && (
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={busy}>
              {save.isPending ? t('checklist.saving') : t('checklist.saveDraft')}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void onSubmit()}>
              {submit.isPending ? t('checklist.submitting') : t('checklist.submit')}
            </button>
          </div>
        )}
      </form>
    </>
  )
}

function QuestionBlock({ sheet, question, draft, error, readOnly, onChange, onRaised }: {
  sheet: Sheet
  question: QuestionWithAnswer
  draft: Draft
  error?: string
  readOnly: boolean
  onChange: (patch: Partial<Draft>) => void
  onRaised: (text: string) => void
}) {
  const { t, formatDate } = useI18n()
  const inputId = questionInputId(question.id)
  const errorId = `${inputId}-error`
  const label = question.required ? question.text : `${question.text} ${t('form.optional')}`
  const deviations = sheet.deviations.filter(deviation => deviation.questionId === question.id)
  const errorText = error && (
    <span id={errorId} className="field-error">
      {error}
    </span>
  )
  const invalid = error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {}

  let input
  if (readOnly) {
    input = (
      <div className="answer-read">
        <p className="answer-question">{question.text}</p>
        <p>{answerText(question, t, formatNumber)}</p>
        {question.answer?.comment && <p className="hint">{t('checklist.comment')}: {question.answer.comment}</p>}
      </div>
    )
  } else {
    switch (question.type) {
      case 'TEXT':
        input = (
          <div className="field">
            <label htmlFor={inputId}>{label}</label>
            {errorText}
            <textarea id={inputId} rows={3} maxLength={4000} value={draft.text} {...invalid}
              onChange={e => onChange({ text: e.target.value })} />
          </div>
        )
        break
      case 'NUMBER':
        input = (
          <div className="field">
            <label htmlFor={inputId}>{label}</label>
            <span id={`${inputId}-hint`} className="hint">{t('checklist.numberHint')}</span>
            {errorText}
            <input id={inputId} className="input-number" inputMode="decimal" autoComplete="off" value={draft.number}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`${inputId}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
              onChange={e => onChange({ number: e.target.value })} />
          </div>
        )
        break
      case 'CHECKBOX':
        input = (
          <div className="field">
            {errorText}
            <div className="checkbox">
              <input type="checkbox" id={inputId} checked={draft.checked} {...invalid}
                onChange={e => onChange({ checked: e.target.checked })} />
              <label htmlFor={inputId}>{label}</label>
            </div>
          </div>
        )
        break
      case 'YES_NO':
        input = (
          <fieldset className="choice" aria-describedby={error ? errorId : undefined}>
            <legend>{label}</legend>
            {errorText}
            {CHOICES.map((choice, i) => (
              <div className="radio" key={choice}>
                <input type="radio" id={i === 0 ? inputId : `${inputId}-${choice}`} name={`choice-${question.id}`} value={choice}
                  checked={draft.choice === choice} onChange={() => onChange({ choice })} />
                <label htmlFor={i === 0 ? inputId : `${inputId}-${choice}`}>{t(`checklist.choice.${choice}` as MessageKey)}</label>
              </div>
            ))}
            {draft.choice === 'NOT_RELEVANT' && (
              <div className="field">
                <label htmlFor={`${inputId}-reason`}>{t('checklist.reason')}</label>
                <textarea id={`${inputId}-reason`} rows={2} maxLength={2000} value={draft.reason}
                  aria-invalid={error && draft.reason.trim() === '' ? true : undefined}
                  onChange={e => onChange({ reason: e.target.value })} />
              </div>
            )}
          </fieldset>
        )
        break
    }
  }

  return (
    <div className={`question${error ? ' question-invalid' : ''}`}>
      {input}
      {!readOnly && (
        <div className="field">
          <label htmlFor={`${inputId}-comment`}>
            {t('checklist.comment')}
            <span className="optional"> {t('form.optional')}</span>
            {' '}<span className="visually-hidden">({question.text})</span>
          </label>
          <input id={`${inputId}-comment`} maxLength={2000} value={draft.comment} onChange={e => onChange({ comment: e.target.value })} />
        </div>
      )}
      {deviations.length > 0 && (
        <ul className="deviation-list">
          {deviations.map(deviation => (
            <li key={deviation.id}>
              {t('checklist.deviationLine', {
                severity: t(`severity.${deviation.severity}` as MessageKey),
                description: deviation.description,
                responsible: deviation.responsible,
                deadline: formatDate(deviation.deadline),
              })}
            </li>
          ))}
        </ul>
      )}
      {question.answer && !sheet.distribution.closed && <RaiseDeviation sheet={sheet} question={question} onRaised={onRaised} />}
    </div>
  )
}

function answerText(question: QuestionWithAnswer, t: ReturnType<typeof useI18n>['t'], number: (n: number) => string): string {
  const a = question.answer
  if (!a) return t('checklist.noAnswer')
  switch (question.type) {
    case 'TEXT':
      return a.text ?? ''
    case 'CHECKBOX':
      return a.checked ? t('checklist.checked') : t('checklist.unchecked')
    case 'NUMBER':
      return a.number == null ? '' : number(a.number)
    case 'YES_NO':
      return a.choice === 'NOT_RELEVANT'
        ? `${t('checklist.choice.NOT_RELEVANT')}: ${a.reason ?? ''}`
        : a.choice ? t(`checklist.choice.${a.choice}` as MessageKey) : ''
  }
}

const DEVIATION_FIELDS = ['description', 'severity', 'responsible', 'deadline'] as const

/** A deviation raised from an answered question: description, severity, who follows it up, by when. */
function RaiseDeviation({ sheet, question, onRaised }: { sheet: Sheet; question: QuestionWithAnswer; onRaised: (text: string) => void }) {
  const { t } = useI18n()
  const { user } = useSession()
  const raise = useRaiseDeviation(sheet.id)
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState({ description: '', severity: 'MEDIUM' as Severity, responsible: user?.username ?? '', deadline: '' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const base = `dev-${question.id}`
  const ids = Object.fromEntries(DEVIATION_FIELDS.map(field => [field, `${base}-${field}`]))
  const shown = { ...serverFieldErrors(raise.error), ...errors }

  const send = () => {
    const found: Record<string, string> = {}
    if (values.description.trim() === '') found.description = t('deviation.descriptionRequired')
    if (!/^[A-Za-z0-9._@-]{1,100}$/.test(values.responsible.trim())) found.responsible = t('deviation.responsibleInvalid')
    const deadline = parseDate(values.deadline)
    if (!deadline) found.deadline = t('form.dateInvalid')
    setErrors(found)
    if (Object.keys(found).length > 0 || !deadline) return
    raise.mutate(
      { questionId: question.id, description: values.description.trim(), severity: values.severity, responsible: values.responsible.trim(), deadline },
      {
        onSuccess: () => {
          setOpen(false)
          setValues(current => ({ ...current, description: '', deadline: '' }))
          onRaised(t('deviation.raised', { question: question.text }))
        },
      },
    )
  }

  return (
    <div className="raise-deviation">
      <button type="button" className="button button-quiet" aria-expanded={open} aria-controls={`${base}-form`}
        onClick={() => setOpen(!open)}>
        {t('deviation.raise')}
        {' '}<span className="visually-hidden">({question.text})</span>
      </button>
      {open && (
        <div id={`${base}-form`} className="part-form" role="group" aria-label={t('deviation.formLabel', { question: question.text })}
          onKeyDown={e => {
            // Enter in a field of this part sends the deviation, not the checklist's form around it.
            if (e.key === 'Enter' && e.target instanceof HTMLInputElement) {
              e.preventDefault()
              send()
            }
          }}>
          <ErrorSummary errors={shown} fieldIds={ids} />
          <FormField id={ids.description} label={t('deviation.description')} error={shown.description} required>
            {props => <textarea {...props} rows={3} maxLength={4000} value={values.description}
              onChange={e => setValues({ ...values, description: e.target.value })} />}
          </FormField>
          <fieldset id={ids.severity}>
            <legend>{t('deviation.severity')}</legend>
            {SEVERITIES.map(severity => (
              <div className="radio" key={severity}>
                <input type="radio" id={`${base}-sev-${severity}`} name={`${base}-severity`} checked={values.severity === severity}
                  onChange={() => setValues({ ...values, severity })} />
                <label htmlFor={`${base}-sev-${severity}`}>{t(`severity.${severity}` as MessageKey)}</label>
              </div>
            ))}
          </fieldset>
          <FormField id={ids.responsible} label={t('deviation.responsible')} hint={t('deviation.responsibleHint')}
            error={shown.responsible} required>
            {props => <input {...props} autoComplete="off" value={values.responsible}
              onChange={e => setValues({ ...values, responsible: e.target.value })} />}
          </FormField>
          <FormField id={ids.deadline} label={t('deviation.deadline')} hint={t('form.dateHint')} error={shown.deadline} required>
            {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.deadline}
              onChange={e => setValues({ ...values, deadline: e.target.value })} />}
          </FormField>
          {raise.isError && Object.keys(serverFieldErrors(raise.error)).length === 0 && <ProblemMessage error={raise.error} />}
          <div className="form-actions">
            <button type="button" className="button button-primary" disabled={raise.isPending} onClick={send}>
              {t('deviation.send')}
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
