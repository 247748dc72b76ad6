import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
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

// import-x/no-restricted-paths: `target` may not import from `from`.
const PURE = ['./src/rules', './src/plan', './src/checklist', './src/diagram', './src/discovery']
const LAYERS = {
  store: ['./src/ui', './src/wizard', './src/app', './src/routes'],
  ui: ['./src/wizard', './src/app', './src/routes'],
  wizard: ['./src/app', './src/routes'],
  app: ['./src/wizard', './src/routes'],
}
const importZones = [
  ...Object.entries(LAYERS).map(([layer, from]) => ({
    target: `./src/${layer}`,
    from,
    message:
      layer === 'wizard' || layer === 'app'
        ? 'Page folders never import each other or routes: move what both need into src/store or src/ui.'
        : `Imports run pure <- store <- ui <- pages <- routes: ${layer} imports no later layer.`,
  })),
  ...PURE.map((target) => ({
    target,
    from: ['./src/store', './src/ui', './src/wizard', './src/app', './src/routes'],
    message: 'The pure core imports no store, UI, page or route.',
  })),
]

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
    rules: pure([
      'plan',
      'checklist',
      'diagram',
      'discovery',
      'store',
      'ui',
      'wizard',
      'app',
      'routes',
    ]),
  },
  {
    files: ['src/plan/**/*.ts'],
    rules: pure(['checklist', 'diagram', 'discovery', 'store', 'ui', 'wizard', 'app', 'routes']),
  },
  { files: ['src/checklist/**/*.ts'], rules: pure(['wizard', 'app', 'routes']) },
  {
    files: ['src/diagram/**/*.ts'],
    rules: pure(['checklist', 'discovery', 'store', 'ui', 'wizard', 'app', 'routes']),
  },
  {
    // Discovery may import rules and plan, and from checklist only its quoting function.
    files: ['src/discovery/**/*.ts'],
    rules: {
      ...pure(['diagram', 'wizard', 'app', 'routes', 'store', 'ui']),
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...pure(['diagram', 'wizard', 'app', 'routes', 'store', 'ui'])[
              'no-restricted-imports'
            ][1].patterns,
            {
              group: ['**/checklist/*', '!../checklist/powershell'],
              message:
                'Discovery imports from checklist only its quoting function (powershell.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Imports run one way: pure folders <- store <- ui <- pages (wizard, app) <- routes,
    // and one page folder never imports another. Any import cycle fails lint.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
  },
)
