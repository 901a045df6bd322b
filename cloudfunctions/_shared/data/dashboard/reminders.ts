import { insertOnce } from '../write'

/** Claims a reminder once: the record is also what the secretary can look back on. False if it was already sent. */
export const claimReminder = (id: string, fields: Record<string, unknown>, at: Date): Promise<boolean> => insertOnce('reminders', { _id: id, ...fields, at })
