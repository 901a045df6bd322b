import Taro from '@tarojs/taro'
import { toApiError } from '@/api/errors'

/** A short note that something worked. icon 'none' so longer Chinese text is not cut at 7 characters. */
export function showDone(text: string): void {
  void Taro.showToast({ title: text, icon: 'none', duration: 1800 })
}

/** The Chinese message of whatever failed. */
export function showError(error: unknown): void {
  void Taro.showToast({ title: toApiError(error).message, icon: 'none', duration: 2600 })
}
