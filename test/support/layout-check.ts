import type { Page } from 'playwright-core'

/** One thing wrong with the layout, with the element and its text so the failure says where. */
export type LayoutProblem = string

/**
 * Finds text that does not fit (适老化, issue 14 item 6) in the page shown
 * and in any open popup: an element whose own text or button content is
 * wider or taller than its box (scrollWidth/scrollHeight > clientWidth/
 * clientHeight) without being a scroll container; text cut by an ancestor
 * that hides overflow; a page wider than the screen; and a tap target
 * (button, switch, tab) smaller than 44 × 44 CSS px.
 */
export async function layoutProblems(page: Page, pageSelector: string): Promise<LayoutProblem[]> {
  return page.evaluate((rootSelector) => {
    const problems: string[] = []
    const TOLERANCE = 1
    const scrolls = (value: string) => value === 'auto' || value === 'scroll'
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`
    const shown = (el: Element) => {
      const rect = el.getBoundingClientRect()
      const style = getComputedStyle(el)
      return rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
    }
    const ownText = (el: Element) => Array.from(el.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
    const isButton = (el: Element) => el.matches('.nut-button, button, [role="button"]')

    const popups = Array.from(document.querySelectorAll('.nut-popup, .nut-dialog')).filter(shown)
    const roots = [...Array.from(document.querySelectorAll(rootSelector)), ...popups]
    const checked = new Set<Element>()
    for (const root of roots) {
      for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
        if (checked.has(el) || !shown(el)) continue
        checked.add(el)
        const button = isButton(el)
        if (!button && !ownText(el)) continue
        const style = getComputedStyle(el)
        if (style.display !== 'inline') {
          if (el.scrollWidth > el.clientWidth + TOLERANCE && !scrolls(style.overflowX)) problems.push(`wider than its box: ${describe(el)}`)
          if (el.scrollHeight > el.clientHeight + TOLERANCE && !scrolls(style.overflowY)) problems.push(`taller than its box: ${describe(el)}`)
        }
        // Cut by an ancestor that hides overflow; content inside a scroll container can be scrolled to.
        const rect = el.getBoundingClientRect()
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          const upStyle = getComputedStyle(up)
          if (scrolls(upStyle.overflowX) || scrolls(upStyle.overflowY)) break
          const box = up.getBoundingClientRect()
          const cutX = upStyle.overflowX !== 'visible' && (rect.left < box.left - TOLERANCE || rect.right > box.right + TOLERANCE)
          const cutY = upStyle.overflowY !== 'visible' && (rect.top < box.top - TOLERANCE || rect.bottom > box.bottom + TOLERANCE)
          if (cutX || cutY) {
            problems.push(`cut by ${describe(up).split('>')[0]}>: ${describe(el)}`)
            break
          }
        }
      }
    }
    // Tap targets: buttons, switches, tabs, and the app's tappable rows (entries, materials, notices). A control
    // that lets taps pass through (pointer-events: none) is not one: the row around it is.
    const TAP_TARGETS =
      '.nut-button, .nut-switch, .nut-popup-title-right, .weui-tabbar__item, [class*="-entry "], [class$="-entry"], .ps-notice-material, .ps-notice-item'
    for (const target of Array.from(document.querySelectorAll(TAP_TARGETS))) {
      if (!shown(target) || getComputedStyle(target).pointerEvents === 'none') continue
      const rect = target.getBoundingClientRect()
      if (rect.height < 44 - TOLERANCE || rect.width < 44 - TOLERANCE)
        problems.push(`tap target ${Math.round(rect.width)}×${Math.round(rect.height)} < 44: ${describe(target)}`)
    }
    const pageWidth = document.scrollingElement?.scrollWidth ?? 0
    if (pageWidth > window.innerWidth + TOLERANCE) problems.push(`page is ${pageWidth}px wide on a ${window.innerWidth}px screen`)
    return problems
  }, pageSelector)
}
