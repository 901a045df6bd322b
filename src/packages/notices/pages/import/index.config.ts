export default definePageConfig({
  navigationBarTitleText: '导入学习安排'
})
