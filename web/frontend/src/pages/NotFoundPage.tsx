import { Link } from 'react-router'
import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18n'

export function NotFoundPage() {
  const { t } = useI18n()
  return (
    <div className="narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  )
}
