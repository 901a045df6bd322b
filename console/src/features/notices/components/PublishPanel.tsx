import { useState } from 'react'
import { Button, DialogPlugin, MessagePlugin, TreeSelect } from 'tdesign-react'
import type { UnitView } from '@contract/org'
import { unitNodes } from '../../../lib/unit-tree'
import { toApiError } from '../../../api/errors'
import { useCall } from '../../../lib/use-call'
import { publishNotice, unitTree } from '../api'

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
        data={tree.data ? unitNodes(tree.data, { keep: notGroup }) : []}
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

/** A notice or a dashboard view is about branches and the units above them; a 党小组 is never chosen here. */
const notGroup = (unit: UnitView): boolean => unit.type !== 'group'
