import { useH5App } from '../support/h5-app'

/** 组织架构 in the H5 build: the 组织部 adds a 党支部 under a 党总支 and sees it in the tree. */
describe('H5 app: org tree', () => {
  jest.setTimeout(120_000)
  const app = useH5App()

  it('the 组织部 adds a 党支部 under a 党总支', async () => {
    const { demo, page, visible } = app
    const orgDepartment = demo.accounts.find((account) => account.label.endsWith('组织部'))!
    const generalBranch = demo.accounts.find((account) => account.label.endsWith('党总支书记'))!.label.split(' · ')[0]

    await app.actAs(orgDepartment.openId, '/pages/work/index')
    await page.click(`${visible('.ps-work-entry')}:has-text("组织架构")`)

    const parentRow = `${visible('.ps-unit-node')}:has-text("${generalBranch}")`
    await page.waitForSelector(parentRow)
    expect(await page.locator(visible('.ps-unit-node')).count()).toBeGreaterThanOrEqual(9)
    await page.click(`${parentRow} .ps-unit-add`)

    await page.fill(visible('.ps-unit-name-input input'), '新设第四党支部')
    // Under a 党总支 only a 党支部 may sit: the one choice, already chosen.
    expect(await page.textContent(visible('.ps-unit-type'))).toBe('党支部')
    await page.click(visible('.ps-unit-submit'))

    const newRow = `${visible('.ps-unit-node')}:has-text("新设第四党支部")`
    await page.waitForSelector(newRow)
    expect(await page.textContent(newRow)).toContain('党支部 · 0 人')

    // It is in the database, not only on screen: a reload shows it again.
    await page.reload()
    await page.waitForSelector(newRow)
  })
})
