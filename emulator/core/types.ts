/** One request body as the SDK posts it to `<serviceUrl>?env=…&seqId=…`. */
export type AdminRequest = Record<string, unknown> & { action: string }

/** What a handler gets besides the body. */
export interface RequestContext {
  requestId: string
  /** The env name from the query string (`local` unless a test picks another). */
  env: string
}

/** A handler for one SDK action; returns the reply's `data` (or a whole reply via `raw`). */
export type ActionHandler = (body: AdminRequest, ctx: RequestContext) => Promise<ActionResult> | ActionResult

/** Most actions reply `{ requestId, data }`; a few put fields at the top level too. */
export interface ActionResult {
  data?: unknown
  /** Extra top-level fields (e.g. `transactionId`, or `total/limit/offset`). */
  top?: Record<string, unknown>
}

export type ActionTable = Record<string, ActionHandler>
