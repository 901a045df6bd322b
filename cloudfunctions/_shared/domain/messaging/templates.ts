/**
 * The subscribe templates the functions send, each declared once: its id and
 * the field keys (the kind is the key's prefix, as in party-study.config.json's
 * `subscribeTemplates`; message.test.ts keeps the two in step). The builders
 * take their template id from here.
 *
 * The ids are WeChat's, applied for per mini-program, so they are not written
 * here: `npm run deploy` builds the functions with the ids of
 * party-study.config.json (scripts/build-functions.ts `--production`, an esbuild
 * `define` of `__PS_TEMPLATE_IDS__`) and refuses placeholders. Builds for the
 * emulator, tests and scripts run from source get nothing injected and use the
 * placeholders below, which the emulator accepts like any id.
 */
export type TemplateName = 'studyNotice' | 'meeting' | 'quota'

/** The ids the repo ships in party-study.config.json until real ones are applied for; never valid on WeChat. */
export const PLACEHOLDER_TEMPLATE_IDS: Readonly<Record<TemplateName, string>> = {
  studyNotice: 'TEMPLATE_STUDY_NOTICE',
  meeting: 'TEMPLATE_MEETING',
  quota: 'TEMPLATE_QUOTA'
}

// Replaced by the bundler with the configured ids (an object literal); undefined when nothing injects it.
declare const __PS_TEMPLATE_IDS__: Readonly<Record<TemplateName, string>> | undefined

const IDS: Readonly<Record<TemplateName, string>> = typeof __PS_TEMPLATE_IDS__ === 'undefined' ? PLACEHOLDER_TEMPLATE_IDS : __PS_TEMPLATE_IDS__

export const SUBSCRIBE_TEMPLATES = {
  studyNotice: { id: IDS.studyNotice, keys: ['thing1', 'time2', 'thing3'] },
  meeting: { id: IDS.meeting, keys: ['thing1', 'time2', 'thing3', 'thing4'] },
  quota: { id: IDS.quota, keys: ['thing1', 'thing2', 'thing3'] }
} as const satisfies Record<TemplateName, { id: string; keys: readonly string[] }>

/** The declared keys of the template with this id, or null for an id no template declares. */
export function keysOfTemplate(templateId: string): readonly string[] | null {
  const found = Object.values(SUBSCRIBE_TEMPLATES).find((t) => t.id === templateId)
  return found ? found.keys : null
}
