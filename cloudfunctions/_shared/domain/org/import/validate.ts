/**
 * The rules for one data row. Every problem becomes its own ImportRowError so
 * the preview can point at each cell; nothing stops at the first error.
 */
import type { ImportMemberRow, ImportRowError, MemberCategory, MemberType } from '../../../contract/org'
import {
  DEFAULT_MEMBER_CATEGORY,
  DEFAULT_MEMBER_TYPE,
  MEMBER_CATEGORIES,
  MEMBER_TYPES,
  NAME_MAX_LENGTH,
  NAME_MIN_LENGTH,
  columnHeader,
  type ImportColumnKey
} from './columns'
import { normalisePhone, phoneProblem } from './phone'
import { charCount, matchKey, normaliseName } from './text'

export interface ImportScopeUnit {
  id: string
  name: string
  groups: Array<{ id: string; name: string }>
}

export interface ImportScope {
  /** The units the caller may import into; 所在支部 must name one of them. */
  units: ImportScopeUnit[]
  /** Normalised 11-digit phones already used by other members (see parseImportFile). */
  existingPhones?: ReadonlySet<string>
}

export type RowCells = Readonly<Record<ImportColumnKey, string>>

export interface RowResult {
  value: ImportMemberRow | null
  errors: ImportRowError[]
}

/** Listing more names than this makes the message unreadable on a phone. */
const MAX_LISTED_OPTIONS = 6

const TYPE_ALIASES: ReadonlyMap<string, MemberType> = optionMap(MEMBER_TYPES, { 正式: '正式党员', 预备: '预备党员', 积极分子: '入党积极分子' })
const CATEGORY_ALIASES: ReadonlyMap<string, MemberCategory> = optionMap(MEMBER_CATEGORIES, {
  退休: '离退休',
  离休: '离退休',
  流动: '流动党员'
})

function optionMap<T extends string>(options: readonly T[], aliases: Record<string, T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>()
  for (const option of options) map.set(matchKey(option), option)
  for (const [alias, option] of Object.entries(aliases)) map.set(matchKey(alias), option)
  return map
}

function listed(names: readonly string[]): string {
  return names.length <= MAX_LISTED_OPTIONS ? `可选：${names.join('、')}` : `共 ${names.length} 个可选，请从下拉列表选择`
}

/**
 * Returns a function that validates rows in file order. It is stateful on
 * purpose: it remembers phones seen so far to flag the later duplicate.
 */
export function createRowValidator(scope: ImportScope): (row: number, cells: RowCells) => RowResult {
  const unitsByKey = new Map<string, ImportScopeUnit[]>()
  for (const unit of scope.units) {
    const key = matchKey(unit.name)
    unitsByKey.set(key, [...(unitsByKey.get(key) ?? []), unit])
  }
  const unitNames = scope.units.map((unit) => unit.name)
  const seenPhones = new Map<string, { row: number; name: string }>()

  return (row, cells) => {
    const errors: ImportRowError[] = []
    const fail = (key: ImportColumnKey, reason: string): void => {
      errors.push({ row, column: columnHeader(key), reason })
    }

    const name = normaliseName(cells.name)
    if (name === '') fail('name', '姓名不能为空')
    else if (charCount(name) < NAME_MIN_LENGTH || charCount(name) > NAME_MAX_LENGTH) {
      fail('name', `姓名应为 ${NAME_MIN_LENGTH}–${NAME_MAX_LENGTH} 个字，实际为 ${charCount(name)} 个字（“${name}”）`)
    } else if (/\d/.test(name)) {
      // Usually the phone and name columns were swapped while pasting.
      fail('name', `姓名不应包含数字，实际为 “${name}”`)
    }

    const phone = normalisePhone(cells.phone)
    const phoneError = phoneProblem(cells.phone, phone)
    if (phoneError) fail('phone', phoneError)
    else {
      const earlier = seenPhones.get(phone)
      if (earlier) fail('phone', `手机号与第 ${earlier.row} 行${earlier.name ? `（${earlier.name}）` : ''}重复`)
      else seenPhones.set(phone, { row, name })
      if (scope.existingPhones?.has(phone)) fail('phone', '该手机号已被系统中的其他党员使用，请核对')
    }

    let unit: ImportScopeUnit | null = null
    if (cells.unitName === '') fail('unitName', '所在支部不能为空')
    else if (unitNames.length === 0) fail('unitName', '您当前没有可导入党员的支部，请联系上级组织')
    else {
      const matches = unitsByKey.get(matchKey(cells.unitName)) ?? []
      if (matches.length === 1) unit = matches[0]
      else if (matches.length > 1) fail('unitName', `所在支部“${cells.unitName}”对应多个同名支部，请联系管理员区分名称后再导入`)
      else fail('unitName', `所在支部“${cells.unitName}”不在您可导入的范围内${suggestUnit(cells.unitName, unitNames)}，${listed(unitNames)}`)
    }

    let groupName: string | null = null
    // Without a known unit there is no list of groups to check against; the unit error already covers the row.
    if (cells.groupName !== '' && unit) {
      const group = unit.groups.find((item) => matchKey(item.name) === matchKey(cells.groupName))
      if (group) groupName = group.name
      else if (unit.groups.length === 0) fail('groupName', `“${unit.name}”下没有党小组，请留空`)
      else fail('groupName', `党小组“${cells.groupName}”不属于“${unit.name}”，${listed(unit.groups.map((item) => item.name))}`)
    }

    const type = cells.type === '' ? DEFAULT_MEMBER_TYPE : TYPE_ALIASES.get(matchKey(cells.type))
    if (!type) fail('type', `党员类型应为${MEMBER_TYPES.join('、')}之一，实际为 “${cells.type}”`)
    const category = cells.category === '' ? DEFAULT_MEMBER_CATEGORY : CATEGORY_ALIASES.get(matchKey(cells.category))
    if (!category) fail('category', `人员类别应为${MEMBER_CATEGORIES.join('、')}之一，实际为 “${cells.category}”`)

    if (errors.length > 0 || !unit || !type || !category) return { value: null, errors }
    return { value: { row, name, phone, unitName: unit.name, groupName, type, category }, errors }
  }
}

/** "第一支部" for "第一党支部": when exactly one allowed name contains the typed one (or the reverse), say so. */
function suggestUnit(typed: string, names: readonly string[]): string {
  const key = matchKey(typed)
  const close = names.filter((name) => {
    const candidate = matchKey(name)
    return candidate.includes(key) || key.includes(candidate)
  })
  return close.length === 1 ? `（是否为“${close[0]}”？）` : ''
}
