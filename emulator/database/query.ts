import { Aggregator, Query } from 'mingo'
import { update as applyModifier } from 'mingo/updater'
import type { Doc } from './ejson'
import { isPlainObject } from './ejson'
import { ErrorCode, fail } from '../core/errors'

/**
 * Query, update and aggregation semantics are MongoDB's, delegated to mingo.
 * This file only adapts CloudBase's request fields to mingo and maps mingo's
 * complaints to CloudBase's error envelope.
 */

type Criteria = Record<string, unknown>

function badQuery(error: unknown, what: string): never {
  fail(ErrorCode.BAD_QUERY, `${what}不合法：${(error as Error).message}`)
}

export function compileQuery(criteria: unknown): Query {
  if (criteria === undefined) return new Query({})
  if (!isPlainObject(criteria)) fail(ErrorCode.INVALID_PARAM, 'query 必须是对象')
  try {
    return new Query(criteria as Criteria)
  } catch (error) {
    badQuery(error, '查询条件')
  }
}

export interface FindOptions {
  order?: unknown
  offset?: number
  limit: number
  projection?: unknown
}

/** The SDK sends `order` as `{ field: 1 | -1 }` (or, from older clients, `[{ field, direction }]`). */
export function sortSpec(order: unknown): Record<string, 1 | -1> | undefined {
  if (order === undefined || order === null) return undefined
  if (Array.isArray(order)) {
    const spec: Record<string, 1 | -1> = {}
    for (const item of order as Array<{ field: string; direction: string }>) spec[item.field] = item.direction === 'desc' ? -1 : 1
    return spec
  }
  if (!isPlainObject(order)) fail(ErrorCode.INVALID_PARAM, 'order 必须是对象')
  const spec: Record<string, 1 | -1> = {}
  for (const [field, direction] of Object.entries(order)) {
    spec[field] = direction === -1 || direction === 'desc' ? -1 : 1
  }
  return spec
}

/** `field({ a: true })` arrives as booleans; mingo wants 1/0. */
export function projectionSpec(projection: unknown): Record<string, unknown> | undefined {
  if (projection === undefined || projection === null) return undefined
  if (!isPlainObject(projection)) fail(ErrorCode.INVALID_PARAM, 'projection 必须是对象')
  const spec: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(projection)) spec[field] = value === true ? 1 : value === false ? 0 : value
  return Object.keys(spec).length > 0 ? spec : undefined
}

export function find(docs: Iterable<Doc>, query: Query, options: FindOptions): Doc[] {
  try {
    const cursor = query.find([...docs], projectionSpec(options.projection))
    const sort = sortSpec(options.order)
    if (sort) cursor.sort(sort)
    if (options.offset) cursor.skip(options.offset)
    cursor.limit(options.limit)
    return cursor.all() as Doc[]
  } catch (error) {
    badQuery(error, '查询')
  }
}

export function matching(docs: Iterable<Doc>, query: Query): Doc[] {
  const out: Doc[] = []
  try {
    for (const doc of docs) if (query.test(doc)) out.push(doc)
  } catch (error) {
    badQuery(error, '查询')
  }
  return out
}

const OPERATOR = /^\$/

/**
 * Applies CloudBase's update data to a copy of `doc`: operator documents go to
 * mingo's updater; bare fields (never sent by the SDK, but by hand-written
 * requests) are treated as `$set`, which is what CloudBase's merge mode does.
 * Returns the new document and whether anything changed.
 */
export function applyUpdate(doc: Doc, data: unknown): { doc: Doc; changed: boolean } {
  if (!isPlainObject(data)) fail(ErrorCode.INVALID_PARAM, 'data 必须是对象')
  const modifier: Record<string, Record<string, unknown>> = {}
  for (const [key, value] of Object.entries(data)) {
    if (OPERATOR.test(key)) {
      if (!isPlainObject(value)) fail(ErrorCode.INVALID_PARAM, `更新操作符 ${key} 的值必须是对象`)
      modifier[key] = { ...(modifier[key] ?? {}), ...value }
    } else {
      modifier.$set = { ...(modifier.$set ?? {}), [key]: value }
    }
  }
  for (const fields of Object.values(modifier)) {
    if (Object.keys(fields).some((field) => field === '_id' || field.startsWith('_id.'))) {
      fail(ErrorCode.INVALID_PARAM, '不能更新 _id 的值')
    }
  }
  const next = structuredClone(doc)
  let changedFields: string[]
  try {
    changedFields = applyModifier(next, modifier as Parameters<typeof applyModifier>[1], undefined, undefined, { cloneMode: 'deep' })
  } catch (error) {
    badQuery(error, '更新')
  }
  return { doc: next, changed: changedFields.length > 0 }
}

export interface AggregateSource {
  docs(collection: string): Doc[]
}

/** Real CloudBase returns 20 results from an aggregation that has no `$limit` stage. */
export const AGGREGATE_DEFAULT_LIMIT = 20

export function aggregate(pipeline: Array<Record<string, unknown>>, input: Doc[], source: AggregateSource, cap: number): unknown[] {
  const hasLimit = pipeline.some((stage) => '$limit' in stage)
  const stages = hasLimit ? pipeline : [...pipeline, { $limit: AGGREGATE_DEFAULT_LIMIT }]
  try {
    const aggregator = new Aggregator(stages, {
      collectionResolver: (name: string) => source.docs(name)
    })
    return aggregator.run(input).slice(0, cap)
  } catch (error) {
    badQuery(error, '聚合')
  }
}
