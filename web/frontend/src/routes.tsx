import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { Layout } from './components/Layout'
import { RequireSession } from './components/RequireSession'
import { AccessibilityPage } from './pages/AccessibilityPage'
import { CallbackPage } from './pages/CallbackPage'
import { HomePage } from './pages/HomePage'
import { LetterPage } from './pages/LetterPage'
import { MyPlanPage } from './pages/MyPlanPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { OrgUnitPage } from './pages/OrgUnitPage'
import { PlanYearsPage } from './pages/PlanYearsPage'
import { SettingsPage } from './pages/SettingsPage'
import { UnitPlanPage } from './pages/UnitPlanPage'

/**
 * The pages of the assignments, indicators, checklists and reporting services load when first opened (their own script files), so the
 * first page stays small.
 */
const lazyPages: RouteObject[] = [
  { path: 'my', lazy: async () => ({ Component: (await import('./pages/MyPage')).MyPage }) },
  { path: 'assignments', lazy: async () => ({ Component: (await import('./pages/AssignmentsPage')).AssignmentsPage }) },
  { path: 'units/:unitId/assignments', lazy: async () => ({ Component: (await import('./pages/AssignmentsPage')).AssignmentsPage }) },
  { path: 'units/:unitId/assignments/new', lazy: async () => ({ Component: (await import('./pages/NewAssignmentPage')).NewAssignmentPage }) },
  { path: 'assignments/:id', lazy: async () => itemPage('ASSIGNMENT') },
  { path: 'delegations/:id', lazy: async () => itemPage('DELEGATION') },
  { path: 'tasks/:id', lazy: async () => itemPage('TASK') },
  { path: 'overview', lazy: async () => ({ Component: (await import('./pages/OverviewPage')).OverviewPage }) },
  { path: 'overview/:unitId', lazy: async () => ({ Component: (await import('./pages/OverviewPage')).OverviewPage }) },
  { path: 'indicators', lazy: async () => ({ Component: (await import('./pages/IndicatorsPage')).IndicatorsPage }) },
  { path: 'indicators/upload', lazy: async () => ({ Component: (await import('./pages/UploadPage')).UploadPage }) },
  { path: 'indicators/:indicatorId', lazy: async () => ({ Component: (await import('./pages/IndicatorPage')).IndicatorPage }) },
  { path: 'checklists', lazy: async () => ({ Component: (await import('./pages/ChecklistsPage')).ChecklistsPage }) },
  { path: 'checklists/overview', lazy: async () => ({ Component: (await import('./pages/ChecklistOverviewPage')).ChecklistDistributionsPage }) },
  { path: 'checklists/overview/:distributionId', lazy: async () => ({ Component: (await import('./pages/ChecklistOverviewPage')).ChecklistOverviewPage }) },
  { path: 'checklists/:responseId', lazy: async () => ({ Component: (await import('./pages/ChecklistPage')).ChecklistPage }) },
  { path: 'deviations', lazy: async () => ({ Component: (await import('./pages/DeviationsPage')).DeviationsPage }) },
  { path: 'units/:unitId/deviations', lazy: async () => ({ Component: (await import('./pages/DeviationsPage')).DeviationsPage }) },
  { path: 'admin/checklists', lazy: async () => ({ Component: (await import('./pages/ChecklistTemplatesPage')).ChecklistTemplatesPage }) },
  { path: 'admin/checklists/new', lazy: async () => ({ Component: (await import('./pages/NewTemplatePage')).NewTemplatePage }) },
  { path: 'admin/checklists/:templateId/distribute', lazy: async () => ({ Component: (await import('./pages/DistributePage')).DistributePage }) },
  { path: 'reports', lazy: async () => ({ Component: (await import('./pages/ReportsPage')).ReportsPage }) },
  { path: 'units/:unitId/reports', lazy: async () => ({ Component: (await import('./pages/ReportsPage')).ReportsPage }) },
  { path: 'admin/org', lazy: async () => ({ Component: (await import('./pages/OrgAdminPage')).OrgAdminPage }) },
  { path: 'reports/:reportId', lazy: async () => ({ Component: (await import('./pages/ReportPage')).ReportPage }) },
]

async function itemPage(kind: 'ASSIGNMENT' | 'DELEGATION' | 'TASK') {
  const { ItemPage } = await import('./pages/ItemPage')
  return { Component: () => <ItemPage kind={kind} /> }
}

/**
 * The app's pages. The gateway serves index.html for every one
 * of these paths (segments without a dot), so they can be bookmarked.
 */
export const pageRoutes: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'callback', element: <CallbackPage /> },
  { path: 'accessibility', element: <AccessibilityPage /> },
  {
    element: <RequireSession />,
    children: [
      { path: 'org', element: <OrgUnitPage /> },
      { path: 'org/:unitId', element: <OrgUnitPage /> },
      { path: 'plan', element: <MyPlanPage /> },
      { path: 'units/:unitId/plan/:year', element: <UnitPlanPage /> },
      { path: 'letters/:letterId', element: <LetterPage /> },
      { path: 'admin/plan-years', element: <PlanYearsPage /> },
      { path: 'admin/settings', element: <SettingsPage /> },
      ...lazyPages,
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]

export function routes(root: ReactNode): RouteObject[] {
  return [{ element: root, children: [{ element: <Layout />, children: pageRoutes }] }]
}
