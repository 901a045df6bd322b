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

console.log('正在安装依赖（首次约 1–2 分钟）…')
// `npm install` rather than `npm ci`: with the committed lock it installs the same
// tree, while npm 11's `ci` rejects this lock for optional platform packages of
// nested versions (@swc/core-*, @tarojs/binding-*) that it cannot place.
execSync('npm install --no-audit --no-fund --loglevel=warn', { cwd: root, stdio: 'inherit' })
writeFileSync(stamp, lockHash()) // after the install, which may normalise the lock
