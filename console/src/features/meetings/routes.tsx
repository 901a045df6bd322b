import type { RouteObject } from 'react-router-dom'
import { MeetingDetailPage } from './MeetingDetailPage'
import { MeetingsListPage } from './MeetingsListPage'

export const meetingsRoutes: RouteObject[] = [
  { index: true, element: <MeetingsListPage /> },
  { path: ':id', element: <MeetingDetailPage /> }
]
