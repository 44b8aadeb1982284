import { useI18n } from '../i18n/I18n'

/**
 * Pages through a long list the service gives a page at a time: previous and next, and where one is ("page 2 of 5"
 * when the service tells the total, else "page 2"), told to screen readers as it changes.
 */
export function Pager({ page, pages, hasNext, onPage, label }: {
  /** 0-based, as the services count. */
  page: number
  /** The number of pages, if the service tells the total. */
  pages?: number
  hasNext: boolean
  onPage: (page: number) => void
  label: string
}) {
  const { t } = useI18n()
  if (page === 0 && !hasNext) {
    return null
  }
  return (
    <nav className="pager inline-fields" aria-label={label}>
      <button type="button" className="button button-secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      <span role="status">{pages ? t('pager.pageOf', { page: page + 1, pages }) : t('pager.page', { page: page + 1 })}</span>
      <button type="button" className="button button-secondary" disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  )
}
