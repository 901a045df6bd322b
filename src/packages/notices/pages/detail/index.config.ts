export default definePageConfig({
  navigationBarTitleText: '学习安排',
  // useShareAppMessage needs this on weapp: members forward the notice to others.
  enableShareAppMessage: true
})
