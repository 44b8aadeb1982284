import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ApiError } from '../api/client'
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

/** The municipality's language and terminology; administrators change them, others may read them. */
export function SettingsPage() {
  const { t } = useI18n()
  const settings = useSettings()
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
        <SettingsForm settings={settings.data} />
      )}
    </>
  )
}

function fieldId(key: string, language: Language) {
  return `term-${key.replace(/\./g, '-')}-${language}`
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useI18n()
  const { user } = useSession()
  const save = useSaveSettings()
  const mayChange = hasRole(user, 'admin')
  const [language, setLanguage] = useState<Language>(settings.language)
  const [terminology, setTerminology] = useState<Record<string, LabelsBody>>(settings.terminology)
  const [missing, setMissing] = useState<{ key: string; language: Language }[]>([])
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (missing.length > 0) {
      summaryRef.current?.focus()
    }
  }, [missing])

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

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const empty = keys.flatMap(key => LANGUAGES.filter(l => terminology[key][l].trim() === '').map(l => ({ key, language: l })))
    setMissing(empty)
    if (empty.length > 0) {
      return
    }
    const trimmed = Object.fromEntries(keys.map(key => [key, {
      nb: terminology[key].nb.trim(), nn: terminology[key].nn.trim(), en: terminology[key].en.trim(),
    }]))
    save.mutate({ ...settings, language, terminology: trimmed })
  }

  const conflict = save.error instanceof ApiError && save.error.status === 409
  return (
    <form className="form settings-form" onSubmit={submit} noValidate>
      {!mayChange && <p className="notice notice-info">{t('settings.readOnly')}</p>}
      {missing.length > 0 && (
        <div className="notice notice-error error-summary" tabIndex={-1} ref={summaryRef} role="alert">
          <p>{t('settings.invalid')}</p>
          <ul>
            {missing.map(({ key, language: l }) => (
              <li key={`${key}-${l}`}>
                <a href={`#${fieldId(key, l)}`}>{t('settings.required', { concept: conceptName(key), language: LANGUAGE_NAMES[l] })}</a>
              </li>
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
                  const isMissing = missing.some(m => m.key === key && m.language === l)
                  return (
                    <div className="field" key={l}>
                      <label htmlFor={id}>
                        <span lang={l}>{LANGUAGE_NAMES[l]}</span>
                      </label>
                      <input
                        id={id}
                        lang={l}
                        value={terminology[key][l]}
                        maxLength={100}
                        aria-invalid={isMissing || undefined}
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

      {mayChange && (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? t('settings.saving') : t('settings.save')}
          </button>
        </div>
      )}
      <div role="status">{save.isSuccess && <p className="notice notice-success">{t('settings.saved')}</p>}</div>
      {conflict ? (
        <p className="notice notice-error" role="alert">
          {t('settings.conflict')}
        </p>
      ) : (
        save.isError && <ProblemMessage error={save.error} />
      )}
    </form>
  )
}
