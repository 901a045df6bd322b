import { join } from 'node:path'
import { PLACEHOLDER_TEMPLATE_IDS } from '../cloudfunctions/_shared/domain/messaging/templates'
import type { Db } from '../scripts/admin/target'
import { loadDeployConfig } from '../scripts/deploy/config'
import { templateIdsOf } from '../scripts/deploy/template-ids'
import type { Migration } from '../scripts/migrations/migration'

/**
 * Subscribe-message consents used to be one pool per member (`credits` on the
 * `subscriptions` document); WeChat counts them per template, and the only
 * template the mini-program ever asked for was the study notice. So a pooled
 * count becomes that many study-notice consents (`templates.<study id>`),
 * added to any the member was granted per template since, and `credits` goes.
 *
 * Idempotent: only documents still holding `credits` are read, and each update
 * repeats that condition while removing the field, so a document is moved
 * once. The functions move a pooled count the same way whenever they write a
 * document (consent-credits.ts), which also removes `credits`: a document
 * they wrote between this read and this update no longer matches and is left
 * as they wrote it.
 */
interface PooledConsent {
  _id: string
  credits: unknown
  templates?: Record<string, number>
}

const BATCH = 500

/**
 * The study template's id as the deployed functions know it: the deploy builds
 * them with the ids of party-study.config.json, so this reads the same file
 * (run from source, the migration gets no injected id). An unreadable config
 * (only possible against an emulator: a deploy refuses it) gives the placeholder.
 */
function studyTemplateId(): string {
  const { config } = loadDeployConfig(join(__dirname, '..'))
  return config ? templateIdsOf(config).ids.studyNotice : PLACEHOLDER_TEMPLATE_IDS.studyNotice
}

export async function movePooledConsents(db: Db): Promise<number> {
  const _ = db.command
  const study = studyTemplateId()
  let moved = 0
  let stuck: Set<string> | null = null
  for (;;) {
    const { data } = (await db
      .collection('subscriptions')
      .where({ credits: _.exists(true) })
      .limit(BATCH)
      .get()) as { data: PooledConsent[] }
    if (data.length === 0) return moved
    let updated = 0
    for (const doc of data) {
      const pooled = typeof doc.credits === 'number' && doc.credits > 0 ? Math.floor(doc.credits) : 0
      const templates = { ...(doc.templates ?? {}) }
      templates[study] = (templates[study] ?? 0) + pooled
      const result = (await db
        .collection('subscriptions')
        .where({ _id: doc._id, credits: _.exists(true) })
        .update({ templates: _.set(templates), credits: _.remove() })) as { updated?: number }
      updated += result.updated ?? 0
    }
    // Documents the functions rewrote meanwhile leave the selection; the same ones coming back unchanged would loop forever.
    if (updated === 0 && stuck && data.every((doc) => stuck?.has(doc._id))) {
      throw new Error(`subscriptions 中有 ${data.length} 条记录无法迁移 credits`)
    }
    stuck = updated === 0 ? new Set(data.map((doc) => doc._id)) : null
    moved += updated
  }
}

export const migration: Migration = {
  id: '002-consent-per-template',
  description: '订阅消息授权按模板记账：原先合并计数的 credits 全部记为学习提醒模板的授权',
  async up(db) {
    await movePooledConsents(db)
  }
}
