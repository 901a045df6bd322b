/** Contract of the `me` cloud function: who is calling, and their membership. */
export const ME_FUNCTION = 'me'

/** action 'whoami', no payload. */
export interface WhoamiResult {
  openId: string
  member: null | {
    id: string
    name: string
    unitName: string
    roleLabels: string[]
  }
}
