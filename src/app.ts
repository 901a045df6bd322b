import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { routes } from './routes'
import './app.css'

// wx.cloud must be initialised before the first page calls a function, so this
// runs when app.js loads. Only on weapp: in H5 Taro.cloud is a stub, and H5
// talks to the emulator through src/api/transport.h5.ts instead.
if (process.env.TARO_ENV === 'weapp') {
  const env = process.env.TARO_APP_CLOUD_ENV
  Taro.cloud.init({ traceUser: true, ...(env ? { env } : {}) })
}

const TAB_PAGES = [routes.home, routes.work, routes.me]
/** Longer than Taro H5's page transition (300 ms). */
const TRANSITION_SETTLED_MS = 600

const pathOf = (url: string): string => '/' + url.replace(/^[#/]+/, '').split('?')[0]

/**
 * H5 only: the browser's Back pressed while a page is still sliding in leaves
 * Taro's router showing that page (or nothing) while the address says 首页,
 * and the tab page stays blank until a tab switch. Once the transition is
 * over, if the page shown is not the one the address names, show that one.
 */
function keepShownPageOnAddress(): void {
  window.addEventListener('popstate', () => {
    window.setTimeout(() => {
      const address = window.location.hash.replace(/^#/, '')
      if (!address) return
      const stack = Taro.getCurrentPages()
      const shown = stack[stack.length - 1]?.route ?? ''
      const wanted = pathOf(address)
      if (shown && pathOf(shown) === wanted) return
      if (TAB_PAGES.includes(wanted)) void Taro.switchTab({ url: wanted })
      else void Taro.redirectTo({ url: '/' + address.replace(/^\/+/, '') })
    }, TRANSITION_SETTLED_MS)
  })
}

if (process.env.TARO_ENV === 'h5') keepShownPageOnAddress()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
