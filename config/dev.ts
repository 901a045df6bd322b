import type { UserConfigExport } from '@tarojs/cli'

// `taro build --type h5 --watch` serves the H5 app; the API calls go to
// /gateway/…, which the emulator answers. Set PS_GATEWAY_URL (for example
// http://127.0.0.1:<gateway port>) to proxy them from the dev server.
const gateway = process.env.PS_GATEWAY_URL

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      open: false,
      ...(gateway ? { proxy: { '/gateway': { target: gateway, changeOrigin: true } } } : {})
    }
  }
} satisfies UserConfigExport<'webpack5'>
