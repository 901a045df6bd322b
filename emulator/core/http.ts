import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError, HttpErrorCode } from './errors'
import { jsonDepthExceeds, MAX_JSON_DEPTH } from './guard'

/** A route module answers the requests it recognises and returns true; otherwise false. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>

export const MAX_BODY_BYTES = 16 * 1024 * 1024
/** Past this, an oversized body is not worth draining: the connection is dropped instead. */
const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES

export interface BodyLimits {
  maxBytes?: number
  /** Every body the emulator reads is JSON or NDJSON; Infinity turns the nesting check off. */
  maxDepth?: number
}

/**
 * Reads a request body as text. Over `maxBytes` → HttpError 413 BODY_TOO_LARGE;
 * nested deeper than `maxDepth` → HttpError 400 BODY_TOO_DEEP, found by a linear
 * scan before any parser sees the text.
 */
export async function readBody(req: IncomingMessage, limits: BodyLimits = {}): Promise<string> {
  const maxBytes = limits.maxBytes ?? MAX_BODY_BYTES
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    // Keep reading (and dropping) the rest, so the client gets the 413 instead of a reset
    // connection; leaving the loop early destroys the socket.
    if (size > Math.max(maxBytes, MAX_DRAIN_BYTES)) throw tooLarge(maxBytes)
    if (size <= maxBytes) chunks.push(chunk as Buffer)
  }
  if (size > maxBytes) throw tooLarge(maxBytes)
  const text = Buffer.concat(chunks).toString('utf8')
  if (jsonDepthExceeds(text, maxDepth)) throw tooDeep(maxDepth)
  return text
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, HttpErrorCode.BODY_TOO_LARGE, `请求体过大（最多 ${sizeLabel(maxBytes)}）`)
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

export function tooDeep(maxDepth: number = MAX_JSON_DEPTH): HttpError {
  return new HttpError(400, HttpErrorCode.BODY_TOO_DEEP, `请求体嵌套层数过多（最多 ${maxDepth} 层）`)
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body)
  })
  res.end(body)
}

/** Parses JSON text; undefined when it is not JSON, `{}` when empty. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Parses a JSON request body; undefined when it is not JSON. Throws HttpError past the size and nesting limits. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  return parseJson(await readBody(req))
}
