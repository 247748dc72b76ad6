import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The pure core (rules -> plan -> checklist) may not reach React, the router,
// the form library, the DOM or the console. Imports run one way only.
const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react/*',
  '@tanstack/*',
  'react-hook-form',
  '@hookform/*',
]
const pure = (forbiddenLayers) => ({
  'no-console': 'error',
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: uiPackages, message: 'The pure core imports no React, router or form library.' },
        ...forbiddenLayers.map((layer) => ({
          group: [`**/${layer}/*`, `../${layer}/*`, `../../${layer}/*`],
          message: `Imports run rules -> plan -> checklist -> wizard/app -> routes; not into ${layer}.`,
        })),
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'localStorage',
      'sessionStorage',
      'navigator',
      'location',
      'fetch',
    ].map((name) => ({ name, message: 'The pure core touches no DOM or browser API.' })),
  ],
})

export default tseslint.config(
  {
    ignores: ['dist', 'node_modules', 'src/routeTree.gen.ts', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts', 'src/wizard/**/*.ts'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-console': 'error',
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: pure(['plan', 'checklist', 'wizard', 'app', 'routes', 'inventory-ui']),
  },
  { files: ['src/plan/**/*.ts'], rules: pure(['checklist', 'wizard', 'app', 'routes']) },
  { files: ['src/checklist/**/*.ts'], rules: pure(['wizard', 'app', 'routes']) },
  {
    files: ['src/wizard/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/routes/*', '../routes/*'], message: 'Pages do not import routes.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
)
