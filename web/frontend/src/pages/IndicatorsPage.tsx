import { Link } from 'react-router'
import { useIndicators } from '../api/assignmentQueries'
import { PageHeading } from '../components/PageHeading'
import { Loading, ProblemMessage } from '../components/Problem'
import { TableScroll } from '../components/TableScroll'
import type { MessageKey } from '../i18n/nb'
import { useI18n } from '../i18n/I18n'

/** The municipality's indicators (nøkkeltall): what each measures, how often, and where its values come from. */
export function IndicatorsPage() {
  const { t, language } = useI18n()
  const indicators = useIndicators()
  return (
    <>
      <PageHeading title={t('indicators.title')}>
        <p className="lead">{t('indicators.intro')}</p>
      </PageHeading>
      <p>
        <Link className="button button-secondary" to="/indicators/upload">
          {t('indicators.uploadLink')}
        </Link>
      </p>
      {indicators.isPending ? (
        <Loading />
      ) : indicators.isError ? (
        <ProblemMessage error={indicators.error} retry={() => void indicators.refetch()} />
      ) : indicators.data.length === 0 ? (
        <p>{t('indicators.none')}</p>
      ) : (
        <TableScroll labelledBy="indicators-caption">
          <table className="table-stack">
            <caption id="indicators-caption">{t('indicators.caption', { count: indicators.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.name')}</th>
                <th scope="col">{t('indicators.serviceArea')}</th>
                <th scope="col">{t('indicators.unitOfMeasure')}</th>
                <th scope="col">{t('indicators.periodicity')}</th>
                <th scope="col">{t('indicators.aggregation')}</th>
                <th scope="col">{t('indicators.source')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.data.map(indicator => (
                <tr key={indicator.id}>
                  <th scope="row" data-label={t('indicators.name')}>
                    <Link to={`/indicators/${indicator.id}`}>{indicator.names[language]}</Link>
                    <span className="hint">{indicator.key}</span>
                  </th>
                  <td data-label={t('indicators.serviceArea')}>{indicator.serviceArea}</td>
                  <td data-label={t('indicators.unitOfMeasure')}>{indicator.unitOfMeasure}</td>
                  <td data-label={t('indicators.periodicity')}>{t(`periodicity.${indicator.periodicity}` as MessageKey)}</td>
                  <td data-label={t('indicators.aggregation')}>{t(`aggregation.${indicator.aggregation}` as MessageKey)}</td>
                  <td data-label={t('indicators.source')}>
                    {indicator.source === 'MANUAL' ? t('indicators.manual') : indicator.source}
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
