import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { loadConfig } from './config'
import { createI18n, I18nProvider } from './i18n/I18n'
import { isLanguage } from './i18n/language'
import './styles.css'

const root = createRoot(document.getElementById('root')!)

loadConfig()
  .then(config =>
    root.render(
      <StrictMode>
        <I18nProvider>
          <App config={config} />
        </I18nProvider>
      </StrictMode>,
    ),
  )
  .catch(() => {
    // Without the configuration nothing works; say so in the language last chosen here.
    let stored: string | null = null
    try {
      stored = localStorage.getItem('vp.language')
    } catch {
      // no storage
    }
    const { t } = createI18n(isLanguage(stored) ? stored : 'nb')
    root.render(
      <main className="startup-error">
        <h1>{t('app.name')}</h1>
        <p role="alert">{t('error.unavailable')}</p>
      </main>,
    )
  })
