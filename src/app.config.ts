// Main package = the three tab pages only, so it stays far below WeChat's 2 MB.
// Every later feature ships as a subpackage under packages/<feature>/.
export default defineAppConfig({
  // WeChat's privacy check (用户隐私保护指引 agreed before privacy APIs; src/lib/privacy.ts asks for it).
  __usePrivacyCheck__: true,
  pages: ['pages/home/index', 'pages/work/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/org',
      pages: ['pages/members/index', 'pages/invite/index', 'pages/join/index', 'pages/units/index', 'pages/import/index', 'pages/audit/index']
    },
    {
      root: 'packages/notices',
      pages: ['pages/detail/index', 'pages/import/index', 'pages/branch/index', 'pages/manage/index']
    },
    {
      root: 'packages/meetings',
      pages: [
        'pages/manage/index',
        'pages/rule/index',
        'pages/edit/index',
        'pages/detail/index',
        'pages/screen/index',
        'pages/checkin/index',
        'pages/record/index',
        'pages/makeup/index'
      ]
    },
    {
      root: 'packages/dashboard',
      // pages/index/index is also what the monthly reminder and the weekly digest open.
      pages: ['pages/index/index', 'pages/quotas/index']
    },
    {
      root: 'packages/feedback',
      // 投诉建议: the member's page (send, own items, replies) and the recipient's inbox.
      pages: ['pages/mine/index', 'pages/inbox/index']
    },
    {
      root: 'packages/me',
      // 隐私政策 (用户隐私保护指引) and 我的数据 (view and export what is stored about me).
      pages: ['pages/privacy/index', 'pages/data/index']
    },
    {
      root: 'packages/signin',
      // 在电脑上登录管理端？: the page the console's 小程序码 opens (SIGNIN_CONFIRM_PAGE).
      pages: ['pages/confirm/index']
    }
  ],
  window: {
    navigationBarTitleText: '党员学习教育',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'light'
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/work/index', text: '工作台' },
      { pagePath: 'pages/me/index', text: '我的' }
    ]
  }
})
