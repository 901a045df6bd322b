/**
 * The phones of a check-in burst, in a process of their own: reads
 * `{ url, token, openIds }` as JSON on stdin, sends every `checkin.scan` at once
 * through the gateway and writes `{ latencies, results }` as JSON on stdout.
 *
 * Why a separate process: 300 phones are not on the server. Run inside the
 * bench's own process, the 300 requests' sending, parsing and timing share one
 * event loop with the emulator they measure, and the figure becomes the load
 * generator's as much as the server's.
 */
import { text } from 'node:stream/consumers'

interface Input {
  url: string
  token: string
  openIds: string[]
}

type Scan = { ok: boolean; data?: { already: boolean }; error?: { code: string; message: string } }

async function scan(input: Input, openId: string): Promise<{ ms: number; result: Scan }> {
  const started = process.hrtime.bigint()
  const response = await fetch(`${input.url}/gateway/functions/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openId },
    body: JSON.stringify({ action: 'checkin.scan', payload: { token: input.token } })
  })
  const result = ((await response.json()) as { result: Scan }).result
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result }
}

async function main(): Promise<void> {
  const input = JSON.parse(await text(process.stdin)) as Input
  const scans = await Promise.all(input.openIds.map((openId) => scan(input, openId)))
  process.stdout.write(JSON.stringify({ latencies: scans.map((s) => s.ms), results: scans.map((s) => s.result) }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
