import { action, defineFunction } from '../_shared/runtime/dispatch'
import { listAudit } from './audit'
import { resolveCaller } from '../_shared/access/caller'
import { commitImport, importTemplate, previewImport } from './import'
import { createInvite, rebindMember, redeemInvite, resolveInviteScene } from './invites'
import { addMember, deactivateMember, listMembers, moveMember, setActivityUnit } from './members'
import { appointRole, revokeRole } from './roles'
import { schemas } from './schemas'
import { committeeBranches, createUnit, unitTree } from './units'

/**
 * The `org` function: validate (schema) → resolve the caller from the platform
 * OPENID → authorise inside each use case → typed result.
 */
export const main = defineFunction({
  contract: 'org',
  actions: {
    'units.tree': action(schemas['units.tree'], async () => unitTree(await resolveCaller())),
    'units.create': action(schemas['units.create'], async (p) => createUnit(await resolveCaller(), p)),
    'members.list': action(schemas['members.list'], async (p) => listMembers(await resolveCaller(), p)),
    'members.add': action(schemas['members.add'], async (p) => addMember(await resolveCaller(), p)),
    'members.move': action(schemas['members.move'], async (p) => moveMember(await resolveCaller(), p)),
    'members.setActivityUnit': action(schemas['members.setActivityUnit'], async (p) => setActivityUnit(await resolveCaller(), p)),
    'units.branches': action(schemas['units.branches'], async () => committeeBranches(await resolveCaller())),
    'members.deactivate': action(schemas['members.deactivate'], async (p) => deactivateMember(await resolveCaller(), p)),
    'roles.appoint': action(schemas['roles.appoint'], async (p) => appointRole(await resolveCaller(), p)),
    'roles.revoke': action(schemas['roles.revoke'], async (p) => revokeRole(await resolveCaller(), p)),
    'invites.create': action(schemas['invites.create'], async (p) => createInvite(await resolveCaller(), p)),
    'invites.redeem': action(schemas['invites.redeem'], (p) => redeemInvite(p)),
    'invites.resolve': action(schemas['invites.resolve'], (p) => resolveInviteScene(p)),
    'members.rebind': action(schemas['members.rebind'], async (p) => rebindMember(await resolveCaller(), p)),
    'import.template': action(schemas['import.template'], async () => importTemplate(await resolveCaller())),
    'import.preview': action(schemas['import.preview'], async (p) => previewImport(await resolveCaller(), p)),
    'import.commit': action(schemas['import.commit'], async (p) => commitImport(await resolveCaller(), p)),
    'audit.list': action(schemas['audit.list'], async (p) => listAudit(await resolveCaller(), p))
  }
})
