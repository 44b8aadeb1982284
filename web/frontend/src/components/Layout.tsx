import { useEffect, useRef } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { useMyUnit, useSettings } from '../api/queries'
import { hasRole, useSession } from '../auth/session'
import { useI18n, useSetMunicipalitySettings } from '../i18n/I18n'
import { isLanguage } from '../i18n/language'
import { LanguagePicker } from './LanguagePicker'

/**
 * Every page's frame: a skip link, the header with the main menu (only what the signed-in person can use), the
 * main landmark and the footer with the accessibility statement. After a navigation, focus moves to the new page's
 * h1 (or the main landmark), so keyboard and screen-reader users start at the new content.
 */
export function Layout() {
  const { t } = useI18n()
  const session = useSession()
  const location = useLocation()
  const firstRender = useRef(true)

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const main = document.getElementById('main')
    const heading = main?.querySelector<HTMLElement>('h1')
    ;(heading ?? main)?.focus()
  }, [location.pathname])

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="product">
            <span className="product-name">{t('app.name')}</span>
            {session.municipality && <span className="product-municipality">{session.municipality.name}</span>}
          </Link>
          <div className="header-tools">
            <LanguagePicker />
            {session.status === 'authenticated' && session.user && (
              <div className="user">
                <span className="user-name">{t('user.signedInAs', { name: session.user.name })}</span>
                <button type="button" className="button button-quiet" onClick={() => void session.signOut()}>
                  {t('user.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
        {session.status === 'authenticated' && <MainMenu />}
      </header>
      {session.status === 'authenticated' && <MunicipalitySettingsSync />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <Link to="/accessibility">{t('nav.accessibility')}</Link>
        </p>
      </footer>
    </div>
  )
}

function MainMenu() {
  const { t } = useI18n()
  const { user } = useSession()
  const { unit } = useMyUnit()
  const { pathname } = useLocation()
  const politicianOnly = hasRole(user, 'politiker') && !hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder', 'medarbeider')
  // The link to the person's own plan is there at once (no menu items moving when the tree arrives); /plan finds it.
  const onOwnPlan = pathname === '/plan' || (!!unit && pathname.startsWith(`/units/${unit.id}/plan/`))
  return (
    <nav className="main-menu" aria-label={t('nav.label')}>
      <ul>
        <li>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/org">{t('nav.org')}</NavLink>
        </li>
        <li>
          <NavLink to="/my">{t('nav.my')}</NavLink>
        </li>
        {!politicianOnly && (
          <li>
            <NavLink to="/checklists">{t('nav.checklists')}</NavLink>
          </li>
        )}
        {user?.orgUnit && (
          <li>
            <Link to="/plan" aria-current={onOwnPlan ? 'page' : undefined}>
              {t('nav.unitPlan')}
            </Link>
          </li>
        )}
        {hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder') && (
          <>
            <li>
              <NavLink to="/assignments">{t('nav.assignments')}</NavLink>
            </li>
            <li>
              <NavLink to="/overview">{t('nav.overview')}</NavLink>
            </li>
            <li>
              <NavLink to="/deviations">{t('nav.deviations')}</NavLink>
            </li>
          </>
        )}
        {hasRole(user, 'admin', 'kommunedirektor', 'kommunalsjef', 'virksomhetsleder', 'politiker') && (
          <li>
            <NavLink to="/reports">{t('nav.reports')}</NavLink>
          </li>
        )}
        <li>
          <NavLink to="/indicators">{t('nav.indicators')}</NavLink>
        </li>
        {hasRole(user, 'admin', 'kommunedirektor') && (
          <li>
            <NavLink to="/admin/plan-years">{t('nav.planYears')}</NavLink>
          </li>
        )}
        {hasRole(user, 'admin', 'kommunedirektor') && (
          <li>
            <NavLink to="/admin/checklists">{t('nav.checklistTemplates')}</NavLink>
          </li>
        )}
        {hasRole(user, 'admin') && (
          <li>
            <NavLink to="/admin/org">{t('nav.orgAdmin')}</NavLink>
          </li>
        )}
        {hasRole(user, 'admin') && (
          <li>
            <NavLink to="/admin/settings">{t('nav.settings')}</NavLink>
          </li>
        )}
      </ul>
    </nav>
  )
}

/** The municipality's language and terminology, from its settings, for every label. */
function MunicipalitySettingsSync() {
  const settings = useSettings()
  const setMunicipality = useSetMunicipalitySettings()
  useEffect(() => {
    if (settings.data) {
      setMunicipality({
        language: isLanguage(settings.data.language) ? settings.data.language : undefined,
        terminology: settings.data.terminology,
      })
    }
  }, [settings.data, setMunicipality])
  return null
}
