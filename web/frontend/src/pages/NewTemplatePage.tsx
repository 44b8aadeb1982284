import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { useCreateTemplate } from '../api/checklistQueries'
import { AREAS, QUESTION_TYPES, type Area, type NewTemplate, type QuestionType } from '../api/checklistTypes'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { ProblemMessage } from '../components/Problem'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

type Question = { text: string; type: QuestionType; required: boolean }
type Checkpoint = { title: string; questions: Question[] }
type Category = { title: string; checkpoints: Checkpoint[] }

const newQuestion = (): Question => ({ text: '', type: 'YES_NO', required: true })
const newCheckpoint = (): Checkpoint => ({ title: '', questions: [newQuestion()] })
const newCategory = (): Category => ({ title: '', checkpoints: [newCheckpoint()] })

/** The element id of a field named by its path in the request, as the service names it in a 400: categories[0].title. */
export const fieldId = (path: string) => `tpl-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`

/** A new checklist template: name, area, and categories of checkpoints of questions (kept simple: add and remove). */
export function NewTemplatePage() {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateTemplate()
  const [name, setName] = useState('')
  const [area, setArea] = useState<Area>('HSE')
  const [description, setDescription] = useState('')
  const [categories, setCategories] = useState<Category[]>([newCategory()])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const summaryRef = useRef<HTMLDivElement>(null)
  const server = serverFieldErrors(create.error)
  const shown = { ...server, ...errors }
  const fieldIds = Object.fromEntries(Object.keys(shown).map(path => [path, fieldId(path)]))

  useEffect(() => {
    if (Object.keys(shown).length > 0) {
      summaryRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
    }
  }, [errors, create.error])

  const change = (update: (draft: Category[]) => void) =>
    setCategories(current => {
      const draft = structuredClone(current)
      update(draft)
      return draft
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    if (name.trim() === '') found.name = t('templates.nameRequired')
    categories.forEach((category, c) => {
      if (category.title.trim() === '') found[`categories[${c}].title`] = t('templates.categoryRequired', { n: c + 1 })
      category.checkpoints.forEach((checkpoint, p) => {
        if (checkpoint.title.trim() === '') {
          found[`categories[${c}].checkpoints[${p}].title`] = t('templates.checkpointRequired', { n: p + 1, category: c + 1 })
        }
        checkpoint.questions.forEach((question, q) => {
          if (question.text.trim() === '') {
            found[`categories[${c}].checkpoints[${p}].questions[${q}].text`] =
              t('templates.questionRequired', { n: q + 1, checkpoint: p + 1, category: c + 1 })
          }
        })
      })
    })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    const template: NewTemplate = {
      name: name.trim(),
      area,
      description: description.trim() === '' ? undefined : description.trim(),
      categories: categories.map(category => ({
        title: category.title.trim(),
        checkpoints: category.checkpoints.map(checkpoint => ({
          title: checkpoint.title.trim(),
          questions: checkpoint.questions.map(question => ({ ...question, text: question.text.trim() })),
        })),
      })),
    }
    create.mutate(template, { onSuccess: () => void navigate('/admin/checklists') })
  }

  return (
    <>
      <PageHeading title={t('templates.newTitle')} />
      <form className="form narrow" onSubmit={submit} noValidate>
        <div ref={summaryRef}>
          <ErrorSummary errors={shown} fieldIds={fieldIds} />
        </div>
        <FormField id={fieldId('name')} label={t('templates.name')} error={shown.name} required>
          {props => <input {...props} maxLength={200} value={name} onChange={e => setName(e.target.value)} />}
        </FormField>
        <FormField id={fieldId('area')} label={t('templates.area')} error={shown.area} required>
          {props => (
            <select {...props} value={area} onChange={e => setArea(e.target.value as Area)}>
              {AREAS.map(candidate => (
                <option key={candidate} value={candidate}>
                  {t(`area.${candidate}` as MessageKey)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={fieldId('description')} label={t('templates.description')} error={shown.description}>
          {props => <textarea {...props} rows={3} maxLength={2000} value={description} onChange={e => setDescription(e.target.value)} />}
        </FormField>

        {categories.map((category, c) => (
          <fieldset key={c} className="template-category">
            <legend>{t('templates.category', { n: c + 1 })}</legend>
            <FormField id={fieldId(`categories[${c}].title`)} label={t('templates.categoryTitle', { n: c + 1 })}
              error={shown[`categories[${c}].title`]} required>
              {props => <input {...props} maxLength={200} value={category.title}
                onChange={e => change(draft => { draft[c].title = e.target.value })} />}
            </FormField>
            {category.checkpoints.map((checkpoint, p) => (
              <fieldset key={p} className="template-checkpoint">
                <legend>{t('templates.checkpoint', { n: p + 1, category: c + 1 })}</legend>
                <FormField id={fieldId(`categories[${c}].checkpoints[${p}].title`)} label={t('templates.checkpointTitle', { n: p + 1 })}
                  error={shown[`categories[${c}].checkpoints[${p}].title`]} required>
                  {props => <input {...props} maxLength={200} value={checkpoint.title}
                    onChange={e => change(draft => { draft[c].checkpoints[p].title = e.target.value })} />}
                </FormField>
                {checkpoint.questions.map((question, q) => {
                  const path = `categories[${c}].checkpoints[${p}].questions[${q}]`
                  return (
                    <fieldset key={q} className="template-question">
                      <legend>{t('templates.question', { n: q + 1 })}</legend>
                      <FormField id={fieldId(`${path}.text`)} label={t('templates.questionText', { n: q + 1 })}
                        error={shown[`${path}.text`]} required>
                        {props => <input {...props} maxLength={500} value={question.text}
                          onChange={e => change(draft => { draft[c].checkpoints[p].questions[q].text = e.target.value })} />}
                      </FormField>
                      <FormField id={fieldId(`${path}.type`)} label={t('templates.questionType', { n: q + 1 })}
                        error={shown[`${path}.type`]} required>
                        {props => (
                          <select {...props} value={question.type}
                            onChange={e => change(draft => { draft[c].checkpoints[p].questions[q].type = e.target.value as QuestionType })}>
                            {QUESTION_TYPES.map(type => (
                              <option key={type} value={type}>
                                {t(`questionType.${type}` as MessageKey)}
                              </option>
                            ))}
                          </select>
                        )}
                      </FormField>
                      <div className="checkbox">
                        <input type="checkbox" id={fieldId(`${path}.required`)} checked={question.required}
                          onChange={e => change(draft => { draft[c].checkpoints[p].questions[q].required = e.target.checked })} />
                        <label htmlFor={fieldId(`${path}.required`)}>{t('templates.required', { n: q + 1 })}</label>
                      </div>
                      {checkpoint.questions.length > 1 && (
                        <button type="button" className="button button-quiet"
                          onClick={() => change(draft => { draft[c].checkpoints[p].questions.splice(q, 1) })}>
                          {t('templates.removeQuestion', { n: q + 1 })}
                        </button>
                      )}
                    </fieldset>
                  )
                })}
                <div className="toolbar">
                  <button type="button" className="button button-secondary"
                    onClick={() => change(draft => { draft[c].checkpoints[p].questions.push(newQuestion()) })}>
                    {t('templates.addQuestion', { n: p + 1 })}
                  </button>
                  {category.checkpoints.length > 1 && (
                    <button type="button" className="button button-quiet"
                      onClick={() => change(draft => { draft[c].checkpoints.splice(p, 1) })}>
                      {t('templates.removeCheckpoint', { n: p + 1 })}
                    </button>
                  )}
                </div>
              </fieldset>
            ))}
            <div className="toolbar">
              <button type="button" className="button button-secondary"
                onClick={() => change(draft => { draft[c].checkpoints.push(newCheckpoint()) })}>
                {t('templates.addCheckpoint', { n: c + 1 })}
              </button>
              {categories.length > 1 && (
                <button type="button" className="button button-quiet" onClick={() => change(draft => { draft.splice(c, 1) })}>
                  {t('templates.removeCategory', { n: c + 1 })}
                </button>
              )}
            </div>
          </fieldset>
        ))}
        <p>
          <button type="button" className="button button-secondary" onClick={() => change(draft => { draft.push(newCategory()) })}>
            {t('templates.addCategory')}
          </button>
        </p>
        {create.isError && Object.keys(server).length === 0 && <ProblemMessage error={create.error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {t('templates.create')}
          </button>
        </div>
      </form>
    </>
  )
}
