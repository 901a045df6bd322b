// Cell's CSS also loads CellGroup's, so Cell.Group is ready to use.
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'

export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell'
export type { CellProps } from '@nutui/nutui-react-taro/dist/es/packages/cell'
