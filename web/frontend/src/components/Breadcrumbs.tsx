import { Link } from 'react-router'
import { useI18n } from '../i18n/I18n'

export interface Crumb {
  label: string
  to?: string
}

/** Where the page sits in the org tree; the last crumb is the page itself (aria-current). At the top: none. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useI18n()
  if (crumbs.length < 2) {
    return null
  }
  return (
    <nav className="breadcrumbs" aria-label={t('org.breadcrumbs')}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={`${i}-${crumb.label}`}>
            {crumb.to && i < crumbs.length - 1 ? (
              <Link to={crumb.to}>{crumb.label}</Link>
            ) : (
              <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}
