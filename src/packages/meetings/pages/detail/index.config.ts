export default definePageConfig({
  navigationBarTitleText: '会议',
  // useShareAppMessage needs this on weapp: the secretary forwards the meeting to the branch's group.
  enableShareAppMessage: true
})
