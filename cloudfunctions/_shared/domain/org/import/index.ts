/** Bulk member import: the template a secretary downloads and the parser for what they upload. */
export {
  DEFAULT_MAX_ROWS,
  EXAMPLE_MARKER,
  GUIDE_SHEET_NAME,
  IMPORT_COLUMNS,
  IMPORT_TEMPLATE_FILE_NAME,
  MEMBER_CATEGORIES,
  MEMBER_SHEET_NAME,
  MEMBER_TYPES,
  type ImportColumn,
  type ImportColumnKey
} from './columns'
export { ImportFileError } from './errors'
export { importedMemberId, maskPhone } from './member-id'
export { parseImportFile, type ParseImportContext } from './parse'
export { MAINLAND_MOBILE, normalisePhone } from './phone'
export { buildImportTemplate, type ImportTemplateOptions } from './template'
export type { ImportScope, ImportScopeUnit } from './validate'
