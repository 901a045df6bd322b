import type { z } from 'zod'
import type { ActionMap } from './function-table'

/**
 * Compile-time checks that each function's zod schemas and the contract's
 * payload types describe the same wire. Types only: nothing here runs, and
 * zod is imported for its types alone (the mini-program never bundles it).
 */

/**
 * True when A and B are the same type. Mutual assignability is not enough:
 * `{ a?: string }` and `{}` are assignable both ways, so a schema that forgot
 * an optional field would pass. Comparing how each behaves in a conditional
 * type is strict about optional, readonly and missing members.
 */
export type Exact<A, B> = (<T>() => T extends Normalised<A> ? 1 : 2) extends <T>() => T extends Normalised<B> ? 1 : 2 ? true : false

/**
 * One spelling per shape, so `{ a: string } & { b: number }` (how zod writes
 * objects) equals `{ a: string; b: number }` (how the contract does).
 */
type Normalised<T> = T extends ReadonlyArray<infer Item> ? Normalised<Item>[] : T extends object ? { [K in keyof T]: Normalised<T[K]> } : T

/**
 * The schema takes exactly the contract's payload (z.input), and what it hands
 * the use case after defaults and transforms (z.output) is still a payload of
 * that type, so `run` may be written against either.
 */
export type SchemaAgrees<Schema extends z.ZodType, Payload> =
  Exact<z.input<Schema>, Payload> extends true ? (z.output<Schema> extends Payload ? true : false) : false

/** The actions whose schema is missing, extra or disagrees with the contract; never when all agree. */
export type SchemaMismatches<Actions extends ActionMap<Actions>, Schemas extends Record<string, z.ZodType>> = {
  [A in keyof Actions | keyof Schemas]: A extends keyof Actions
    ? A extends keyof Schemas
      ? SchemaAgrees<Schemas[A], Actions[A]['payload']> extends true
        ? never
        : A
      : A
    : A
}[keyof Actions | keyof Schemas]

/**
 * `const check: SchemasMatch<Actions, typeof schemas> = true` compiles only
 * when every action agrees; otherwise tsc names the actions that do not
 * (`Type 'true' is not assignable to type '{ mismatched: "rule.set" }'`).
 *
 * `KnownDrift` lists actions whose contract type is known to be wider than
 * the schema while a client change is pending. It must stay accurate: an
 * action listed there that agrees again is an error too, so the list only
 * shrinks and never hides a new disagreement.
 */
export type SchemasMatch<Actions extends ActionMap<Actions>, Schemas extends Record<string, z.ZodType>, KnownDrift extends keyof Actions = never> = [
  Exclude<SchemaMismatches<Actions, Schemas>, KnownDrift>
] extends [never]
  ? [Exclude<KnownDrift, SchemaMismatches<Actions, Schemas>>] extends [never]
    ? true
    : { agreesNow_removeFromKnownDrift: Exclude<KnownDrift, SchemaMismatches<Actions, Schemas>> }
  : { mismatched: Exclude<SchemaMismatches<Actions, Schemas>, KnownDrift> }
