/** The study-notice parser: `parseNotice(text)` → ParsedNotice (types in contract/notices). */
export { parseNotice } from './parse-notice'
