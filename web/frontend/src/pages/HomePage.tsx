import { Link } from 'react-router'
import { currentYear, useMyUnit, usePlanYears } from '../api/queries'
import { hasRole, useSession } from '../auth/session'
import { PageHeading } from '../components/PageHeading'
import { Loading } from '../components/Problem'
import { useI18n } from '../i18n/I18n'
import { LoginPage } from './LoginPage'

/** The start page: the sign-in page while signed out; then the person's unit, its plan and their shortcuts. */
export function HomePage() {
  const session = useSession()
  if (session.status === 'loading') {
    return <Loading />
  }
  if (session.status !== 'authenticated' || !session.user) {
    return <LoginPage />
  }
  return <Welcome />
}

function Welcome() {
  const { t, term } = useI18n()
  const { user, municipality } = useSession()
  const { unit, isLoading } = useMyUnit()
  const planYears = usePlanYears()
  const year = currentYear(planYears.data)
  const active = planYears.data?.find(y => y.state === 'ACTIVE')

  return (
    <>
      <PageHeading title={t('home.title', { name: user?.name ?? '' })}>
        <p className="lead">{t('home.intro', { municipality: municipality?.name ?? '' })}</p>
      </PageHeading>

      <div className="cards">
        <section className="card" aria-labelledby="home-unit">
          <h2 id="home-unit">{t('home.unit')}</h2>
          {isLoading ? (
            <Loading />
          ) : unit ? (
            <>
              <p className="card-title">{unit.name}</p>
              <ul className="link-list">
                <li>
                  <Link to={`/units/${unit.id}/plan/${year}`}>{t('home.openPlan', { year, unit: unit.name })}</Link>
                </li>
                <li>
                  <Link to={`/org/${unit.id}`}>{t('home.openUnit', { unit: unit.name })}</Link>
                </li>
              </ul>
            </>
          ) : (
            <p>{t('home.noUnit')}</p>
          )}
          {user && user.roles.length > 0 && (
            <p>
              <span className="label">{t('home.roles')}:</span> {user.roles.map(role => term(`role.${role}`)).join(', ')}
            </p>
          )}
          {planYears.data && <p>{active ? t('home.activeYear', { year: active.year }) : t('home.noActiveYear')}</p>}
        </section>

        <section className="card" aria-labelledby="home-shortcuts">
          <h2 id="home-shortcuts">{t('home.shortcuts')}</h2>
          <ul className="link-list">
            <li>
              <Link to="/org">{t('nav.org')}</Link>
              <span className="hint">{t('home.orgLink')}</span>
            </li>
            {hasRole(user, 'admin', 'kommunedirektor') && (
              <li>
                <Link to="/admin/plan-years">{t('nav.planYears')}</Link>
                <span className="hint">{t('home.planYearsLink')}</span>
              </li>
            )}
            {hasRole(user, 'admin') && (
              <li>
                <Link to="/admin/settings">{t('nav.settings')}</Link>
                <span className="hint">{t('home.settingsLink')}</span>
              </li>
            )}
          </ul>
        </section>
      </div>
    </>
  )
}
