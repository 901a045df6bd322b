import type { Page } from 'playwright-core'
import { seedDemoNotice } from '../../scripts/seed/demo-notice'
import { useH5App } from '../support/h5-app'
import { people } from '../support/people'

/** What the page's stand-in speechSynthesis was asked to do. */
interface SpeechLog {
  calls: string[]
  spoken: string[]
}

declare global {
  interface Window {
    __speech: SpeechLog & { finish(): void }
  }
}

/**
 * 听学 (issue 14 item 6) in Chromium: the notice page reads the notice and a
 * material aloud through the browser's speechSynthesis, with 暂停 / 继续 /
 * 停止. Headless Chromium has no voices, so the page gets a stand-in
 * speechSynthesis that records each call and ends a piece when told. Nothing
 * is sent to the server while listening (no listening time anywhere).
 */
describe('H5 app: 听学 reads the notice aloud, pauses and resumes', () => {
  jest.setTimeout(180_000)
  const app = useH5App()

  const log = (page: Page) => page.evaluate(() => ({ calls: [...window.__speech.calls], spoken: [...window.__speech.spoken] }))
  const finishPiece = (page: Page) => page.evaluate(() => window.__speech.finish())

  it('plays, pauses, resumes, moves on, stops; a material in its popup too; no server call', async () => {
    const { demo, page, visible, actAs } = app
    await page.addInitScript(() => {
      const calls: string[] = []
      const spoken: string[] = []
      let current: SpeechSynthesisUtterance | null = null
      const synth = {
        speaking: false,
        paused: false,
        pending: false,
        onvoiceschanged: null,
        getVoices: () => [],
        speak(utterance: SpeechSynthesisUtterance) {
          calls.push('speak')
          spoken.push(utterance.text)
          current = utterance
        },
        pause() {
          calls.push('pause')
        },
        resume() {
          calls.push('resume')
        },
        cancel() {
          calls.push('cancel')
          current = null
        },
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => true
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
      window.__speech = {
        calls,
        spoken,
        finish() {
          const ended = current
          current = null
          ended?.onend?.call(ended, new Event('end') as SpeechSynthesisEvent)
        }
      }
    })

    const noticeId = await seedDemoNotice(demo.emulator.url, people.orgDepartment.openId)
    const member = demo.accounts.find((account) => account.label === '教工第一党支部 · 党员')!
    await actAs(member.openId, `/packages/notices/pages/detail/index?id=${encodeURIComponent(noticeId)}`)
    const bar = visible('.ps-notice-detail > .ps-listen')
    await page.waitForSelector(`${bar} .ps-listen-status:has-text("听学")`)
    const title = (await page.textContent(visible('.ps-n-head__title')))!.trim()

    // Listening sends nothing to the server.
    const calls: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/gateway/')) calls.push(request.url())
    })

    // 朗读: the first piece starts with the notice's title.
    await page.click(`${bar} .ps-listen-play`)
    await page.waitForSelector(`${bar} .ps-listen-status:has-text("正在朗读 · 第 1/")`)
    let heard = await log(page)
    expect(heard.calls).toEqual(['cancel', 'speak'])
    expect(heard.spoken[0]).toContain(title)
    const total = Number(/第 1\/(\d+) 段/.exec((await page.textContent(`${bar} .ps-listen-status`)) ?? '')?.[1])
    expect(total).toBeGreaterThan(1)

    // 暂停 → 继续.
    await page.click(`${bar} .ps-listen-pause`)
    await page.waitForSelector(`${bar} .ps-listen-status:has-text("已暂停")`)
    expect(await page.locator(`${bar} .ps-listen-pause`).count()).toBe(0)
    await page.click(`${bar} .ps-listen-resume`)
    await page.waitForSelector(`${bar} .ps-listen-status:has-text("正在朗读")`)
    heard = await log(page)
    expect(heard.calls).toEqual(['cancel', 'speak', 'pause', 'resume'])

    // The browser finishes a piece: the next one is spoken.
    await finishPiece(page)
    await page.waitForSelector(`${bar} .ps-listen-status:has-text("第 2/${total} 段")`)
    heard = await log(page)
    expect(heard.calls[heard.calls.length - 1]).toBe('speak')
    expect(heard.spoken).toHaveLength(2)

    // 停止: back to the start, the browser told to cancel.
    await page.click(`${bar} .ps-listen-stop`)
    await page.waitForSelector(`${bar} .ps-listen-play`)
    expect((await log(page)).calls.slice(-1)).toEqual(['cancel'])

    // Read to the end: 已读完, then 重新朗读 offered.
    await page.click(`${bar} .ps-listen-play`)
    for (let piece = 0; piece < total; piece += 1) await finishPiece(page)
    await page.waitForSelector(`${bar} .ps-listen-status:text-is("已读完")`)
    await page.waitForSelector(`${bar} .ps-listen-play:has-text("重新朗读")`)

    // A material with its full text (the first one is a link) in its popup: read from its title; closing the popup stops it.
    const materialTitle = (await page.textContent(`${visible('.ps-notice-material__title')} >> nth=1`))!.trim()
    await page.click(`${visible('.ps-notice-material')} >> nth=1`)
    const popupBar = '.ps-n-fulltext .ps-listen'
    await page.waitForSelector(`${popupBar} .ps-listen-status:has-text("朗读这篇材料")`)
    // The notice's own control went back to idle when another reading started.
    await page.click(`${popupBar} .ps-listen-play`)
    await page.waitForSelector(`${popupBar} .ps-listen-status:has-text("正在朗读")`)
    heard = await log(page)
    expect(heard.spoken[heard.spoken.length - 1].startsWith(materialTitle)).toBe(true)
    await page.locator(visible('.ps-n-popup .nut-popup-title-right')).locator('visible=true').click()
    await page.waitForSelector(popupBar, { state: 'detached' })
    expect((await log(page)).calls.slice(-1)).toEqual(['cancel'])

    // Opening the material recorded 已学习材料 (notices.read) as before; listening itself sent nothing.
    expect(calls.every((url) => !/listen|speech/i.test(url))).toBe(true)
    expect(calls.length).toBeLessThanOrEqual(1)
  })
})
