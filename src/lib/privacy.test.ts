/**
 * The agreement gate (src/lib/privacy.ts) on both platforms, with Taro and
 * the browser's storage replaced by fakes.
 */
type Listener = (resolve: (option: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void

const taro = {
  onNeedPrivacyAuthorization: jest.fn<void, [Listener]>(),
  requirePrivacyAuthorize: jest.fn<void, [{ success: () => void; fail: () => void }]>()
}
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: taro }))

type PrivacyModule = typeof import('./privacy')
const load = (): PrivacyModule => {
  let mod: PrivacyModule | undefined
  jest.isolateModules(() => {
    mod = jest.requireActual<PrivacyModule>('./privacy')
  })
  return mod!
}

const storage = new Map<string, string>()
beforeAll(() => {
  ;(globalThis as { window?: unknown }).window = {
    localStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) }
  }
})
beforeEach(() => {
  storage.clear()
  jest.clearAllMocks()
})

describe('H5', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  it('asks once: 同意 resolves the waiting action, is remembered, and the next action is not asked', async () => {
    const privacy = load()
    const seen: string[] = []
    privacy.subscribePrivacyRequest(() => seen.push(privacy.pendingPrivacyRequest()?.purpose ?? 'closed'))
    const first = privacy.requirePrivacyAgreement('复制到剪贴板')
    expect(privacy.pendingPrivacyRequest()?.purpose).toBe('复制到剪贴板')
    privacy.answerPrivacyRequest(true)
    await expect(first).resolves.toBe(true)
    expect(storage.get(privacy.PRIVACY_STORAGE_KEY)).toBe('1')
    await expect(privacy.requirePrivacyAgreement('选择文件')).resolves.toBe(true)
    expect(privacy.pendingPrivacyRequest()).toBeNull()
    expect(seen).toEqual(['复制到剪贴板', 'closed'])
  })

  it('不同意 runs nothing, remembers nothing, and asks again next time', async () => {
    const privacy = load()
    const action = jest.fn()
    const attempt = privacy.withPrivacyAgreement('录入党员手机号', action)
    privacy.answerPrivacyRequest(false)
    await expect(attempt).rejects.toMatchObject({ code: 'PRIVACY_DECLINED' })
    expect(action).not.toHaveBeenCalled()
    expect(storage.size).toBe(0)
    void privacy.requirePrivacyAgreement('录入党员手机号')
    expect(privacy.pendingPrivacyRequest()).not.toBeNull()
  })

  it('two actions waiting share one popup and one answer', async () => {
    const privacy = load()
    const a = privacy.requirePrivacyAgreement('复制到剪贴板')
    const b = privacy.requirePrivacyAgreement('选择文件')
    expect(privacy.pendingPrivacyRequest()?.purpose).toBe('复制到剪贴板')
    privacy.answerPrivacyRequest(true)
    await expect(Promise.all([a, b])).resolves.toEqual([true, true])
  })
})

describe('weapp', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })

  it("goes through WeChat: requirePrivacyAuthorize fires the listener, 同意 resolves with the agree button's id", async () => {
    const privacy = load()
    const answers: Array<{ event: string; buttonId?: string }> = []
    taro.requirePrivacyAuthorize.mockImplementation(({ success, fail }) => {
      const listener = taro.onNeedPrivacyAuthorization.mock.calls[0][0]
      listener(
        (option) => {
          answers.push(option)
          if (option.event === 'agree') success()
          if (option.event === 'disagree') fail()
        },
        { referrer: 'requirePrivacyAuthorize' }
      )
    })
    const agreed = privacy.requirePrivacyAgreement('选择文件')
    expect(taro.onNeedPrivacyAuthorization).toHaveBeenCalledTimes(1)
    expect(privacy.pendingPrivacyRequest()?.purpose).toBe('选择文件')
    privacy.answerPrivacyRequest(true)
    await expect(agreed).resolves.toBe(true)
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: privacy.PRIVACY_AGREE_BUTTON_ID }])
    expect(storage.size).toBe(0) // WeChat keeps it

    const declined = privacy.requirePrivacyAgreement('复制到剪贴板')
    privacy.answerPrivacyRequest(false)
    await expect(declined).resolves.toBe(false)
    expect(answers.at(-1)).toEqual({ event: 'disagree' })
  })

  it('asks nothing when WeChat says the user already agreed', async () => {
    const privacy = load()
    taro.requirePrivacyAuthorize.mockImplementation(({ success }) => success())
    await expect(privacy.requirePrivacyAgreement('复制到剪贴板')).resolves.toBe(true)
    expect(privacy.pendingPrivacyRequest()).toBeNull()
  })
})
