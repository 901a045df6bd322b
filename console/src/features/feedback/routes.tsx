import type { RouteObject } from 'react-router-dom'
import { FeedbackInboxPage } from './FeedbackInboxPage'

export const feedbackRoutes: RouteObject[] = [{ index: true, element: <FeedbackInboxPage /> }]
