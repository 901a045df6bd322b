// Radio's CSS also loads RadioGroup's, so Radio.Group is ready to use.
import '@nutui/nutui-react-taro/dist/es/packages/radio/style/css'

export { default as Radio } from '@nutui/nutui-react-taro/dist/es/packages/radio'
export type { RadioProps } from '@nutui/nutui-react-taro/dist/es/packages/radio'
