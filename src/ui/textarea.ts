import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'

export { default as TextArea } from '@nutui/nutui-react-taro/dist/es/packages/textarea'
export type { TextAreaProps } from '@nutui/nutui-react-taro/dist/es/packages/textarea'
