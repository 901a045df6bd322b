import '@nutui/nutui-react-taro/dist/es/packages/actionsheet/style/css'

export { default as ActionSheet } from '@nutui/nutui-react-taro/dist/es/packages/actionsheet'
export type { ActionSheetProps } from '@nutui/nutui-react-taro/dist/es/packages/actionsheet'
