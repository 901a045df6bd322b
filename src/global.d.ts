/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.css'

declare namespace NodeJS {
  interface ProcessEnv {
    /** Set by Taro at build time from `--type`; dead branches are removed by the minifier. */
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    /** Optional CloudBase env id for the weapp build (from .env files); default env when empty. */
    TARO_APP_CLOUD_ENV?: string
  }
}
