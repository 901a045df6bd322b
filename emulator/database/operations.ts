import { z } from 'zod'
import type { ActionResult, ActionTable, AdminRequest } from '../core/types'
import { ErrorCode, fail } from '../core/errors'
import { decodeEjson, encodeEjson, isPlainObject, type Doc } from './ejson'
import type { UniqueIndex } from './indexes'
import type { Change } from './indexes'
import { newDocumentId, type DatabaseState } from './state'
import type { TransactionManager } from './transactions'
import { aggregate, applyUpdate, compileQuery, find, matching } from './query'

/** Reads default to 100 documents and never return more than 1000, as on CloudBase. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

export interface DatabaseDeps {
  state: DatabaseState
  transactions: TransactionManager
  now: () => Date
  /** Documents read since start: returned to the caller, and examined to find them (a benchmark's counts). */
  readStats: ReadStats
}

export interface ReadStats {
  docsReturned: number
  docsExamined: number
}

const collectionName = z.string({ error: 'collectionName 必须是字符串' }).min(1, 'collectionName 不能为空')
const ejsonText = z.string().optional()
const flag = z.boolean().optional()
const transactionId = z.string().min(1).optional()

const schemas = {
  getDocument: z.object({
    collectionName,
    queryType: z.enum(['WHERE', 'DOC']).optional(),
    query: ejsonText,
    order: ejsonText,
    projection: ejsonText,
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).optional(),
    transactionId
  }),
  calculateDocument: z.object({ collectionName, query: ejsonText }),
  insertDocument: z.object({ collectionName, data: z.array(z.string()).min(1, 'data 至少包含一个文档'), transactionId }),
  modifyDocument: z.object({
    collectionName,
    queryType: z.enum(['WHERE', 'DOC']).optional(),
    query: ejsonText,
    data: z.string({ error: 'data 必须是 EJSON 字符串' }),
    multi: flag,
    merge: flag,
    upsert: flag,
    transactionId
  }),
  modifyAndReturnDoc: z.object({ collectionName, query: ejsonText, data: z.string(), transactionId }),
  removeDocument: z.object({
    collectionName,
    queryType: z.enum(['WHERE', 'DOC']).optional(),
    query: ejsonText,
    multi: flag,
    transactionId
  }),
  aggregateDocuments: z.object({
    collectionName,
    stages: z.array(z.object({ stageKey: z.string().regex(/^\$/, 'stageKey 必须以 $ 开头'), stageValue: z.string() }))
  }),
  addCollection: z.object({ collectionName }),
  transaction: z.object({ transactionId: z.string({ error: 'transactionId 必须是字符串' }).min(1) })
}

function parse<T extends z.ZodTypeAny>(schema: T, body: AdminRequest): z.infer<T> {
  const result = schema.safeParse(body)
  if (!result.success) {
    const issue = result.error.issues[0]
    fail(ErrorCode.INVALID_PARAM, `参数错误 ${body.action}: ${issue.path.join('.') || '(body)'} ${issue.message}`)
  }
  return result.data
}

/** `remove()` with no where sends `""`; DOC requests always carry `{_id}`. */
function criteria(deps: DatabaseDeps, query: string | undefined): Record<string, unknown> {
  const value = decodeEjson(query, 'query', deps.now)
  if (value === undefined) return {}
  if (!isPlainObject(value)) fail(ErrorCode.INVALID_PARAM, 'query 必须是对象')
  return value
}

function docIdOf(where: Record<string, unknown>): string {
  const id = where._id
  if (typeof id !== 'string' || id === '') fail(ErrorCode.INVALID_PARAM, 'DOC 请求的 query 必须是 { _id: 字符串 }')
  return id
}

function limitOf(limit: number | undefined): number {
  return Math.min(limit ?? DEFAULT_LIMIT, MAX_LIMIT)
}

function parseNewDoc(deps: DatabaseDeps, text: string, index: number): Doc {
  const value = decodeEjson(text, `data[${index}]`, deps.now)
  if (!isPlainObject(value)) fail(ErrorCode.INVALID_PARAM, `data[${index}] 必须是对象`)
  if (Object.keys(value).some((key) => key.startsWith('$'))) fail(ErrorCode.INVALID_PARAM, `data[${index}] 不能包含操作符`)
  const id = value._id ?? newDocumentId()
  if (typeof id !== 'string' || id === '') fail(ErrorCode.INVALID_PARAM, `data[${index}]._id 必须是非空字符串`)
  return { ...value, _id: id }
}

/** Writes outside a transaction commit at once; inside one they are buffered. */
async function write(deps: DatabaseDeps, txn: string | undefined, changes: Change[]): Promise<void> {
  if (txn === undefined) return deps.state.commit(changes)
  for (const change of changes) deps.transactions.write(txn, change)
}

function requireSingleDoc(txn: string | undefined, queryType: string | undefined, multi: boolean | undefined): void {
  if (txn !== undefined && (queryType !== 'DOC' || multi)) {
    fail(ErrorCode.INVALID_PARAM, '事务中只支持单文档操作（doc(id)），不支持 where 批量操作')
  }
}

function getDocument(deps: DatabaseDeps, body: AdminRequest): ActionResult {
  const req = parse(schemas.getDocument, body)
  const where = criteria(deps, req.query)
  const collection = deps.state.collection(req.collectionName)
  const limit = limitOf(req.limit)
  const options = {
    order: decodeEjson(req.order, 'order', deps.now),
    projection: decodeEjson(req.projection, 'projection', deps.now),
    offset: req.offset,
    limit
  }
  if (req.transactionId !== undefined) {
    requireSingleDoc(req.transactionId, req.queryType, false)
    const doc = deps.transactions.read(req.transactionId, req.collectionName, docIdOf(where))
    const list = doc ? find([doc], compileQuery({}), { ...options, offset: 0 }) : []
    countReads(deps, list.length, list.length)
    return { data: { list: list.map(encodeEjson) } }
  }
  const source = req.queryType === 'DOC' ? single(collection.docs, docIdOf(where)) : byPrimaryKey(collection, where)
  const list = find(source, compileQuery(where), options)
  countReads(deps, list.length, req.queryType === 'DOC' ? list.length : collection.docs.size)
  return { data: { list: list.map(encodeEjson) }, top: { limit, offset: req.offset ?? 0 } }
}

/** A by-id read examines one document; anything else here walks the collection (the emulator has no secondary indexes). */
function countReads(deps: DatabaseDeps, returned: number, examined: number): void {
  deps.readStats.docsReturned += returned
  deps.readStats.docsExamined += examined
}

function single(docs: Map<string, Doc>, id: string): Doc[] {
  const doc = docs.get(id)
  return doc ? [doc] : []
}

/**
 * The documents a WHERE query can match, as a database's indexes give them:
 * the one holding a value of a unique one-field index, those named by `_id`
 * (equal to a string, or `$in` a list of strings), otherwise the whole
 * collection. The query itself
 * still decides; this only spares scanning documents it cannot match.
 */
function byPrimaryKey(collection: { docs: Map<string, Doc>; unique: UniqueIndex[] }, where: Record<string, unknown>): Iterable<Doc> {
  const { docs } = collection
  // A unique one-field index answers an equality on its field the same way (a member by OPENID).
  for (const index of collection.unique) {
    const owner = index.ownerOfEqual(where)
    if (owner.answerable) return owner.id === undefined ? [] : single(docs, owner.id)
  }
  const id = where._id
  if (typeof id === 'string') return single(docs, id)
  if (isPlainObject(id) && Object.keys(id).length === 1 && Array.isArray(id.$in) && id.$in.every((item) => typeof item === 'string')) {
    return [...new Set(id.$in as string[])].flatMap((one) => single(docs, one))
  }
  return docs.values()
}

function calculateDocument(deps: DatabaseDeps, body: AdminRequest): ActionResult {
  const req = parse(schemas.calculateDocument, body)
  const where = criteria(deps, req.query)
  const total = matching(byPrimaryKey(deps.state.collection(req.collectionName), where), compileQuery(where)).length
  return { data: { total } }
}

async function insertDocument(deps: DatabaseDeps, body: AdminRequest): Promise<ActionResult> {
  const req = parse(schemas.insertDocument, body)
  const collection = deps.state.collection(req.collectionName)
  const docs = req.data.map((text, index) => parseNewDoc(deps, text, index))
  const seen = new Set<string>()
  for (const doc of docs) {
    const exists = req.transactionId !== undefined ? deps.transactions.read(req.transactionId, req.collectionName, doc._id) : collection.docs.get(doc._id)
    if (exists || seen.has(doc._id)) fail(ErrorCode.DUPLICATE_WRITE, `E11000 duplicate key error: _id ${doc._id} 已存在`)
    seen.add(doc._id)
  }
  await write(
    deps,
    req.transactionId,
    docs.map((doc) => ({ coll: req.collectionName, id: doc._id, doc }))
  )
  return { data: { insertedIds: docs.map((doc) => doc._id) } }
}

/** The documents a write targets, as the caller (or its transaction) sees them. */
function targets(
  deps: DatabaseDeps,
  coll: string,
  where: Record<string, unknown>,
  queryType: string | undefined,
  multi: boolean,
  txn: string | undefined
): Doc[] {
  if (txn !== undefined) {
    const doc = deps.transactions.read(txn, coll, docIdOf(where))
    return doc ? [doc] : []
  }
  const collection = deps.state.collection(coll)
  const source = queryType === 'DOC' ? single(collection.docs, docIdOf(where)) : byPrimaryKey(collection, where)
  const found = matching(source, compileQuery(where))
  return multi ? found : found.slice(0, 1)
}

async function modifyDocument(deps: DatabaseDeps, body: AdminRequest): Promise<ActionResult> {
  const req = parse(schemas.modifyDocument, body)
  requireSingleDoc(req.transactionId, req.queryType, req.multi)
  deps.state.collection(req.collectionName)
  const where = criteria(deps, req.query)
  const data = decodeEjson(req.data, 'data', deps.now)
  const merge = req.merge ?? true
  const found = targets(deps, req.collectionName, where, req.queryType, req.multi ?? false, req.transactionId)
  const changes: Change[] = []
  for (const doc of found) {
    const next = merge ? applyUpdate(doc, data) : { doc: replacement(doc._id, data), changed: true }
    if (next.changed) changes.push({ coll: req.collectionName, id: doc._id, doc: next.doc })
  }
  let upsertId: string | undefined
  if (found.length === 0 && req.upsert) {
    upsertId = typeof where._id === 'string' ? where._id : newDocumentId()
    const base: Doc = { ...equalityFields(where), _id: upsertId }
    const doc = merge ? applyUpdate(base, data).doc : replacement(upsertId, data)
    changes.push({ coll: req.collectionName, id: upsertId, doc })
  }
  await write(deps, req.transactionId, changes)
  const updated = upsertId ? 0 : changes.length
  return { data: upsertId ? { updated, upsert_id: upsertId } : { updated } }
}

/** `doc.set()` replaces the whole document (its data carries no operators). */
function replacement(id: string, data: unknown): Doc {
  if (!isPlainObject(data)) fail(ErrorCode.INVALID_PARAM, 'data 必须是对象')
  if (Object.keys(data).some((key) => key.startsWith('$'))) fail(ErrorCode.INVALID_PARAM, 'set 的数据不能包含更新操作符')
  if (data._id !== undefined && data._id !== id) fail(ErrorCode.INVALID_PARAM, '不能更新 _id 的值')
  return { ...structuredClone(data), _id: id }
}

function equalityFields(where: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(where)) {
    if (!key.startsWith('$') && !key.includes('.') && !(isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$')))) out[key] = value
  }
  return out
}

async function modifyAndReturnDoc(deps: DatabaseDeps, body: AdminRequest): Promise<ActionResult> {
  const req = parse(schemas.modifyAndReturnDoc, body)
  if (req.transactionId !== undefined) fail(ErrorCode.INVALID_PARAM, '事务中不支持 updateAndReturn')
  const collection = deps.state.collection(req.collectionName)
  const data = decodeEjson(req.data, 'data', deps.now)
  const [doc] = matching(collection.docs.values(), compileQuery(criteria(deps, req.query)))
  if (!doc) return { data: { updated: 0, doc: null } }
  const next = applyUpdate(doc, data)
  if (next.changed) await deps.state.commit([{ coll: req.collectionName, id: doc._id, doc: next.doc }])
  return { data: { updated: next.changed ? 1 : 0, doc: encodeEjson(next.doc) } }
}

async function removeDocument(deps: DatabaseDeps, body: AdminRequest): Promise<ActionResult> {
  const req = parse(schemas.removeDocument, body)
  requireSingleDoc(req.transactionId, req.queryType, req.multi)
  deps.state.collection(req.collectionName)
  const where = criteria(deps, req.query)
  const found = targets(deps, req.collectionName, where, req.queryType, req.multi ?? false, req.transactionId)
  await write(
    deps,
    req.transactionId,
    found.map((doc) => ({ coll: req.collectionName, id: doc._id, doc: null }))
  )
  return { data: { deleted: found.length } }
}

function aggregateDocuments(deps: DatabaseDeps, body: AdminRequest): ActionResult {
  const req = parse(schemas.aggregateDocuments, body)
  const collection = deps.state.collection(req.collectionName)
  const pipeline = req.stages.map((stage, index) => ({ [stage.stageKey]: decodeEjson(stage.stageValue, `stages[${index}]`, deps.now) }))
  const source = { docs: (name: string) => [...deps.state.collection(name).docs.values()] }
  const list = aggregate(pipeline, [...collection.docs.values()], source, MAX_LIMIT)
  countReads(deps, list.length, collection.docs.size)
  return { data: { list: list.map(encodeEjson) } }
}

async function addCollection(deps: DatabaseDeps, body: AdminRequest): Promise<ActionResult> {
  const req = parse(schemas.addCollection, body)
  await deps.state.createCollection(req.collectionName)
  return { data: {} }
}

export function databaseActions(deps: DatabaseDeps): ActionTable {
  return {
    'database.getDocument': (body) => getDocument(deps, body),
    'database.calculateDocument': (body) => calculateDocument(deps, body),
    'database.insertDocument': (body) => insertDocument(deps, body),
    'database.modifyDocument': (body) => modifyDocument(deps, body),
    'database.modifyAndReturnDoc': (body) => modifyAndReturnDoc(deps, body),
    'database.removeDocument': (body) => removeDocument(deps, body),
    'database.aggregateDocuments': (body) => aggregateDocuments(deps, body),
    'database.addCollection': (body) => addCollection(deps, body),
    'database.startTransaction': () => ({ data: {}, top: { transactionId: deps.transactions.begin() } }),
    'database.commitTransaction': async (body) => {
      await deps.transactions.commit(parse(schemas.transaction, body).transactionId)
      return { data: {} }
    },
    'database.abortTransaction': (body) => {
      deps.transactions.abort(parse(schemas.transaction, body).transactionId)
      return { data: {} }
    }
  }
}
