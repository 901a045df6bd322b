/**
 * The member sheet's columns, defined once: the template writes these headers,
 * widths and hints, and the parser finds columns by the same headers (or an
 * alias), so the two cannot drift apart.
 */
import type { MemberCategory, MemberType } from '../../../contract/org'

export type ImportColumnKey = 'name' | 'phone' | 'unitName' | 'groupName' | 'type' | 'category'

export interface ImportColumn {
  key: ImportColumnKey
  /** Exactly what the template's header cell says; also the `column` of every ImportRowError. */
  header: string
  required: boolean
  width: number
  /** Other headers secretaries commonly use for the same column in their own sheets. */
  aliases: readonly string[]
  /** One line for the 填写说明 sheet. */
  hint: string
}

export const MEMBER_TYPES: readonly MemberType[] = ['正式党员', '预备党员', '入党积极分子']
export const MEMBER_CATEGORIES: readonly MemberCategory[] = ['在职', '离退休', '流动党员']
export const DEFAULT_MEMBER_TYPE: MemberType = '正式党员'
export const DEFAULT_MEMBER_CATEGORY: MemberCategory = '在职'

export const NAME_MIN_LENGTH = 2
export const NAME_MAX_LENGTH = 20
/** A cloud function has limited time and memory; bigger lists are split into several files. */
export const DEFAULT_MAX_ROWS = 2000

export const IMPORT_TEMPLATE_FILE_NAME = '党员导入模板.xlsx'
export const MEMBER_SHEET_NAME = '党员名单'
export const GUIDE_SHEET_NAME = '填写说明'

/**
 * The template's example row (row 2) starts its 姓名 cell with this marker, and
 * the parser skips any row with a cell starting with it. A visible text marker
 * survives copy/paste, WPS and "save as", which cell styles and notes do not.
 * Compared after NFKC, so both 示例： and 示例: match.
 */
export const EXAMPLE_MARKER = '示例：'

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    key: 'name',
    header: '姓名',
    required: true,
    width: 14,
    aliases: ['党员姓名'],
    hint: `姓名：必填，${NAME_MIN_LENGTH}–${NAME_MAX_LENGTH} 个字。`
  },
  {
    key: 'phone',
    header: '手机号',
    required: true,
    width: 18,
    aliases: ['手机号码', '手机', '联系电话'],
    hint: '手机号：必填，11 位大陆手机号（可带 +86），党员用它绑定微信；同一文件内不能重复。'
  },
  {
    key: 'unitName',
    header: '所在支部',
    required: true,
    width: 28,
    aliases: ['所在党支部', '党支部', '支部'],
    hint: '所在支部：必填，请从下拉列表选择，只能是您有权管理的支部。'
  },
  {
    key: 'groupName',
    header: '党小组',
    required: false,
    width: 16,
    aliases: ['所在党小组', '小组'],
    hint: '党小组：选填；填写时必须是所在支部下已有的党小组。'
  },
  {
    key: 'type',
    header: '党员类型',
    required: false,
    width: 14,
    aliases: ['类型'],
    hint: `党员类型：选填，${MEMBER_TYPES.join(' / ')}；留空按“${DEFAULT_MEMBER_TYPE}”导入。`
  },
  {
    key: 'category',
    header: '人员类别',
    required: false,
    width: 12,
    aliases: ['党员类别', '类别'],
    hint: `人员类别：选填，${MEMBER_CATEGORIES.join(' / ')}；留空按“${DEFAULT_MEMBER_CATEGORY}”导入。`
  }
]

export function columnHeader(key: ImportColumnKey): string {
  const column = IMPORT_COLUMNS.find((item) => item.key === key)
  // The keys are a closed union listed above, so a miss is a programming error.
  if (!column) throw new Error(`unknown import column ${key}`)
  return column.header
}
