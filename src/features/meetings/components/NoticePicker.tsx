import { Text, View } from '@tarojs/components'
import { usePublishedNotices } from '@/lib/use-published-notices'
import { Input } from '@/ui/input'

/**
 * 集体学习's study notice: the unit's recent published notices as chips, or
 * an id typed by hand when the list cannot load (or the notice is older).
 * Its materials become the 补学 materials on the server.
 */
export function NoticePicker({ unitId, value, onChange }: { unitId: string; value: string; onChange: (noticeId: string) => void }) {
  const { published, error, loading } = usePublishedNotices(unitId, 10)
  const listed = published.some((notice) => notice.id === value)
  return (
    <View className="ps-notice-picker">
      {loading && <View className="ps-muted">正在读取学习安排…</View>}
      {error && <View className="ps-muted">学习安排读取失败（{error.message}），可直接填写编号。</View>}
      <View className="ps-m-chips">
        <Text className={`ps-tag ps-notice-pick${value ? '' : ' ps-tag--on'}`} onClick={() => onChange('')}>
          不关联
        </Text>
        {published.map((notice) => (
          <Text key={notice.id} className={`ps-tag ps-notice-pick${notice.id === value ? ' ps-tag--on' : ''}`} onClick={() => onChange(notice.id)}>
            {notice.title}
          </Text>
        ))}
      </View>
      {(!listed || error) && (
        <Input className="ps-meeting-notice-id" value={value} maxLength={120} placeholder="或填写学习安排编号" onChange={(next) => onChange(next.trim())} />
      )}
    </View>
  )
}
