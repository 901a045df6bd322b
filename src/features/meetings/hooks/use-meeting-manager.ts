import { useState } from 'react'
import type { WorkbenchScope } from '@contract/me'
import type { MeetingSummary } from '@contract/meetings-api'
import { usePageMessageInbox } from '@/lib/page-messages'
import { usePagedList, type PagedListState } from '@/lib/use-paged-list'
import { useShownAgain } from '@/lib/use-shown-again'
import { listMeetings } from '../api'
import type { RuleResult } from '../rule-result'

const PAGE_SIZE = 20

/** What 组织生活 shows for a unit; the page only lays it out. */
export interface MeetingManager {
  /** 已召开 (true) or 即将召开. */
  past: boolean
  setPast: (past: boolean) => void
  list: PagedListState<MeetingSummary>
  /** What the rule page just saved (and generated) for this unit, shown once back here. */
  ruleResult: RuleResult | null
}

export function useMeetingManager(scope: WorkbenchScope): MeetingManager {
  const [past, setPast] = useState(false)
  const list = usePagedList<MeetingSummary>(`${scope.unitId}:${past}`, (page) =>
    listMeetings({ view: 'manage', unitId: scope.unitId, past, page, pageSize: PAGE_SIZE })
  )
  const [ruleResult, setRuleResult] = useState<RuleResult | null>(null)
  const savedRules = usePageMessageInbox('meetings.rule-saved')
  // Back from the rule, a new meeting or an edit: show what changed (and what the rule generated).
  useShownAgain(() => {
    const result = savedRules.take()
    if (result && result.unitId === scope.unitId) setRuleResult(result)
    list.refresh()
  })
  return { past, setPast, list, ruleResult }
}
