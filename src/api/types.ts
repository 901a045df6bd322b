import type { CallEvent } from '@contract/envelope'

export type { CallEvent }

/**
 * A platform transport delivers the event to the function and resolves with
 * whatever its main() returned (the Result envelope, still unchecked).
 * It throws ApiError when the call itself fails.
 */
export type Transport = (name: string, event: CallEvent) => Promise<unknown>
