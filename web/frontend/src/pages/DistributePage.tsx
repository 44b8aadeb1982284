import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Link, useParams } from 'react-router'
import { useDistribute, useTemplate } from '../api/checklistQueries'
import { PERIOD_KINDS, type Distribution, type PeriodKind } from '../api/checklistTypes'
import { useTreeIndex } from '../api/queries'
import { serverFieldErrors } from '../components/fieldErrors'
import { ErrorSummary, FormField } from '../components/FormField'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { parseDate } from '../i18n/format'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

const PER_YEAR: Record<PeriodKind, number> = { MONTH: 12, TERTIAL: 3, YEAR: 1 }

const FIELD_IDS: Record<string, string> = {
  title: 'dist-title',
  'period.kind': 'dist-kind-MONTH',
  'period.year': 'dist-year',
  'period.number': 'dist-number',
  deadline: 'dist-deadline',
  targets: 'dist-unit-0',
}
const targetId = (i: number, field: string) => `dist-${field}-${i}`

/** Gives a template to units (alone or with every unit below) for a period, with a deadline. */
export function DistributePage() {
  const { t, formatDate } = useI18n()
  const { templateId = '' } = useParams()
  const template = useTemplate(templateId)
  const tree = useTreeIndex()
  const distribute = useDistribute()
  const year = new Date().getFullYear()
  const [values, setValues] = useState({ title: '', kind: 'MONTH' as PeriodKind, year: String(year), number: String(new Date().getMonth() + 1),
    deadline: '', monthly: false })
  const [targets, setTargets] = useState([{ unitId: '', includeSubtree: true, responsible: '' }])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState<Distribution | null>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const server = serverFieldErrors(distribute.error)
  const shown = { ...server, ...errors }
  const ids = { ...FIELD_IDS, ...Object.fromEntries(targets.flatMap((_, i) => [
    [`targets[${i}].unitId`, targetId(i, 'unit')], [`targets[${i}].responsible`, targetId(i, 'responsible')]])) }
  const units = [...tree.index.byId.values()].sort((a, b) => a.path.length - b.path.length || a.name.localeCompare(b.name, 'nb'))

  useEffect(() => {
    if (Object.keys(shown).length > 0) {
      summaryRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
    }
  }, [errors, distribute.error])

  if (template.isPending || template.isError) {
    return (
      <>
        <PageHeading title={t('distribute.titlePlain')} />
        {template.isPending ? <Loading /> : <ProblemMessage error={template.error} />}
      </>
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const deadline = parseDate(values.deadline)
    if (!deadline) found.deadline = t('form.dateInvalid')
    if (!/^\d{4}$/.test(values.year)) found['period.year'] = t('distribute.yearInvalid')
    targets.forEach((target, i) => {
      if (!target.unitId) found[`targets[${i}].unitId`] = t('distribute.unitRequired', { n: i + 1 })
      if (target.responsible.trim() !== '' && !/^[A-Za-z0-9._@-]{1,100}$/.test(target.responsible.trim())) {
        found[`targets[${i}].responsible`] = t('deviation.responsibleInvalid')
      }
    })
    setErrors(found)
    setDone(null)
    if (Object.keys(found).length > 0 || !deadline) return
    distribute.mutate(
      {
        templateId,
        title: values.title.trim() === '' ? undefined : values.title.trim(),
        period: { kind: values.kind, year: Number(values.year), number: values.kind === 'YEAR' ? 1 : Number(values.number) },
        deadline,
        includeInMonthlyReport: values.monthly,
        targets: targets.map(target => ({
          unitId: target.unitId, includeSubtree: target.includeSubtree,
          responsible: target.responsible.trim() === '' ? undefined : target.responsible.trim(),
        })),
      },
      { onSuccess: distribution => setDone(distribution) },
    )
  }

  const numbers = Array.from({ length: PER_YEAR[values.kind] }, (_, i) => i + 1)
  return (
    <>
      <PageHeading title={t('distribute.title', { name: template.data.name })}>
        <p className="lead">{t('distribute.intro', { version: template.data.version })}</p>
      </PageHeading>
      <p>
        <Link to="/admin/checklists">{t('distribute.back')}</Link>
      </p>
      <div role="status" aria-live="polite" className="live-region">
        {done && t('distribute.done', { title: done.title, deadline: formatDate(done.deadline) })}
      </div>
      <form className="form narrow" onSubmit={submit} noValidate>
        <div ref={summaryRef}>
          <ErrorSummary errors={shown} fieldIds={ids} />
        </div>
        <FormField id={FIELD_IDS.title} label={t('distribute.checklistTitle')} hint={t('distribute.titleHint')} error={shown.title}>
          {props => <input {...props} maxLength={200} value={values.title} onChange={e => setValues({ ...values, title: e.target.value })} />}
        </FormField>
        <fieldset>
          <legend>{t('distribute.periodKind')}</legend>
          {PERIOD_KINDS.map(kind => (
            <div className="radio" key={kind}>
              <input type="radio" id={`dist-kind-${kind}`} name="dist-kind" checked={values.kind === kind}
                onChange={() => setValues({ ...values, kind, number: '1' })} />
              <label htmlFor={`dist-kind-${kind}`}>{t(`periodicity.${kind}` as MessageKey)}</label>
            </div>
          ))}
        </fieldset>
        <div className="inline-fields">
          <FormField id={FIELD_IDS['period.year']} label={t('distribute.year')} error={shown['period.year']} required>
            {props => <input {...props} className="input-year" inputMode="numeric" value={values.year}
              onChange={e => setValues({ ...values, year: e.target.value })} />}
          </FormField>
          {values.kind !== 'YEAR' && (
            <FormField id={FIELD_IDS['period.number']} label={t(values.kind === 'MONTH' ? 'distribute.month' : 'distribute.tertial')}
              error={shown['period.number']} required>
              {props => (
                <select {...props} value={values.number} onChange={e => setValues({ ...values, number: e.target.value })}>
                  {numbers.map(n => (
                    <option key={n} value={n}>
                      {values.kind === 'MONTH' ? t(`month.${n}` as MessageKey) : `T${n}`}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
        </div>
        <FormField id={FIELD_IDS.deadline} label={t('distribute.deadline')} hint={t('form.dateHint')} error={shown.deadline} required>
          {props => <input {...props} className="input-date" inputMode="numeric" autoComplete="off" value={values.deadline}
            onChange={e => setValues({ ...values, deadline: e.target.value })} />}
        </FormField>
        <div className="checkbox">
          <input type="checkbox" id="dist-monthly" checked={values.monthly} onChange={e => setValues({ ...values, monthly: e.target.checked })} />
          <label htmlFor="dist-monthly">{t('distribute.monthly')}</label>
        </div>
        {targets.map((target, i) => {
          const set = (patch: Partial<typeof target>) => setTargets(current => current.map((old, j) => (j === i ? { ...old, ...patch } : old)))
          return (
            <fieldset key={i}>
              <legend>{t('distribute.target', { n: i + 1 })}</legend>
              <FormField id={targetId(i, 'unit')} label={t('distribute.unit')} error={shown[`targets[${i}].unitId`]} required>
                {props => (
                  <select {...props} value={target.unitId} onChange={e => set({ unitId: e.target.value })}>
                    <option value="">{t('distribute.chooseUnit')}</option>
                    {units.map(unit => (
                      <option key={unit.id} value={unit.id}>
                        {unit.name}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <div className="checkbox">
                <input type="checkbox" id={targetId(i, 'subtree')} checked={target.includeSubtree}
                  onChange={e => set({ includeSubtree: e.target.checked })} />
                <label htmlFor={targetId(i, 'subtree')}>{t('distribute.subtree')}</label>
              </div>
              <FormField id={targetId(i, 'responsible')} label={t('distribute.responsible')} hint={t('distribute.responsibleHint')}
                error={shown[`targets[${i}].responsible`]}>
                {props => <input {...props} autoComplete="off" value={target.responsible} onChange={e => set({ responsible: e.target.value })} />}
              </FormField>
              {targets.length > 1 && (
                <button type="button" className="button button-quiet" onClick={() => setTargets(current => current.filter((_, j) => j !== i))}>
                  {t('distribute.removeTarget', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          )
        })}
        <p>
          <button type="button" className="button button-secondary"
            onClick={() => setTargets(current => [...current, { unitId: '', includeSubtree: true, responsible: '' }])}>
            {t('distribute.addTarget')}
          </button>
        </p>
        {distribute.isError && Object.keys(server).length === 0 && <ProblemMessage error={distribute.error} />}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={distribute.isPending}>
            {t('distribute.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
