/**
 * The 用户隐私保护指引 as data: every collection the functions keep
 * (cloudfunctions/_shared/data/collections.ts) is named here, either with
 * what it holds about a member, why and who sees it, or as holding nothing
 * personal. test/integration/privacy-policy.test.ts fails when a collection is
 * added and not listed here, so the guide cannot fall behind the data.
 */

export interface PolicyRecord {
  /** The collection(s) it describes (not shown; the test checks them). */
  collections: string[]
  title: string
  what: string
  why: string
  who: string
}

export const POLICY_RECORDS: PolicyRecord[] = [
  {
    collections: ['members'],
    title: '党员登记信息',
    what: '姓名、手机号、所在党组织和党小组、党员类型（正式/预备党员、入党积极分子）、人员类别（在职/离退休/流动党员）、担任的职务；绑定后还有你的微信标识（openid）。',
    why: '登记组织关系，按组织发送学习通知和会议，识别登录的是你本人。信息由支部书记录入或导入，绑定由你使用邀请码完成。',
    who: '本支部书记和上级党组织的管理者。手机号对他们只显示部分数字（如 138****1234），只有审批请假和安排送学上门时，本支部书记可以看到完整号码以便联系你。微信标识不对任何人显示。'
  },
  {
    collections: ['invites', 'shortCodes'],
    title: '加入邀请码',
    what: '书记为你生成的一次性邀请码，以及小程序码中对应它的短码。',
    why: '把你的微信与党员身份绑定。',
    who: '生成它的书记；邀请码 7 天后失效，使用后作废。'
  },
  {
    collections: ['noticeMembers'],
    title: '学习教育记录',
    what: '你何时查看学习通知、学习了哪些材料、提交的讨论回答，以及书记的批阅意见；是否已给你发过提醒。',
    why: '形成支部的学习教育记录，计算各组织的完成率。不记录停留时长，不做个人排名。',
    who: '本支部书记、上级党组织（完成率只按组织统计）。'
  },
  {
    collections: ['meetingMembers'],
    title: '组织生活记录',
    what: '你参加会议的情况：签到时间和方式（扫码或主持人标记及原因）、请假理由和审批结果、补学心得。',
    why: '形成会议记录和出席统计，为不能到会的同志安排请假、补学和送学上门。',
    who: '本支部书记、会议主持人和上级党组织。'
  },
  {
    collections: ['feedback'],
    title: '投诉建议',
    what: '你发出的投诉建议内容、发给谁、是否匿名，以及收到的答复。',
    why: '办理你反映的问题并给你答复。',
    who: '只有收件的党委组织部或党总支；你所在支部的书记和委员看不到。匿名发出的，收件人看不到你的姓名和支部。'
  },
  {
    collections: ['heldTexts'],
    title: '内容安全待审文字',
    what: '你提交的文字（讨论回答、心得、请假理由等）在微信内容安全检测要求人工复核或检测暂时失败时的暂存记录。',
    why: '按微信平台规则检测用户发布的文字，避免违规内容；复核通过后照常显示。',
    who: '负责复核的书记或组织部。'
  },
  {
    collections: ['subscriptions'],
    title: '消息订阅授权',
    what: '你在微信中同意接收的订阅消息种类和剩余条数。',
    why: '只在你同意的范围内发送学习和会议提醒，每同意一次最多发一条。',
    who: '只有系统使用，不对任何人显示。'
  },
  {
    collections: ['memberStats'],
    title: '个人汇总次数',
    what: '按周、月、季度、年汇总的你的学习和出席次数。',
    why: '支部书记查看本支部党员明细（按姓名排列，不排名），不用于考核排名。',
    who: '本支部书记及上级党组织。'
  },
  {
    collections: ['audit'],
    title: '管理操作记录',
    what: '管理者对你的登记信息、职务和绑定做过的修改（谁、何时、改了什么）。',
    why: '保障组织信息安全，可以追查误改和越权。',
    who: '党委组织部和有管理权限的书记。'
  },
  {
    collections: ['consoleSessions', 'signinRequests'],
    title: '电脑端登录记录',
    what: '只涉及组织部和书记：用电脑端管理后台时的扫码登录请求（2 分钟内有效）和登录状态。',
    why: '确认在电脑上登录的是你本人。',
    who: '只有系统使用。'
  }
]

/** Collections that hold nothing about a person (organisation data and bookkeeping). */
export const NOT_PERSONAL: Record<string, string> = {
  units: '党组织架构',
  notices: '学习教育安排本身',
  noticeUnits: '各组织的学习完成计数',
  meetings: '会议安排与会议记录（由书记撰写）',
  meetingUnits: '各组织的会议出席计数',
  meetingRules: '支部主题党日规则',
  unitStats: '各组织按期汇总的计数',
  countingLanes: '计数任务的技术记录',
  reminders: '提醒已发送的标记（保证每次只发一次）',
  quotaSettings: '党委设定的年度要求',
  migrations: '数据升级记录'
}

/** The privacy-related WeChat capabilities the app uses, each with where and why (the 指引 on the mp admin site must declare the same). */
export const PRIVACY_APIS: Array<{ name: string; use: string }> = [
  { name: '剪贴板（wx.setClipboardData）', use: '复制邀请码、签到链接、分享链接和发到微信群的通知文字' },
  { name: '选中的文件（wx.chooseMessageFile）', use: '书记导入党员名单（.xlsx）和组织部导入学习通知（.docx），只读取你选中的那一个文件' },
  { name: '订阅消息（wx.requestSubscribeMessage）', use: '在你点击「接收提醒」或请假时询问，只发你同意的那一类提醒' }
]

export const POLICY_SECTIONS: Array<{ title: string; paragraphs: string[] }> = [
  {
    title: '保存多久',
    paragraphs: [
      '在你属于本组织期间保存。学习教育和组织生活记录属于党组织的工作记录，按党组织档案管理的要求保存。',
      '组织关系转出或被停用后，你的微信标识和职务立即清除，不能再用此微信登录；其余记录作为组织记录保留。邀请码 7 天后自动失效。'
    ]
  },
  {
    title: '你可以做什么',
    paragraphs: [
      '查看和导出：在「我的 → 我的数据」查看系统保存的关于你的全部记录，并导出为 Excel 文件。',
      '更正：登记信息（姓名、手机号、所在组织、党员类型等）如有错误，请联系本支部书记修改；修改会留下管理操作记录。',
      '反映问题：在「我的 → 投诉建议」向党委组织部或党总支反映，可以匿名。'
    ]
  },
  {
    title: '我们不做的事',
    paragraphs: [
      '不记录你在页面的停留时长和在线时长，不做个人积分排名，不强制每日签到。',
      '不获取你的位置、照片、通讯录、麦克风或微信绑定的手机号。',
      '不向党组织以外的任何人提供你的信息，没有广告和第三方统计。'
    ]
  }
]
