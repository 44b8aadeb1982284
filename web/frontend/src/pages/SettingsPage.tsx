import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ApiError } from '../api/client'
import { serverFieldErrors } from '../components/fieldErrors'
import { useSaveSettings, useSettings } from '../api/queries'
import type { LabelsBody, Settings } from '../api/types'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import type { MessageKey } from '../i18n/nb'
import { DICTIONARIES, useI18n } from '../i18n/I18n'
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/language'
import { TERM_KEYS } from '../i18n/terminology'

const GROUPS = ['level', 'role', 'concept'] as const
const TYPE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/
const REMINDERS = [
  { field: 'daysBeforeLongPeriods', id: 'reminders-long', label: 'settings.daysBeforeLong', max: 90 },
  { field: 'daysBeforeShortPeriods', id: 'reminders-short', label: 'settings.daysBeforeShort', max: 30 },
  { field: 'escalateAfterDaysOverdue', id: 'reminders-escalate', label: 'settings.escalateAfter', max: 90 },
] as const
type ReminderField = (typeof REMINDERS)[number]['field']

interface TypeRow {
  code: string
  labels: LabelsBody
  active: boolean
  /** Added on this page and not saved yet: its code can be written, and it can be taken out again. */
  isNew: boolean
}

const typeId = (i: number, part: string) => `type-${i}-${part}`

/** The field a 400's errors[].field names (assignmentTypes[0].labels.nb, reminders.weeklyDigest …), if it is on the page. */
function serverFieldId(field: string): string | undefined {
  const type = /^assignmentTypes\[(\d+)\]\.(code|active|labels\.(nb|nn|en))$/.exec(field)
  if (type) return typeId(Number(type[1]), type[3] ?? type[2])
  const reminder = REMINDERS.find(r => field === `reminders.${r.field}`)
  if (reminder) return reminder.id
  const term = /^terminology\[([^\]]+)\]\.(nb|nn|en)$/.exec(field)
  if (term) return fieldId(term[1], term[2] as Language)
  return field === 'language' ? 'settings-language-nb' : undefined
}

/** The municipality's language and terminology; administrators change them, others may read them. */
export function SettingsPage() {
  const { t } = useI18n()
  const settings = useSettings()
  // Reading the settings again (after a conflict) starts the form afresh from them.
  const [reloads, setReloads] = useState(0)
  return (
    <>
      <PageHeading title={t('settings.title')}>
        <p className="lead">{t('settings.intro')}</p>
      </PageHeading>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ProblemMessage error={settings.error} retry={() => void settings.refetch()} />
      ) : (
        <SettingsForm key={reloads} settings={settings.data} reload={() => void settings.refetch().then(() => setReloads(n => n + 1))} />
      )}
    </>
  )
}

function fieldId(key: string, language: Language) {
  return `term-${key.replace(/\./g, '-')}-${language}`
}

function SettingsForm({ settings, reload }: { settings: Settings; reload: () => void }) {
  const { t } = useI18n()
  const { user } = useSession()
  const save = useSaveSettings()
  const mayChange = hasRole(user, 'admin')
  const [language, setLanguage] = useState<Language>(settings.language)
  const [terminology, setTerminology] = useState<Record<string, LabelsBody>>(settings.terminology)
  const [types, setTypes] = useState<TypeRow[]>(settings.assignmentTypes.map(type => ({ ...type, labels: { ...type.labels }, isNew: false })))
  const [reminders, setReminders] = useState<Record<ReminderField, string> & { weeklyDigest: boolean }>({
    daysBeforeLongPeriods: String(settings.reminders.daysBeforeLongPeriods),
    daysBeforeShortPeriods: String(settings.reminders.daysBeforeShortPeriods),
    escalateAfterDaysOverdue: String(settings.reminders.escalateAfterDaysOverdue),
    weeklyDigest: settings.reminders.weeklyDigest,
  })
  const [problems, setProblems] = useState<{ id: string; message: string }[]>([])
  const summaryRef = useRef<HTMLDivElement>(null)
  const server = Object.entries(serverFieldErrors(save.error)).map(([field, message]) => ({ id: serverFieldId(field), field, message }))
  const shown = problems.length > 0 ? problems : server.map(p => ({ id: p.id ?? '', message: `${p.field}: ${p.message}` }))
  const errorOf = (id: string) => shown.find(p => p.id === id)?.message

  useEffect(() => {
    if (shown.length > 0) {
      summaryRef.current?.focus()
    }
  }, [problems, save.error])

  const conceptName = (key: string) => {
    const messageKey = `term.${key}` as MessageKey
    return messageKey in DICTIONARIES.nb ? t(messageKey) : key
  }
  // The app's own concepts in their usual order, then any others the municipality names.
  const keys = [
    ...TERM_KEYS.filter(key => key in terminology),
    ...Object.keys(terminology).filter(key => !(TERM_KEYS as string[]).includes(key)).sort(),
  ]
  const groups = [
    ...GROUPS.map(group => ({ group: group as string, keys: keys.filter(key => key.startsWith(`${group}.`)) })),
    { group: 'other', keys: keys.filter(key => !GROUPS.some(group => key.startsWith(`${group}.`))) },
  ].filter(group => group.keys.length > 0)
  const typeName = (type: TypeRow, i: number) => type.labels.nb.trim() || type.code.trim() || t('settings.newType', { n: i + 1 })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: { id: string; message: string }[] = []
    for (const key of keys) {
      for (const l of LANGUAGES) {
        if (terminology[key][l].trim() === '') {
          found.push({ id: fieldId(key, l), message: t('settings.required', { concept: conceptName(key), language: LANGUAGE_NAMES[l] }) })
        }
      }
    }
    types.forEach((type, i) => {
      const code = type.code.trim()
      if (!TYPE_CODE.test(code)) {
        found.push({ id: typeId(i, 'code'), message: t('settings.typeCodeInvalid', { type: typeName(type, i) }) })
      } else if (types.findIndex(other => other.code.trim() === code) !== i) {
        found.push({ id: typeId(i, 'code'), message: t('settings.typeCodeDuplicate', { code }) })
      }
      for (const l of LANGUAGES) {
        if (type.labels[l].trim() === '') {
          found.push({ id: typeId(i, l), message: t('settings.typeLabelRequired', { type: typeName(type, i), language: LANGUAGE_NAMES[l] }) })
        }
      }
    })
    for (const { field, id, label, max } of REMINDERS) {
      const value = reminders[field].trim()
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        found.push({ id, message: t('settings.reminderInvalid', { field: t(label), max }) })
      }
    }
    setProblems(found)
    if (found.length > 0) {
      return
    }
    const trimmed = (labels: LabelsBody) => ({ nb: labels.nb.trim(), nn: labels.nn.trim(), en: labels.en.trim() })
    save.mutate({
      ...settings,
      language,
      terminology: Object.fromEntries(keys.map(key => [key, trimmed(terminology[key])])),
      assignmentTypes: types.map(type => ({ code: type.code.trim(), labels: trimmed(type.labels), active: type.active })),
      reminders: {
        daysBeforeLongPeriods: Number(reminders.daysBeforeLongPeriods),
        daysBeforeShortPeriods: Number(reminders.daysBeforeShortPeriods),
        escalateAfterDaysOverdue: Number(reminders.escalateAfterDaysOverdue),
        weeklyDigest: reminders.weeklyDigest,
      },
    }, { onSuccess: saved => setTypes(saved.assignmentTypes.map(type => ({ ...type, labels: { ...type.labels }, isNew: false }))) })
  }

  const setType = (i: number, patch: Partial<TypeRow>) => setTypes(current => current.map((old, j) => (j === i ? { ...old, ...patch } : old)))
  const described = (id: string, hint?: string) => {
    const ids = [hint, errorOf(id) ? `${id}-error` : undefined].filter(Boolean).join(' ')
    return { 'aria-describedby': ids || undefined, 'aria-invalid': errorOf(id) ? true : undefined }
  }
  const fieldError = (id: string) => errorOf(id) && (
    <span id={`${id}-error`} className="field-error">
      {errorOf(id)}
    </span>
  )
  const conflict = save.error instanceof ApiError && save.error.status === 409
  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      {!mayChange && <p className="notice notice-info">{t('settings.readOnly')}</p>}
      {shown.length > 0 && (
        <div className="notice notice-error error-summary" tabIndex={-1} ref={summaryRef} role="alert">
          <p>{t('settings.invalid')}</p>
          <ul>
            {shown.map(({ id, message }) => (
              <li key={`${id}-${message}`}>{id ? <a href={`#${id}`}>{message}</a> : message}</li>
            ))}
          </ul>
        </div>
      )}

      <fieldset disabled={!mayChange}>
        <legend>{t('settings.language')}</legend>
        <p className="hint">{t('settings.languageHint')}</p>
        {LANGUAGES.map(code => (
          <div className="radio" key={code}>
            <input type="radio" id={`settings-language-${code}`} name="language" value={code} checked={language === code}
              onChange={() => setLanguage(code)} />
            <label htmlFor={`settings-language-${code}`} lang={code}>
              {LANGUAGE_NAMES[code]}
            </label>
          </div>
        ))}
      </fieldset>

      <h2>{t('settings.terminology')}</h2>
      <p className="hint">{t('settings.terminologyHint')}</p>
      {groups.map(({ group, keys: groupKeys }) => (
        <section key={group} aria-labelledby={`settings-group-${group}`}>
          <h3 id={`settings-group-${group}`}>
            {group === 'other' ? t('settings.terminology') : t(`settings.group.${group}` as MessageKey)}
          </h3>
          {groupKeys.map(key => (
            <fieldset key={key} className="term" disabled={!mayChange}>
              <legend>{conceptName(key)}</legend>
              <div className="term-fields">
                {LANGUAGES.map(l => {
                  const id = fieldId(key, l)
                  return (
                    <div className="field" key={l}>
                      <label htmlFor={id}>
                        <span lang={l}>{LANGUAGE_NAMES[l]}</span>
                      </label>
                      {fieldError(id)}
                      <input
                        id={id}
                        lang={l}
                        value={terminology[key][l]}
                        maxLength={100}
                        {...described(id)}
                        onChange={e => setTerminology(current => ({ ...current, [key]: { ...current[key], [l]: e.target.value } }))}
                      />
                    </div>
                  )
                })}
              </div>
            </fieldset>
          ))}
        </section>
      ))}

      <section aria-labelledby="settings-types">
        <h2 id="settings-types">{t('settings.types')}</h2>
        <p className="hint" id="settings-types-hint">{t('settings.typesHint')}</p>
        {types.map((type, i) => (
          <fieldset key={i} className="term" disabled={!mayChange}>
            <legend>
              {typeName(type, i)}
              {!type.isNew && <span className="unit-facts"> ({type.code}{type.active ? '' : `, ${t('settings.typeInactive')}`})</span>}
            </legend>
            {type.isNew && (
              <div className="field">
                <label htmlFor={typeId(i, 'code')}>{t('settings.typeCode')}</label>
                <span id={`${typeId(i, 'code')}-hint`} className="hint">{t('settings.typeCodeHint')}</span>
                {fieldError(typeId(i, 'code'))}
                <input id={typeId(i, 'code')} autoComplete="off" spellCheck={false} maxLength={40} value={type.code}
                  {...described(typeId(i, 'code'), `${typeId(i, 'code')}-hint`)}
                  onChange={e => setType(i, { code: e.target.value.toUpperCase() })} />
              </div>
            )}
            <div className="term-fields">
              {LANGUAGES.map(l => {
                const id = typeId(i, l)
                return (
                  <div className="field" key={l}>
                    <label htmlFor={id}>
                      <span lang={l}>{LANGUAGE_NAMES[l]}</span>
                    </label>
                    {fieldError(id)}
                    <input id={id} lang={l} value={type.labels[l]} maxLength={100} {...described(id)}
                      onChange={e => setType(i, { labels: { ...type.labels, [l]: e.target.value } })} />
                  </div>
                )
              })}
            </div>
            <div className="checkbox">
              <input type="checkbox" id={typeId(i, 'active')} checked={type.active} onChange={e => setType(i, { active: e.target.checked })} />
              <label htmlFor={typeId(i, 'active')}>{t('settings.typeActive')}</label>
            </div>
            {type.isNew && (
              <button type="button" className="button button-quiet" onClick={() => setTypes(current => current.filter((_, j) => j !== i))}>
                {t('settings.removeType', { type: typeName(type, i) })}
              </button>
            )}
          </fieldset>
        ))}
        {mayChange && (
          <p>
            <button type="button" className="button button-secondary"
              onClick={() => setTypes(current => [...current, { code: '', labels: { nb: '', nn: '', en: '' }, active: true, isNew: true }])}>
              {t('settings.addType')}
            </button>
          </p>
        )}
      </section>

      <section aria-labelledby="settings-reminders">
        <h2 id="settings-reminders">{t('settings.reminders')}</h2>
        <p className="hint">{t('settings.remindersHint')}</p>
        <fieldset disabled={!mayChange} className="term">
          <legend>{t('settings.reminderDays')}</legend>
          {REMINDERS.map(({ field, id, label, max }) => (
            <div className="field" key={field}>
              <label htmlFor={id}>{t(label)}</label>
              <span id={`${id}-hint`} className="hint">{t('settings.daysHint', { max })}</span>
              {fieldError(id)}
              <input id={id} className="input-year" inputMode="numeric" autoComplete="off" value={reminders[field]}
                {...described(id, `${id}-hint`)} onChange={e => setReminders({ ...reminders, [field]: e.target.value })} />
            </div>
          ))}
          <div className="checkbox">
            <input type="checkbox" id="reminders-weekly" checked={reminders.weeklyDigest}
              onChange={e => setReminders({ ...reminders, weeklyDigest: e.target.checked })} />
            <label htmlFor="reminders-weekly">{t('settings.weeklyDigest')}</label>
          </div>
        </fieldset>
      </section>

      {mayChange && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('settings.saving') : t('settings.save')}
          </button>
        </div>
      )}
      <div role="status">{save.isSuccess && <p className="notice notice-success">{t('settings.saved')}</p>}</div>
      {conflict ? (
        <div className="notice notice-error" role="alert">
          <p>{t('settings.conflict')}</p>
          <button type="button" className="button button-secondary" onClick={reload}>
            {t('settings.reload')}
          </button>
        </div>
      ) : (
        save.isError && server.length === 0 && <ProblemMessage error={save.error} />
      )}
    </form>
  )
}
