// 工作台 (main package) shows a Dialog too, so Dialog's CSS sits in the shared
// chunk with every page's; the pages' RequestStates load Button, Empty and
// Loading, so load them first here as well: every page then orders the CSS the
// same way (no mini-css-extract "Conflicting order"). They are in the main package anyway.
import './button'
import './empty'
import './loading'
// Dialog's CSS also loads Button's and Overlay's (its footer buttons and mask).
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'

export { default as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog'
export type { DialogProps } from '@nutui/nutui-react-taro/dist/es/packages/dialog'
