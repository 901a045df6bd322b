import type { Result } from '../../cloudfunctions/_shared/contract/envelope'

/** Calls a function through the emulator's gateway as the mini-program would, acting as `openId`. */
export async function callAs<T = unknown>(baseUrl: string, openId: string, name: string, action: string, payload?: unknown): Promise<Result<T>> {
  const response = await fetch(`${baseUrl}/gateway/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
    body: JSON.stringify({ action, payload })
  })
  const body = (await response.json()) as { result?: Result<T>; error?: { code: string; message: string } }
  if (!body.result) throw new Error(`gateway ${response.status}: ${JSON.stringify(body.error)}`)
  return body.result
}

/** The whole database as text: equal before and after means nothing was written. */
export async function snapshot(baseUrl: string): Promise<string> {
  return (await fetch(`${baseUrl}/_emulator/export`)).text()
}

export async function restore(baseUrl: string, text: string): Promise<void> {
  await fetch(`${baseUrl}/_emulator/import`, { method: 'POST', body: text })
}
