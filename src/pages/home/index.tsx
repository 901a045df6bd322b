import { View } from '@tarojs/components'
import { ErrorView, LoadingView } from '@/components/RequestStates'
import { useWhoami } from '@/lib/use-whoami'
import { HomeMeetings } from '@/features/meetings/components/HomeMeetings'
import { HomeNotices } from '@/features/notices/components/HomeNotices'
import { JoinEntry } from '@/features/me/components/JoinEntry'
import { TabPage } from '@/layouts/TabPage'

export default function HomePage() {
  const { data, error, loading, refetch } = useWhoami()

  return (
    <TabPage>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && (
        <>
          <View className="ps-greeting">你好，{data.member ? data.member.name : '访客'}</View>
          {data.member ? (
            <>
              <HomeMeetings key={`meetings-${data.member.id}`} />
              <HomeNotices key={`notices-${data.member.id}`} memberId={data.member.id} />
            </>
          ) : (
            <JoinEntry />
          )}
        </>
      )}
    </TabPage>
  )
}
