import { DASHBOARD_PAGE } from '@contract/dashboard-api'
import { CHECKIN_PAGE, MEETING_DETAIL_PAGE } from '@contract/meetings-rules'
import { NOTICE_DETAIL_PAGE } from '@contract/notices-api'
import { JOIN_PAGE } from '@contract/org'
import { SIGNIN_CONFIRM_PAGE } from '@contract/signin-api'
import { routes } from './routes'

/**
 * app.config.ts must stay a static literal (Taro and WeChat read it at build
 * time), so it repeats the page paths routes.ts defines. This test keeps the
 * two registries in step: every route opens a declared page, every declared
 * page has a route.
 */

interface AppConfigShape {
  pages: string[]
  subPackages: Array<{ root: string; pages: string[] }>
  tabBar: { list: Array<{ pagePath: string }> }
}

function declaredPages(): Set<string> {
  const globals = globalThis as { defineAppConfig?: (config: AppConfigShape) => AppConfigShape }
  globals.defineAppConfig = (config) => config
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the global above must exist before the module runs
  const config = (require('./app.config') as { default: AppConfigShape }).default
  const pages = [...config.pages, ...config.subPackages.flatMap((subPackage) => subPackage.pages.map((page) => `${subPackage.root}/${page}`))]
  return new Set(pages.map((page) => `/${page}`))
}

function routePaths(): string[] {
  return Object.values(routes).map((route) => {
    // Every builder takes strings (or nothing); the values only fill the query, which is cut off.
    const url = typeof route === 'function' ? (route as (...values: string[]) => string)('x', 'quotas') : route
    return url.split('?')[0]
  })
}

describe('routes', () => {
  it('opens only pages app.config.ts declares, and names every declared page', () => {
    const declared = declaredPages()
    const routed = new Set(routePaths())
    expect([...routed].filter((path) => !declared.has(path))).toEqual([])
    expect([...declared].filter((path) => !routed.has(path))).toEqual([])
  })

  it('routes every page the server names (subscribe messages, share links, 小程序码) to the same path', () => {
    // The server's pages live in the contract; routes.ts keeps plain strings for the main package's size. One name, one path.
    expect(routes.noticeDetail('x').split('?')[0]).toBe(`/${NOTICE_DETAIL_PAGE}`)
    expect(routes.meetingDetail('x').split('?')[0]).toBe(`/${MEETING_DETAIL_PAGE}`)
    expect(routes.meetingCheckin('x').split('?')[0]).toBe(`/${CHECKIN_PAGE}`)
    expect(routes.dashboard()).toBe(`/${DASHBOARD_PAGE}`)
    expect(routes.orgJoin()).toBe(`/${JOIN_PAGE}`)
    expect(routes.signinConfirm('x').split('?')[0]).toBe(`/${SIGNIN_CONFIRM_PAGE}`)
  })

  it('encodes query values and leaves out the absent ones', () => {
    expect(routes.dashboard()).toBe('/packages/dashboard/pages/index/index')
    expect(routes.dashboard('u 1', 'quotas')).toBe('/packages/dashboard/pages/index/index?unitId=u%201&tab=quotas')
    expect(routes.meetingCheckin('a+b')).toBe('/packages/meetings/pages/checkin/index?t=a%2Bb')
  })
})
