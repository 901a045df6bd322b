/**
 * Characters that change how text is shown without being text: the bidi
 * overrides, embeddings and isolates (U+202E turns "invoice.exe" into
 * "exe.eciovni" on screen, so a name in a list or an export can lie about
 * itself), the implicit direction marks, and the C0/C1 control characters.
 * Tabs and line breaks are text. Nothing a person types into this product
 * needs the rest, so they are removed wherever human text comes in.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function stripControls(text: string): string {
  return text.replace(CONTROLS, '')
}

/** Deeper than this, a payload is not something a person filled in. */
export const MAX_PAYLOAD_DEPTH = 32

export class PayloadTooDeep extends Error {
  constructor() {
    super(`payload nests deeper than ${MAX_PAYLOAD_DEPTH} levels`)
    this.name = 'PayloadTooDeep'
  }
}

/**
 * Every string in a request payload, keys included, without control
 * characters; the shape is unchanged. Throws PayloadTooDeep past
 * MAX_PAYLOAD_DEPTH levels (the caller answers with a typed error).
 */
export function stripControlsDeep(value: unknown, depth = 0): unknown {
  if (depth > MAX_PAYLOAD_DEPTH) throw new PayloadTooDeep()
  if (typeof value === 'string') return stripControls(value)
  if (Array.isArray(value)) return value.map((item) => stripControlsDeep(item, depth + 1))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [stripControls(key), stripControlsDeep(item, depth + 1)]))
  }
  return value
}
