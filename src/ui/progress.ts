import '@nutui/nutui-react-taro/dist/es/packages/progress/style/css'

export { default as Progress } from '@nutui/nutui-react-taro/dist/es/packages/progress'
export type { ProgressProps } from '@nutui/nutui-react-taro/dist/es/packages/progress'
