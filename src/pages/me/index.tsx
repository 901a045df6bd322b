import { ErrorView, LoadingView } from '@/components/RequestStates'
import { LargeTextSwitch } from '@/features/display/LargeTextSwitch'
import { FeedbackEntry } from '@/features/feedback/components/FeedbackEntry'
import { MemberProfile } from '@/features/me/components/MemberProfile'
import { MyHistory } from '@/features/me/components/MyHistory'
import { PrivacyEntries } from '@/features/me/components/PrivacyEntries'
import { useWhoami } from '@/lib/use-whoami'
import { TabPage } from '@/layouts/TabPage'

export default function MePage() {
  const { data, error, loading, refetch } = useWhoami()

  return (
    <TabPage>
      {loading && <LoadingView />}
      {error && <ErrorView error={error} onRetry={refetch} />}
      {data && <MemberProfile member={data.member} />}
      {data?.member && <MyHistory key={data.member.id} memberId={data.member.id} />}
      {data?.member && <FeedbackEntry />}
      {data && <PrivacyEntries member={Boolean(data.member)} />}
      {/* 适老化: offered to everyone, member or not, and working before any data has loaded. */}
      <LargeTextSwitch />
    </TabPage>
  )
}
