import type { MemberDoc, UnitDoc } from '../org-docs'
import { getById } from '../read'

/** A unit by id; NOT_FOUND (组织不存在) when there is none. */
export const loadUnit = (id: string): Promise<UnitDoc> => getById<UnitDoc>('units', id, '组织不存在')

/** A member by id; NOT_FOUND (党员不存在) when there is none. */
export const loadMember = (id: string): Promise<MemberDoc> => getById<MemberDoc>('members', id, '党员不存在')
