// Lints snippets as if they were files at the given paths (nothing is written):
// stdin is JSON [{ filePath, code }], stdout is JSON [{ filePath, messages: [{ ruleId, message }] }].
// The boundary tests use it to prove each rule fires; jest cannot load eslint.config.mjs itself.
import { ESLint } from 'eslint'

const chunks = []
for await (const chunk of process.stdin) chunks.push(chunk)
const snippets = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const eslint = new ESLint()
const out = []
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath })
  out.push({ filePath, messages: result.messages.map(({ ruleId, message }) => ({ ruleId, message })) })
}
process.stdout.write(JSON.stringify(out))
