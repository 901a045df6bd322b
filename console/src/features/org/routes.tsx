import type { RouteObject } from 'react-router-dom'
import { OrgPage } from './OrgPage'

export const orgRoutes: RouteObject[] = [{ index: true, element: <OrgPage /> }]
