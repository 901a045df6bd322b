import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // A production build can still be watched/served (`--watch`): never open a browser.
    devServer: { open: false }
  }
} satisfies UserConfigExport<'webpack5'>
