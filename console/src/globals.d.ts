/** Set by scripts/build-console.ts (esbuild `define`). */
/** The development build (served by the emulator): has the 以演示用户登录 shortcut and points the SDK at the page's own origin. */
declare const __CONSOLE_DEV__: boolean
/** The CloudBase environment id the web SDK signs in to ('local' for the emulator). */
declare const __CLOUDBASE_ENV__: string

/** react-dom ships no types and @types/react-dom is not a dependency: the one entry point the console uses. */
declare module 'react-dom/client' {
  import type { ReactNode } from 'react'
  export interface Root {
    render(children: ReactNode): void
    unmount(): void
  }
  export function createRoot(container: Element | DocumentFragment): Root
}
