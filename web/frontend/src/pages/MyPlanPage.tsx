import { Navigate } from 'react-router'
import { currentYear, useMyUnit, usePlanYears } from '../api/queries'
import { PageHeading } from '../components/PageHeading'
import { Loading } from '../components/Problem'
import { useI18n } from '../i18n/I18n'

/** The person's own unit's plan for the current plan year: found from their org_unit, then shown at its own address. */
export function MyPlanPage() {
  const { t } = useI18n()
  const { unit, isLoading } = useMyUnit()
  const planYears = usePlanYears()
  if (isLoading || planYears.isPending) {
    return (
      <>
        <PageHeading title={t('nav.unitPlan')} />
        <Loading />
      </>
    )
  }
  if (!unit) {
    return (
      <>
        <PageHeading title={t('nav.unitPlan')} />
        <p className="notice notice-info">{t('home.noUnit')}</p>
      </>
    )
  }
  return <Navigate to={`/units/${unit.id}/plan/${currentYear(planYears.data)}`} replace />
}
