import { useId } from 'react'
import { useI18n } from '../i18n/I18n'
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/language'

/** Bokmål, nynorsk or English; each name in its own language (WCAG 3.1.2), the current one pressed. */
export function LanguagePicker() {
  const { t, language, chooseLanguage } = useI18n()
  const labelId = useId()
  return (
    <div className="language-picker" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="language-label">
        {t('lang.label')}
      </span>
      {LANGUAGES.map(code => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={code === language}
          onClick={() => chooseLanguage(code)}
        >
          {LANGUAGE_NAMES[code]}
        </button>
      ))}
    </div>
  )
}
