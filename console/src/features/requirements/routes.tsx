import type { RouteObject } from 'react-router-dom'
import { RequirementsPage } from './RequirementsPage'

export const requirementsRoutes: RouteObject[] = [{ index: true, element: <RequirementsPage /> }]
