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
 * The app's pages. Min side, assignments, checklists, indicators and reports come when their services do. The
 * gateway serves index.html for every one of these paths (segments without a dot), so they can be bookmarked.
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
    ],
  },
  { path: '*', element: <NotFoundPage /> },
]

export function routes(root: ReactNode): RouteObject[] {
  return [{ element: root, children: [{ element: <Layout />, children: pageRoutes }] }]
}
