import { parseAdminArgs, USAGE } from './admin/args'
import { runCommand } from './admin/commands'

/** `npm run admin -- …`: go-live and maintenance tasks (first administrator, backups, migrations); see scripts/admin/args.ts. */
async function main(): Promise<void> {
  const { target, command } = parseAdminArgs(process.argv.slice(2))
  if (command.name === 'help') {
    console.log(USAGE)
    return
  }
  await runCommand(target, command, { out: (line) => console.log(line), log: (line) => console.error(line) })
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
