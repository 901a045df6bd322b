import type { ReactElement } from 'react'
import type { RouteObject } from 'react-router-dom'
import { CalendarIcon, ChartBarIcon, ChatIcon, FilePasteIcon, FlagIcon, UsergroupIcon } from 'tdesign-icons-react'
import type { Capability } from '@contract/org'
import { dashboardRoutes } from '../features/dashboard/routes'
import { noticesRoutes } from '../features/notices/routes'
import { feedbackRoutes } from '../features/feedback/routes'
import { meetingsRoutes } from '../features/meetings/routes'
import { orgRoutes } from '../features/org/routes'
import { requirementsRoutes } from '../features/requirements/routes'

/**
 * Every page of the console, once: the side menu and the router both read
 * this list. A new page (组织与党员, 年度要求, 组织生活, 投诉建议…) adds one entry
 * here and its routes in its feature folder; the menu shows it to whoever
 * holds any of its capabilities (as the functions will check them again).
 */
export interface ConsolePage {
  /** First path segment under /console/, also the menu's value. */
  path: string
  label: string
  icon: ReactElement
  /** Shown to a member holding any of these on some unit. */
  capabilities: Capability[]
  /** The page's routes relative to its path (index first). */
  routes: RouteObject[]
}

export const CONSOLE_PAGES: ConsolePage[] = [
  { path: 'dashboard', label: '数据看板', icon: <ChartBarIcon />, capabilities: ['dashboard.view'], routes: dashboardRoutes },
  { path: 'notices', label: '学习安排', icon: <FilePasteIcon />, capabilities: ['notices.publish', 'notices.run'], routes: noticesRoutes },
  { path: 'org', label: '组织与党员', icon: <UsergroupIcon />, capabilities: ['members.view'], routes: orgRoutes },
  { path: 'requirements', label: '年度要求', icon: <FlagIcon />, capabilities: ['dashboard.view', 'quotas.manage'], routes: requirementsRoutes },
  { path: 'meetings', label: '组织生活', icon: <CalendarIcon />, capabilities: ['meetings.run'], routes: meetingsRoutes },
  { path: 'feedback', label: '投诉建议', icon: <ChatIcon />, capabilities: ['feedback.receive'], routes: feedbackRoutes }
]
