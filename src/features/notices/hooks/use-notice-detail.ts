import { useState } from 'react'
import type { NoticeDetail } from '@contract/notices-api'
import { openExternalLink } from '@/lib/links'
import { showError } from '@/lib/toast'
import { whoami } from '@/lib/whoami'
import { getNotice, readMaterial, viewNotice } from '../api'

type Material = NoticeDetail['materials'][number]

/** What 学习安排 opens with: the notice, its 已查看 recorded once (a failure changes nothing on the page). */
export async function loadNoticeDetail(id: string): Promise<NoticeDetail | null> {
  if (!id) return null
  const notice = await getNotice({ id })
  if (notice.mine) viewNotice({ id }).catch(() => undefined)
  return notice
}

/** What 学习安排 (member) shows and does; the page only lays it out. */
export interface NoticeDetailState {
  /** The materials this member has opened (their receipts recorded). */
  read: number[]
  /** The material open in the full-text popup, and its index. */
  reading: number | null
  material: Material | null
  closeMaterial: () => void
  /** Opens a material: its full text here, or its link; a member's first open is recorded. */
  open: (index: number) => void
  sharing: boolean
  share: () => void
  closeShare: () => void
  /** The member's branch, for the poster: asked for on the first share only, and left out if that fails. */
  unitName: string | null
}

export function useNoticeDetail(notice: NoticeDetail): NoticeDetailState {
  const [read, setRead] = useState<number[]>(notice.mine?.readMaterials ?? [])
  const [reading, setReading] = useState<number | null>(null)
  const [sharing, setSharing] = useState(false)
  const [unitName, setUnitName] = useState<string | null>(null)

  const share = () => {
    setSharing(true)
    if (unitName === null && notice.mine) {
      whoami().then(
        (me) => setUnitName(me.member?.unitName ?? ''),
        () => undefined
      )
    }
  }

  const open = (index: number) => {
    const material = notice.materials[index]
    if (!material) return
    // H5 must open the link inside the tap, or the browser blocks the new tab.
    if (material.fullText || !material.url) setReading(index)
    else void openExternalLink(material.url).catch(showError)
    if (!notice.mine) return
    readMaterial({ id: notice.id, materialIndex: index }).then(
      () => setRead((current) => (current.includes(index) ? current : [...current, index])),
      // The receipt failed (offline): reading still works, and the next tap records it.
      () => undefined
    )
  }

  return {
    read,
    reading,
    material: reading === null ? null : (notice.materials[reading] ?? null),
    closeMaterial: () => setReading(null),
    open,
    sharing,
    share,
    closeShare: () => setSharing(false),
    unitName
  }
}
