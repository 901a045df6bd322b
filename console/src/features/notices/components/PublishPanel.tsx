import { useState } from 'react'
import { Button, DialogPlugin, MessagePlugin, TreeSelect } from 'tdesign-react'
import type { UnitView } from '@contract/org'
import { toApiError } from '../../../api/errors'
import { useCall } from '../../../lib/use-call'
import { publishNotice, unitTree } from '../api'

interface TreeNode {
  value: string
  label: string
  children?: TreeNode[]
}

/** The unit tree without 党小组 (a notice goes to branches; a 党总支 stands for all its branches). */
export function treeOf(units: UnitView[]): TreeNode[] {
  const shown = units.filter((unit) => unit.type !== 'group')
  const byParent = new Map<string | null, UnitView[]>()
  for (const unit of shown) byParent.set(unit.parentId, [...(byParent.get(unit.parentId) ?? []), unit])
  const ids = new Set(shown.map((unit) => unit.id))
  const build = (unit: UnitView): TreeNode => {
    const children = (byParent.get(unit.id) ?? []).map(build)
    return { value: unit.id, label: unit.name, ...(children.length ? { children } : {}) }
  }
  return shown.filter((unit) => unit.parentId === null || !ids.has(unit.parentId)).map(build)
}

/**
 * 发布到: the chosen units (none chosen: the whole tree in scope). A notice
 * whose study day has passed is published only after a second, explicit yes.
 */
export function PublishPanel(props: { prepare: () => Promise<string | null>; onPublished: (id: string) => void }) {
  const tree = useCall('units', unitTree)
  const [chosen, setChosen] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const publish = async (allowPast: boolean, savedId?: string): Promise<void> => {
    setBusy(true)
    let noticeId: string | null = savedId ?? null
    try {
      noticeId = noticeId ?? (await props.prepare())
      if (!noticeId) return
      const result = await publishNotice(noticeId, chosen, allowPast)
      void MessagePlugin.success(`已发布到 ${result.branches} 个党支部，共 ${result.assigned} 名党员`)
      props.onPublished(noticeId)
    } catch (error) {
      const apiError = toApiError(error)
      const id = noticeId
      if (apiError.code === 'NOTICE_IN_PAST' && !allowPast && id) {
        const dialog = DialogPlugin.confirm({
          header: '学习日期已过',
          body: `${apiError.message} 仍要发布吗？`,
          confirmBtn: '仍然发布',
          cancelBtn: '取消',
          onConfirm: () => {
            dialog.hide()
            void publish(true, id)
          },
          onClose: () => dialog.hide()
        })
      } else void MessagePlugin.error(apiError.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="publish-panel" aria-label="发布">
      <h3>发布范围</h3>
      <TreeSelect
        data={tree.data ? treeOf(tree.data) : []}
        value={chosen}
        onChange={(value) => setChosen((value as string[]).map(String))}
        multiple
        valueType="value"
        treeProps={{ valueMode: 'parentFirst', expandAll: true, checkable: true }}
        placeholder={tree.error ? tree.error.message : '不选则发布到全部党支部'}
        loading={tree.loading}
        clearable
        minCollapsedNum={4}
        data-testid="publish-units"
      />
      <Button theme="primary" loading={busy} onClick={() => void publish(false)} data-testid="publish">
        发布
      </Button>
    </section>
  )
}
