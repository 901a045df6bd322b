import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'

export { default as SearchBar } from '@nutui/nutui-react-taro/dist/es/packages/searchbar'
export type { SearchBarProps } from '@nutui/nutui-react-taro/dist/es/packages/searchbar'
