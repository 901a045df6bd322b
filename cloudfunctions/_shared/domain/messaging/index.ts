export { ELLIPSIS, cut, lengthOf } from './text'
export { FIELD_KINDS, fitValue, kindOfKey, type FieldKind, type Fit } from './fields'
export { fitMessage, type FittedMessage, type MessageData } from './message'
export { PLACEHOLDER_TEMPLATE_IDS, SUBSCRIBE_TEMPLATES, keysOfTemplate, type TemplateName } from './templates'
