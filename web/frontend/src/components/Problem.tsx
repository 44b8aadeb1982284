import { ApiError } from '../api/client'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

export function messageKeyOf(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) {
    return 'error.generic'
  }
  switch (error.status) {
    case 0:
      return 'error.network'
    case 400:
    case 422:
      return 'error.invalid'
    case 403:
      return 'error.forbidden'
    case 404:
      return 'error.notFound'
    case 409:
    case 412:
      return 'error.conflict'
    case 429:
      return 'error.rateLimited'
    case 502:
    case 503:
    case 504:
      return 'error.unavailable'
    default:
      return 'error.generic'
  }
}

/** A failed request in words, with the service's own explanation when it gave one that helps (4xx). */
export function ProblemMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n()
  const detail = error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401
    ? error.problem?.detail
    : undefined
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(messageKeyOf(error))}</p>
      {detail && <p className="problem-detail">{t('error.detail', { detail })}</p>}
      {retry && (
        <button type="button" className="button button-secondary" onClick={retry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  )
}

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  )
}
