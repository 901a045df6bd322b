export default definePageConfig({
  navigationBarTitleText: '本支部学习安排',
  // The secretary forwards the notice (not this page) to the branch's WeChat group.
  enableShareAppMessage: true
})
