// Dialog's CSS also loads Button's and Overlay's (its footer buttons and mask).
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'

export { default as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog'
export type { DialogProps } from '@nutui/nutui-react-taro/dist/es/packages/dialog'
