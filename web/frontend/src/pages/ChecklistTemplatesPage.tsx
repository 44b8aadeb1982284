import { Link } from 'react-router'
import { useTemplates } from '../api/checklistQueries'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

/** The municipality's checklist templates (latest versions), with the way to define one and to give one to units. */
export function ChecklistTemplatesPage() {
  const { t, formatDateTime } = useI18n()
  const { user } = useSession()
  const templates = useTemplates()
  return (
    <>
      <PageHeading title={t('templates.title')}>
        <p className="lead">{t('templates.intro')}</p>
      </PageHeading>
      {hasRole(user, 'admin', 'kommunedirektor') && (
        <p>
          <Link className="button button-primary" to="/admin/checklists/new">
            {t('templates.new')}
          </Link>
        </p>
      )}
      {templates.isPending ? (
        <Loading />
      ) : templates.isError ? (
        <ProblemMessage error={templates.error} retry={() => void templates.refetch()} />
      ) : templates.data.length === 0 ? (
        <p>{t('templates.none')}</p>
      ) : (
        <TableScroll labelledBy="templates-caption">
          <table className="table-stack">
            <caption id="templates-caption">{t('templates.caption', { count: templates.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('templates.name')}</th>
                <th scope="col">{t('templates.area')}</th>
                <th scope="col">{t('templates.version')}</th>
                <th scope="col">{t('templates.questions')}</th>
                <th scope="col">{t('templates.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {templates.data.map(template => (
                <tr key={template.id}>
                  <th scope="row" data-label={t('templates.name')}>
                    {template.name}
                    {template.description && <span className="hint">{template.description}</span>}
                  </th>
                  <td data-label={t('templates.area')}>{t(`area.${template.area}` as MessageKey)}</td>
                  <td data-label={t('templates.version')}>
                    {t('templates.versionOf', { version: template.version, at: formatDateTime(template.createdAt) })}
                  </td>
                  <td data-label={t('templates.questions')}>{template.questions}</td>
                  <td data-label={t('templates.actions')}>
                    <Link to={`/admin/checklists/${template.id}/distribute`}>
                      {t('templates.distribute')}
                      {' '}<span className="visually-hidden">({template.name})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
