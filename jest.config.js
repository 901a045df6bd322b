// Functions run in UTC on CloudBase; tests must not depend on the developer's timezone.
process.env.TZ = 'UTC'

/** One jest run, three projects: fast unit tests beside the code, integration (real SDK against the emulator) and e2e (H5 in Chromium). */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }
  ]
}
const common = {
  testEnvironment: 'node',
  transform,
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract/(.*)$': '<rootDir>/cloudfunctions/_shared/contract/$1'
  },
  // Fresh random function secrets per test file (never a literal): test/support/function-secrets.ts.
  setupFiles: ['<rootDir>/test/support/function-secrets.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/dist-h5/', '/build/', '/.data/', '/.test-data/']
}

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/console', '<rootDir>/cloudfunctions', '<rootDir>/emulator', '<rootDir>/scripts'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx']
    },
    { ...common, displayName: 'integration', roots: ['<rootDir>/test/integration'], testMatch: ['**/*.test.ts'] },
    { ...common, displayName: 'e2e', roots: ['<rootDir>/test/e2e'], testMatch: ['**/*.test.ts'] }
  ]
}
