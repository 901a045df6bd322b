import { action, defineFunction } from '../_shared/runtime/dispatch'
import { history } from './history'
import { exportMyData, myData } from './my-data'
import { schemas } from './schemas'
import { whoami } from './whoami'

/** The `me` function: what the mini-program needs to know about its own user, their own records, and 我的数据 (everything stored about them, and its export). */
export const main = defineFunction({
  contract: 'me',
  actions: {
    whoami: action(schemas.whoami, () => whoami()),
    history: action(schemas.history, (payload) => history(payload)),
    data: action(schemas.data, () => myData()),
    export: action(schemas.export, () => exportMyData())
  }
})
