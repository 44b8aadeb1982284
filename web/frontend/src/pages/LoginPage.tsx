import { useState, type FormEvent } from 'react'
import { useLocation } from 'react-router'
import { useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18n'

/** Sign-in: the person picks their municipality (its Keycloak realm), then signs in there. */
export function LoginPage() {
  const { t } = useI18n()
  const session = useSession()
  const location = useLocation()
  const [chosen, setChosen] = useState(session.municipality?.id ?? session.municipalities[0]?.id ?? '')
  const [redirecting, setRedirecting] = useState(false)
  const [failed, setFailed] = useState(false)
  const returnTo = location.pathname === '/callback' ? '/' : location.pathname + location.search

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setRedirecting(true)
    setFailed(false)
    try {
      await session.signIn(chosen, returnTo)
    } catch {
      setRedirecting(false)
      setFailed(true)
    }
  }

  const municipalities = session.municipalities
  return (
    <div className="narrow">
      <PageHeading title={t('login.title')} />
      <p className="lead">{t('login.intro')}</p>
      {session.problem === 'expired' && <p className="notice notice-info">{t('login.expired')}</p>}
      {(session.problem === 'failed' || failed) && (
        <p className="notice notice-error" role="alert">
          {t('login.failed')}
        </p>
      )}
      {municipalities.length === 0 ? (
        <p className="notice notice-error">{t('login.noMunicipalities')}</p>
      ) : (
        <form className="login-form" onSubmit={submit}>
          {municipalities.length > 1 ? (
            <fieldset>
              <legend>{t('login.choose')}</legend>
              {municipalities.map(m => (
                <div className="radio" key={m.id}>
                  <input
                    type="radio"
                    id={`municipality-${m.id}`}
                    name="municipality"
                    value={m.id}
                    checked={chosen === m.id}
                    onChange={() => setChosen(m.id)}
                  />
                  <label htmlFor={`municipality-${m.id}`}>{m.name}</label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p>{municipalities[0].name}</p>
          )}
          <button type="submit" className="button button-primary" disabled={redirecting || !chosen}>
            {t('login.submit')}
          </button>
          {redirecting && (
            <p role="status" className="loading">
              {t('login.signingIn')}
            </p>
          )}
        </form>
      )}
    </div>
  )
}
