import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import './app.css'

// wx.cloud must be initialised before the first page calls a function, so this
// runs when app.js loads. Only on weapp: in H5 Taro.cloud is a stub, and H5
// talks to the emulator through src/api/transport.h5.ts instead.
if (process.env.TARO_ENV === 'weapp') {
  const env = process.env.TARO_APP_CLOUD_ENV
  Taro.cloud.init({ traceUser: true, ...(env ? { env } : {}) })
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
