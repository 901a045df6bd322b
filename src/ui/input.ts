import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'

export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input'
export type { InputProps } from '@nutui/nutui-react-taro/dist/es/packages/input'
