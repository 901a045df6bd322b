export default definePageConfig({
  navigationBarTitleText: '组织架构'
})
