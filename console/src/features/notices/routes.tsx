import type { RouteObject } from 'react-router-dom'
import { NoticeComposePage } from './NoticeComposePage'
import { NoticeDetailPage } from './NoticeDetailPage'
import { NoticesListPage } from './NoticesListPage'

export const noticesRoutes: RouteObject[] = [
  { index: true, element: <NoticesListPage /> },
  { path: 'new', element: <NoticeComposePage /> },
  { path: ':id', element: <NoticeDetailPage /> }
]
