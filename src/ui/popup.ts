import '@nutui/nutui-react-taro/dist/es/packages/popup/style/css'

export { default as Popup } from '@nutui/nutui-react-taro/dist/es/packages/popup'
export type { PopupProps } from '@nutui/nutui-react-taro/dist/es/packages/popup'
