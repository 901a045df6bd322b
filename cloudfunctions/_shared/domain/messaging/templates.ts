/**
 * The subscribe templates the functions send, each declared once: the id the
 * code sends and the field keys (the kind is the key's prefix, as in
 * party-study.config.json's `subscribeTemplates`; templates.test.ts keeps the
 * two in step). The builders take their template id from here.
 */
export const SUBSCRIBE_TEMPLATES = {
  studyNotice: { id: 'TEMPLATE_STUDY_NOTICE', keys: ['thing1', 'time2', 'thing3'] },
  meeting: { id: 'TEMPLATE_MEETING', keys: ['thing1', 'time2', 'thing3', 'thing4'] },
  quota: { id: 'TEMPLATE_QUOTA', keys: ['thing1', 'thing2', 'thing3'] }
} as const satisfies Record<string, { id: string; keys: readonly string[] }>

export type TemplateName = keyof typeof SUBSCRIBE_TEMPLATES

/** The declared keys of the template with this id, or null for an id no template declares. */
export function keysOfTemplate(templateId: string): readonly string[] | null {
  const found = Object.values(SUBSCRIBE_TEMPLATES).find((t) => t.id === templateId)
  return found ? found.keys : null
}
