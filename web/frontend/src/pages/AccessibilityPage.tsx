import { PageHeading } from '../components/PageHeading'
import { useI18n } from '../i18n/I18n'

/** The accessibility statement (tilgjengelighetserklæring) the regulation on universal design of ICT asks for. */
export function AccessibilityPage() {
  const { t } = useI18n()
  return (
    <div className="narrow prose">
      <PageHeading title={t('a11y.title')} />
      <p className="lead">{t('a11y.intro')}</p>
      <h2>{t('a11y.statusHeading')}</h2>
      <p>{t('a11y.status')}</p>
      <h2>{t('a11y.testingHeading')}</h2>
      <p>{t('a11y.testing')}</p>
      <h2>{t('a11y.limitsHeading')}</h2>
      <p>{t('a11y.limits')}</p>
      <h2>{t('a11y.feedbackHeading')}</h2>
      <p>{t('a11y.feedback')}</p>
      <p>
        <a href="https://www.uutilsynet.no/">{t('a11y.authorityLink')}</a>
      </p>
    </div>
  )
}
