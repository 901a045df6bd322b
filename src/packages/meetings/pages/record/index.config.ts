export default definePageConfig({
  navigationBarTitleText: '考勤与记录'
})
