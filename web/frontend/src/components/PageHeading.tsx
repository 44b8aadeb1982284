import { useEffect, type ReactNode } from 'react'
import { useI18n } from '../i18n/I18n'

/**
 * The page's one h1 and the document title (WCAG 2.4.2). The layout moves focus to the h1 after a navigation, so
 * a screen reader announces the new page; tabIndex -1 lets it take focus without entering the tab order.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = t('app.pageTitle', { page: title })
  }, [t, title])
  return (
    <div className="page-heading">
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </div>
  )
}
