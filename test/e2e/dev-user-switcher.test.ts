import { useH5App } from '../support/h5-app'

/** The first slice end to end: H5 page → gateway → function host → SDK → emulator, as the acting demo user. */
describe('H5 app: acting demo user', () => {
  jest.setTimeout(60_000)
  const app = useH5App()

  it('greets the first demo account, then whoever is picked in the switcher', async () => {
    const { demo, page, visible } = app
    const [first, second] = demo.accounts
    let gatewayCalls = 0
    page.on('request', (request) => {
      if (request.url().includes('/gateway/functions/me')) gatewayCalls += 1
    })
    await page.goto(`${demo.emulator.url}/#/pages/home/index`)
    await page.waitForSelector(`${visible('.ps-greeting')}:has-text("${first.name}")`)
    expect(await page.textContent(visible('.ps-dev-current'))).toBe(first.name)

    await page.click(visible('.ps-dev-switcher'))
    await page.click(`.ps-dev-option:has-text("${second.name}") >> visible=true`)
    await page.waitForSelector(`${visible('.ps-greeting')}:has-text("${second.name}")`)
    expect(await page.textContent(visible('.ps-dev-current'))).toBe(second.name)
    // The name came through the emulator's gateway, not a fallback.
    expect(gatewayCalls).toBeGreaterThanOrEqual(2)
  })

  it('shows the member profile on 我的 with unit and roles from the database', async () => {
    const { demo, page, visible } = app
    const secretary = demo.accounts.find((account) => account.label.endsWith('支部书记'))!
    await page.evaluate((openId) => window.localStorage.setItem('ps.demoOpenId', openId), secretary.openId)
    await page.goto(`${demo.emulator.url}/#/pages/me/index`)
    await page.reload()
    await page.waitForSelector(`${visible('.ps-me-name')}:has-text("${secretary.name}")`)
    expect(await page.textContent(visible('.ps-me-unit'))).toContain(secretary.label.split(' · ')[0])
    expect(await page.textContent(visible('.ps-me-roles'))).toContain('支部书记')
  })
})
