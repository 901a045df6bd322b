import { action, defineFunction } from '../_shared/runtime/dispatch'
import { inbox, mine, reply } from './lists'
import { schemas } from './schemas'
import { send, targets } from './send'

/** The `feedback` function: 投诉建议 to the 组织部 or the 党总支, optionally anonymous, answered by the recipient. */
export const main = defineFunction({
  contract: 'feedback',
  actions: {
    'feedback.targets': action(schemas['feedback.targets'], () => targets()),
    'feedback.send': action(schemas['feedback.send'], (payload) => send(payload)),
    'feedback.mine': action(schemas['feedback.mine'], () => mine()),
    'feedback.inbox': action(schemas['feedback.inbox'], () => inbox()),
    'feedback.reply': action(schemas['feedback.reply'], (payload) => reply(payload))
  }
})
