import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { Database } from './database'
import type { CollectionSpec } from './database/indexes'
import { adminRoute, createServer, ADMIN_PATH, type ActionCounts } from './server'
import { controlRoute } from './control'
import { DemoUsers } from './demo-users'
import { prefixedStaticRoute, staticRoute } from './static'
import { FunctionHost } from './functions/host'
import { loadOrCreateSecrets, type FunctionSecrets } from './functions/secrets'
import { functionActions } from './functions/operations'
import { useFunctionTimezone } from './functions/timezone'
import { OpenApiOutbox } from './openapi/outbox'
import { openApiActions } from './openapi/operations'
import { openApiRoutes } from './openapi/routes'
import { TimerScheduler } from './timers/scheduler'
import { timerRoutes } from './timers/routes'
import { gatewayRoute } from './gateway/routes'
import { managementRoute } from './management/route'
import { authRoutes } from './auth/routes'
import { CUSTOM_LOGIN_KEY_VARIABLE, loadOrCreateAuthKeys, type AuthKeys } from './auth/keys'
import { TokenIssuer } from './auth/tokens'
import { CONSOLE_PATH, DEFAULT_FUNCTIONS_DIR, DEFAULT_HOST, LOCAL_APPID, LOCAL_ENV } from './core/constants'
import type { Route } from './core/http'

export interface EmulatorOptions {
  port?: number
  host?: string
  /** Data folder; undefined keeps the database in memory (unit tests). */
  dataDir?: string
  functionsDir?: string
  /** The H5 build to serve at `/`, if any. */
  staticDir?: string
  /** The PC console's build to serve at `/console/`, if any (scripts/build-console.ts). */
  consoleDir?: string
  collections?: CollectionSpec[]
  /** Run timer triggers on their schedule (tests fire them on demand instead). */
  timers?: boolean
  env?: string
  /** The secrets the functions need (`FUNCTION_SECRETS`): generated once per data folder and injected as their environment. */
  secretNames?: readonly string[]
  /** Exact secret values instead of generated ones (tests that compute member ids themselves). */
  secrets?: FunctionSecrets
  /**
   * Leave this process's timezone alone; functions then run in it instead of UTC
   * (see `FunctionHostOptions.keepProcessTimezone`).
   */
  keepProcessTimezone?: boolean
}

export interface RunningEmulator {
  url: string
  adminUrl: string
  port: number
  db: Database
  functions: FunctionHost
  outbox: OpenApiOutbox
  timers: TimerScheduler
  demoUsers: DemoUsers
  /** What every function instance gets in its environment besides the platform's variables. */
  secrets: FunctionSecrets
  /** The custom-login key and the token secret of this data folder (js-sdk sign-in, emulator/auth). */
  authKeys: AuthKeys
  /** Requests per SDK action since start. */
  actionCounts: ActionCounts
  close(): Promise<void>
}

/** Starts every emulated service on one port, the way firebase-tools' controller does. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  // Functions run in UTC as on CloudBase, and a worker cannot have its own timezone: the whole
  // process goes to UTC once, here at the root, before anything reads the clock's zone.
  if (!options.keepProcessTimezone) useFunctionTimezone()
  const host = options.host ?? DEFAULT_HOST
  const env = options.env ?? LOCAL_ENV
  const db = new Database({ dataDir: options.dataDir, collections: options.collections })
  await db.open()
  const demoUsers = new DemoUsers(options.dataDir)
  const outbox = new OpenApiOutbox()

  // The port is known only after listen(), and the function host needs the admin URL: bind first.
  const routes: Route[] = []
  const server = createServer(routes)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const url = `http://${host}:${port}`
  const adminUrl = url + ADMIN_PATH

  const secrets = options.secrets ?? loadOrCreateSecrets(options.dataDir, options.secretNames ?? [])
  const authKeys = loadOrCreateAuthKeys(options.dataDir, env)
  const functions = new FunctionHost({
    functionsDir: options.functionsDir ?? DEFAULT_FUNCTIONS_DIR,
    adminUrl,
    env,
    appId: LOCAL_APPID,
    // The custom-login key reaches the functions as the deploy sets it on CloudBase (signin creates tickets with it).
    environment: { ...secrets, [CUSTOM_LOGIN_KEY_VARIABLE]: JSON.stringify(authKeys.customLogin) },
    keepProcessTimezone: options.keepProcessTimezone
  })
  const timers = new TimerScheduler({ host: functions })
  if (options.timers) timers.start()

  const actionCounts: ActionCounts = new Map()
  routes.push(
    adminRoute({ ...db.actions, ...functionActions(functions), ...openApiActions(outbox) }, actionCounts),
    gatewayRoute({ host: functions, appId: LOCAL_APPID, listDemoUsers: async () => demoUsers.list() }),
    managementRoute({ db, env }),
    controlRoute({ db, demoUsers, secrets, clock: functions.clock, onReset: () => outbox.clear() }),
    openApiRoutes(outbox),
    timerRoutes(timers),
    authRoutes({ host: functions, db, keys: authKeys, tokens: new TokenIssuer(authKeys.tokenSecret, env), env })
  )
  // The console before the H5 app: the app's route answers every path with its own index.html.
  if (options.consoleDir && existsSync(options.consoleDir)) routes.push(prefixedStaticRoute(CONSOLE_PATH, options.consoleDir))
  if (options.staticDir && existsSync(options.staticDir)) routes.push(staticRoute(options.staticDir))

  return {
    url,
    adminUrl,
    port,
    db,
    functions,
    outbox,
    timers,
    demoUsers,
    secrets,
    authKeys,
    actionCounts,
    async close() {
      timers.stop()
      await functions.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await db.close()
    }
  }
}
