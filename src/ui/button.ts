import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button'
export type { ButtonProps } from '@nutui/nutui-react-taro/dist/es/packages/button'
