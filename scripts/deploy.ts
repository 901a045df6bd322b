/**
 * npm run deploy -- --env <envId> [--dry-run] [--json] [--key-file <path>]
 * Plans (and, with credentials, applies) functions, triggers, collections,
 * indexes and rules to a CloudBase environment; `--emulator <url>` applies the
 * database part to a local emulator. See docs/deploy.md.
 */
import { join } from 'node:path'
import { runDeploy } from './deploy/main'

runDeploy(process.argv.slice(2), {
  root: join(__dirname, '..'),
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`)
}).then(
  (code) => {
    process.exitCode = code
  },
  (err: Error) => {
    process.stderr.write(`部署脚本出错：${err.stack ?? err.message}\n`)
    process.exitCode = 1
  }
)
