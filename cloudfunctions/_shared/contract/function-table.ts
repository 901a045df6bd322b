/**
 * The shape a function's action table must have to serve its contract: one
 * entry per action of the contract, none besides, each answering with the
 * contract's result type. Types only, and free of server imports, so the
 * dispatcher (cloudfunctions/_shared/runtime/dispatch.ts) can require it.
 */

/**
 * Every action of a function: what it takes and what it answers. Written as
 * a constraint over the keys it has, since the contract's action maps are
 * interfaces, which have no index signature.
 */
export type ActionMap<Actions> = { [A in keyof Actions]: { payload: unknown; result: unknown } }

/**
 * What the contract asks of one entry: its use case resolves to the result
 * type. The payload `run` takes is the schema's output, already checked
 * against the contract by SchemasMatch (schema-check.ts); `never` here lets
 * any payload type through, as a parameter type must.
 */
export interface ContractAction<Result> {
  run(payload: never): Promise<Result>
}

/** The result type the contract gives an action. */
export type ResultOf<Entry> = Entry extends { result: infer Result } ? Result : never

/**
 * The table `defineFunction` takes for a function whose contract is
 * `Actions`. Unconstrained so it can be indexed by a generic function name
 * (`ContractActions[F]`), which tsc cannot prove is an ActionMap.
 */
export type FunctionTable<Actions> = { [A in keyof Actions]: ContractAction<ResultOf<Actions[A]>> }

/**
 * `Table` as the dispatcher should accept it: every contract action, each
 * with the contract's result type, and no action the contract lacks (an
 * extra key must be `never`, so tsc names it). Table is inferred from the
 * call, which keeps the check working for a table declared apart from the
 * call, where excess-property checks would not run.
 */
export type ExactFunctionTable<Actions, Table> = Table & FunctionTable<Actions> & { [Extra in Exclude<keyof Table, keyof Actions>]: never }
