import type { ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { Capability, UnitType } from '@contract/org'
import type { WorkbenchScope } from '@contract/me'
import { EmptyView } from '@/components/RequestStates'
import { UNIT_TYPE_LABELS } from '@/lib/org-labels'
import { routes } from '@/routes'
import { Button } from '@/ui/button'
import './Workbench.css'

interface Entry {
  text: string
  hint: string
  /** Any one of these capabilities shows the entry. */
  needs: Capability[]
  /** Only at these kinds of unit (all when absent). */
  at?: UnitType[]
  url: (unitId: string) => string
}

/** The 工作台's entries, in the order people use them. */
const ENTRIES: Entry[] = [
  // Study notices: the 组织部 plans them for the whole tree, 党总支 follow them, each 党支部 runs its own.
  { text: '导入学习安排', hint: '识别、核对、发布', needs: ['notices.publish'], url: () => routes.noticeImport() },
  { text: '学习安排管理', hint: '各期完成率、时间调整', needs: ['notices.run'], at: ['committee', 'general_branch'], url: routes.noticeManage },
  { text: '本支部学习安排', hint: '推送、催办、批阅、记录', needs: ['notices.run'], at: ['branch'], url: routes.noticeManage },
  // Meetings: 主题党日 and 三会一课, held by a branch or (for everyone under it) a general branch or the committee.
  { text: '组织生活', hint: '主题党日、三会一课、签到', needs: ['meetings.run'], at: ['committee', 'general_branch', 'branch'], url: routes.meetingManage },
  // Participation at a glance: the 组织部, 党总支 and 支部 secretaries, each for their own unit and below.
  {
    text: '数据看板',
    hint: '学习、讨论、出席、年度要求',
    needs: ['dashboard.view'],
    at: ['committee', 'general_branch', 'branch'],
    url: (unitId) => routes.dashboard(unitId)
  },
  { text: '投诉建议', hint: '待处理的投诉和建议', needs: ['feedback.receive'], at: ['committee', 'general_branch'], url: () => routes.feedbackInbox() },
  { text: '年度要求设置', hint: '各支部每年应开展的次数', needs: ['quotas.manage'], url: () => routes.dashboardQuotas() },
  { text: '党员管理', hint: '名单、邀请、职务', needs: ['members.view', 'members.manage'], url: routes.orgMembers },
  { text: '组织架构', hint: '下级组织与人数', needs: ['units.manage'], url: () => routes.orgUnits() },
  { text: '批量导入', hint: '用表格添加党员', needs: ['members.import'], url: routes.orgImport },
  { text: '操作记录', hint: '谁在何时做了什么', needs: ['audit.view'], url: routes.orgAudit }
]

function open(url: string) {
  void Taro.navigateTo({ url })
}

/**
 * One card per unit the caller manages, with an entry per thing they may do there.
 * `scopeExtras` renders what another feature adds to a unit's card above its
 * entries (the page composes it, since features do not import each other).
 */
export function Workbench({ scopes, scopeExtras }: { scopes: WorkbenchScope[]; scopeExtras?: (scope: WorkbenchScope) => ReactNode }) {
  if (scopes.length === 0) return <EmptyView text="你目前没有管理职务" />
  return (
    <View className="ps-work">
      {scopes.map((scope) => {
        const entries = ENTRIES.filter(
          (entry) => entry.needs.some((need) => scope.capabilities.includes(need)) && (!entry.at || entry.at.includes(scope.unitType))
        )
        return (
          <View key={scope.unitId} className="ps-work-scope">
            <View className="ps-work-scope__head">
              <Text className="ps-work-scope__name">{scope.unitName}</Text>
              <Text className="ps-work-scope__type">{UNIT_TYPE_LABELS[scope.unitType]}</Text>
            </View>
            {scopeExtras?.(scope)}
            {entries.length === 0 ? (
              <View className="ps-work-scope__none">暂无可用功能</View>
            ) : (
              <View className="ps-work-entries">
                {entries.map((entry) => (
                  <View key={entry.text} className="ps-work-entry" onClick={() => open(entry.url(scope.unitId))}>
                    <Text className="ps-work-entry__text">{entry.text}</Text>
                    <Text className="ps-work-entry__hint">{entry.hint}</Text>
                  </View>
                ))}
              </View>
            )}
          </View>
        )
      })}
    </View>
  )
}

/** Not a member yet: nothing to manage, one way forward. */
export function WorkbenchJoin() {
  return (
    <View className="ps-work-no-member">
      <EmptyView text="请先使用邀请码加入" />
      <View className="ps-work-join-box">
        <Button className="ps-work-join" type="primary" onClick={() => open(routes.orgJoin())}>
          使用邀请码加入
        </Button>
      </View>
    </View>
  )
}
