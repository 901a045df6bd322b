/**
 * One of the emulator's demo identities, as its dev-only gateway lists them
 * (GET /gateway/demo-users → { users }). The emulator keeps the list; the
 * H5 user switcher and the console's development sign-in read it. Written
 * once here because those three may share only the contract. Types only:
 * nothing of it reaches a function bundle or a production build.
 */
export interface DemoUser {
  openId: string
  name: string
  /** What the switcher shows beside the name, e.g. 教工第一党支部 · 支部书记. */
  label: string
}
