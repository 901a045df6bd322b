#!/usr/bin/env node
// Installs dependencies when node_modules is missing or older than package-lock.json.
// Plain JavaScript on purpose: it runs before anything (tsx, TypeScript) is installed.
const { createHash } = require('node:crypto')
const { existsSync, readFileSync, writeFileSync } = require('node:fs')
const { execSync } = require('node:child_process')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const lock = path.join(root, 'package-lock.json')
const stamp = path.join(root, 'node_modules', '.party-study-lock')
const lockHash = () => createHash('sha256').update(readFileSync(lock)).digest('hex')

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lockHash()) process.exit(0)

// A clean clone gets exactly the committed lock with `npm ci` (which fails rather than
// rewrite a lock out of step with package.json). An existing node_modules from an older lock
// (after a pull) is brought up to date in place with `npm install`, which is quicker and,
// the lock being in step, leaves package-lock.json as committed.
const fresh = !existsSync(path.join(root, 'node_modules'))
console.log(fresh ? '正在安装依赖（首次约 1–2 分钟）…' : '正在按 package-lock.json 更新依赖…')
execSync(`npm ${fresh ? 'ci' : 'install'} --no-audit --no-fund --loglevel=warn`, { cwd: root, stdio: 'inherit' })
writeFileSync(stamp, lockHash())
