import { EmptyView } from '@/components/RequestStates'
import { TabPage } from '@/layouts/TabPage'

export default function WorkPage() {
  return (
    <TabPage>
      <EmptyView text="暂无待办" />
    </TabPage>
  )
}
