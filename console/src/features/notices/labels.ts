import type { NoticeStatus } from '@contract/notices-api'

/** A notice's status as a tag, the same on the list and the detail page. */
export const STATUS_LABELS: Record<NoticeStatus, { label: string; theme: 'default' | 'success' | 'warning' }> = {
  draft: { label: '草稿', theme: 'default' },
  published: { label: '已发布', theme: 'success' },
  withdrawn: { label: '已撤回', theme: 'warning' }
}
