export default definePageConfig({
  navigationBarTitleText: '学习安排管理'
})
