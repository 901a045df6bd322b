import { useCallback, useEffect, useRef, useState } from 'react'
import { Alert, Button, Loading } from 'tdesign-react'
import { toApiError } from '../../../api/errors'
import { shanghaiDateTime } from '../../../lib/dates'
import { freshAnonymousLogin, pollScan, startScan } from '../scan-api'

type Phase =
  | { kind: 'starting' }
  | { kind: 'waiting'; code: string; scene: string; image: string | null; expiresAt: number; scanned: boolean }
  | { kind: 'expired' }
  | { kind: 'signing-in' }
  | { kind: 'failed'; message: string }

const POLL_MS = 2000

/**
 * 微信扫码登录: the 小程序码 and its short code; polling until the staff
 * member confirms in the mini-program (or the code expires, after 2 minutes).
 */
export function ScanSignIn(props: { onTicket: (ticket: string) => Promise<void> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' })
  const onTicket = useRef(props.onTicket)
  onTicket.current = props.onTicket

  const start = useCallback(async () => {
    setPhase({ kind: 'starting' })
    try {
      await freshAnonymousLogin()
      const started = await startScan()
      setPhase({
        kind: 'waiting',
        code: started.code,
        scene: started.scene,
        image: started.wxaCode ? `data:image/png;base64,${started.wxaCode.png}` : null,
        expiresAt: started.expiresAt,
        scanned: false
      })
    } catch (error) {
      setPhase({ kind: 'failed', message: toApiError(error).message })
    }
  }, [])

  useEffect(() => {
    void start()
  }, [start])

  const code = phase.kind === 'waiting' ? phase.code : null
  useEffect(() => {
    if (!code) return
    let live = true
    const timer = setInterval(() => {
      pollScan(code).then(
        async (reply) => {
          if (!live) return
          if (reply.state === 'expired') setPhase({ kind: 'expired' })
          else if (reply.state === 'scanned') setPhase((p) => (p.kind === 'waiting' ? { ...p, scanned: true } : p))
          else if (reply.state === 'confirmed' && reply.ticket) {
            live = false
            setPhase({ kind: 'signing-in' })
            await onTicket.current(reply.ticket).catch((error: unknown) => setPhase({ kind: 'failed', message: toApiError(error).message }))
          }
        },
        () => undefined // a missed poll is retried by the next tick
      )
    }, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [code])

  return (
    <section className="scan-signin" aria-label="微信扫码登录">
      <h3>微信扫码登录</h3>
      {phase.kind === 'starting' || phase.kind === 'signing-in' ? <Loading text={phase.kind === 'starting' ? '正在生成登录码…' : '正在登录…'} /> : null}
      {phase.kind === 'waiting' ? (
        <div className="scan-box">
          {/* data-scene: what the 小程序码 encodes (tests read it where a phone's camera would). */}
          {phase.image ? (
            <img className="scan-code" src={phase.image} alt="登录小程序码" data-scene={phase.scene} />
          ) : (
            <div className="scan-code scan-code-missing" data-scene={phase.scene}>
              小程序码暂不可用
            </div>
          )}
          <p>
            用微信扫一扫小程序码，在手机上确认登录。手机上会显示同一个登录码，请核对：
            <strong className="scan-short-code" data-testid="signin-code">
              {phase.code}
            </strong>
          </p>
          <p className="muted">
            {phase.scanned
              ? '已扫码，请在手机上确认登录'
              : `登录码 2 分钟内有效，只能使用一次（至 ${shanghaiDateTime(new Date(phase.expiresAt).toISOString()).slice(11)}）`}
          </p>
        </div>
      ) : null}
      {phase.kind === 'expired' ? (
        <Alert
          theme="info"
          message="登录码已过期"
          operation={
            <Button variant="text" onClick={() => void start()}>
              刷新登录码
            </Button>
          }
        />
      ) : null}
      {phase.kind === 'failed' ? (
        <Alert
          theme="error"
          message={phase.message}
          operation={
            <Button variant="text" onClick={() => void start()}>
              重试
            </Button>
          }
        />
      ) : null}
    </section>
  )
}
