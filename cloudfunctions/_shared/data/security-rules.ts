/**
 * What clients may touch directly, besides the collections (whose rules sit
 * with each declaration in collections.ts): nothing in storage, and functions
 * only with a login state. CloudBase's JSON forms, applied by the deploy.
 */
export const STORAGE_RULES = { read: false, write: false } as const

/** The function invoke rule: `true`, `false` or `"auth != null"` are all CloudBase accepts. */
export const INVOKE_RULE = { '*': { invoke: 'auth != null' } } as const
