import { z } from 'zod'
import type { Exact, SchemasMatch } from './schema-check'

/**
 * The checks live in the types, so this file is proved by `tsc --noEmit`:
 * each `@ts-expect-error` below fails the compile if the line under it ever
 * stops being an error, i.e. if the check stops firing. Jest only confirms
 * the file loads.
 */

interface FixtureActions {
  'things.get': { payload: { id: string; page?: number }; result: { name: string } }
  'things.rename': { payload: { id: string; name: string; note?: string | null }; result: null }
}

const agreeing = {
  'things.get': z.object({ id: z.string().min(1), page: z.number().int().default(1) }).strict(),
  'things.rename': z.object({ id: z.string(), name: z.string().trim().max(20), note: z.string().nullable().optional() }).strict()
}

export const agrees: SchemasMatch<FixtureActions, typeof agreeing> = true

// A required field the contract calls optional.
export const requiredVersusOptional = { ...agreeing, 'things.get': z.object({ id: z.string(), page: z.number() }).strict() }
// @ts-expect-error things.get disagrees
export const firesOnRequired: SchemasMatch<FixtureActions, typeof requiredVersusOptional> = true

// An optional field the schema forgot: assignable both ways, still caught.
export const forgotOptional = { ...agreeing, 'things.rename': z.object({ id: z.string(), name: z.string() }).strict() }
// @ts-expect-error things.rename disagrees
export const firesOnMissingOptional: SchemasMatch<FixtureActions, typeof forgotOptional> = true

// A schema narrower than the contract (an enum where the contract says string).
export const narrower = {
  ...agreeing,
  'things.rename': z.object({ id: z.string(), name: z.enum(['a', 'b']), note: z.string().nullable().optional() }).strict()
}
// @ts-expect-error things.rename disagrees
export const firesOnNarrower: SchemasMatch<FixtureActions, typeof narrower> = true

// A schema left out, and one for an action the contract does not have.
export const { 'things.get': _left, ...missing } = agreeing
// @ts-expect-error things.get has no schema
export const firesOnMissingSchema: SchemasMatch<FixtureActions, typeof missing> = true
export const extra = { ...agreeing, 'things.delete': z.object({ id: z.string() }).strict() }
// @ts-expect-error things.delete is not in the contract
export const firesOnExtraSchema: SchemasMatch<FixtureActions, typeof extra> = true

// Known drift is allowed only while it is real.
export const driftTolerated: SchemasMatch<FixtureActions, typeof narrower, 'things.rename'> = true
// @ts-expect-error things.rename agrees now, so listing it is an error
export const staleDriftFires: SchemasMatch<FixtureActions, typeof agreeing, 'things.rename'> = true

export const sameShape: Exact<{ a: string } & { b: number[] }, { a: string; b: number[] }> = true
// @ts-expect-error optional and required differ
export const optionalDiffers: Exact<{ a?: string }, { a: string | undefined }> = true

describe('schema-check', () => {
  it('is a compile-time check (see the @ts-expect-error lines)', () => {
    expect([agrees, driftTolerated, sameShape]).toEqual([true, true, true])
  })
})
