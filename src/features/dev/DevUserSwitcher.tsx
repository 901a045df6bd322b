// weapp (and any non-H5 build): there is no demo identity, WeChat supplies the
// real one. Taro picks DevUserSwitcher.h5.tsx for H5; keep the export the same.
export function DevUserSwitcher(): null {
  return null
}
