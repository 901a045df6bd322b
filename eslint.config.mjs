// The rules this codebase keeps, enforced: `npm test` runs this before anything
// else, so CI fails on a violation. Layers and boundaries are described in
// README.md ("Layout"); each rule below says which convention it holds.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import globals from 'globals'
import { boundaries } from './eslint.boundaries.mjs'

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.data/**',
      '.test-data/**',
      '.swc/**',
      'build/**',
      'dist/**',
      'dist-h5/**',
      'coverage/**',
      '**/*.d.ts',
      'test/lint-fixtures/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // import-x parses the files an import leads to (for cycles) with the TypeScript parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.cjs', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })]
    },
    rules: {
      // An `any` needs its reason on the same line (STYLE: "no any without a reason").
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Lines of at most 160 characters: Prettier wraps code at that width but not comments; long
      // strings (selectors, fixtures, messages) are left whole rather than cut mid-word.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
      // No import cycles anywhere in the repo.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      // One file-casing rule: kebab-case files; React components (*.tsx under components/ or ui/) in PascalCase.
      'check-file/filename-naming-convention': [
        'error',
        { '**/!(components|ui|layouts|pages)/**/*.{ts,js,cjs,mjs}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true }
      ],
      'check-file/folder-naming-convention': ['error', { '{src,console,cloudfunctions,emulator,scripts,test}/**/': '+([a-z0-9_-])' }]
    }
  },
  {
    // Migrations run in the order of their number.
    files: ['migrations/[0-9]*.ts'],
    rules: { 'check-file/filename-naming-convention': ['error', { 'migrations/[0-9]*.ts': '[0-9][0-9][0-9]-+([a-z0-9-])' }, { ignoreMiddleExtensions: true }] }
  },
  {
    files: ['**/components/**/*.tsx', '**/ui/**/*.tsx', '**/layouts/**/*.tsx'],
    rules: { 'check-file/filename-naming-convention': ['error', { '**/*.tsx': 'PASCAL_CASE' }, { ignoreMiddleExtensions: true }] }
  },
  {
    files: ['src/**/*.{ts,tsx}', 'console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    // One way for pages to tell each other something: forward the URL query (src/routes.ts), back src/lib/page-messages.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/page-messages.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Taro', property: 'eventCenter', message: '页面之间的消息只经 src/lib/page-messages.ts（sendPageMessage / usePageMessage）' },
        { object: 'Taro', property: 'preload', message: '向前传给页面的数据放在 URL 参数里（src/routes.ts）' }
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@tarojs/taro',
              importNames: ['eventCenter', 'preload'],
              message: '页面之间的消息只经 src/lib/page-messages.ts；向前传的数据放在 URL 参数里'
            }
          ]
        }
      ]
    }
  },
  {
    // CommonJS files run by Node as they are (the function worker, config files).
    files: ['**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  ...boundaries
)
