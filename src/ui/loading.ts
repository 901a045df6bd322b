import '@nutui/nutui-react-taro/dist/es/packages/loading/style/css'

export { default as Loading } from '@nutui/nutui-react-taro/dist/es/packages/loading'
export type { LoadingProps } from '@nutui/nutui-react-taro/dist/es/packages/loading'
