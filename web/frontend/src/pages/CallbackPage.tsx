import { Navigate } from 'react-router'
import { useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18n'
import { LoginPage } from './LoginPage'

/** Where the realm sends the person back; the OIDC client finishes the sign-in and moves on to where they were. */
export function CallbackPage() {
  const { t } = useI18n()
  const session = useSession()
  const hasCode = new URLSearchParams(window.location.search).has('code')
  if (session.status === 'authenticated' && !hasCode) {
    return <Navigate to="/" replace />
  }
  if (session.status === 'anonymous' && (!hasCode || session.problem)) {
    return <LoginPage />
  }
  return (
    <div className="narrow">
      <PageHeading title={t('login.title')} />
      <p className="loading" role="status">
        {t('login.completing')}
      </p>
    </div>
  )
}
