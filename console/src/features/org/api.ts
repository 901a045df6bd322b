import type { ImportMemberRow, Role } from '@contract/org'
import { call } from '../../api/call'

/** One typed call per org action the 组织与党员 page uses; the function decides scope and rank on each. */
export const unitTree = () => call('org', 'units.tree', {})
export const listMembers = (unitId: string, page: number, pageSize: number, keyword: string) =>
  call('org', 'members.list', { unitId, page, pageSize, ...(keyword ? { keyword } : {}) })
export const appointRole = (memberId: string, role: Role, unitId: string) => call('org', 'roles.appoint', { memberId, role, unitId })
export const revokeRole = (memberId: string, role: Role, unitId: string) => call('org', 'roles.revoke', { memberId, role, unitId })
export const createInvite = (memberId: string) => call('org', 'invites.create', { memberId })
export const rebindMember = (memberId: string, reason: string) => call('org', 'members.rebind', { memberId, reason })
export const importTemplate = () => call('org', 'import.template', {})
export const previewImport = (unitId: string, base64: string) => call('org', 'import.preview', { unitId, base64 })
export const commitImport = (unitId: string, rows: ImportMemberRow[]) => call('org', 'import.commit', { unitId, rows })
