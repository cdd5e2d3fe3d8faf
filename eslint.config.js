import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Casts that hide a content type's real fields from the compiler. */
const CONTENT_TYPE_CASTS = [
  {
    selector: 'TSAsExpression > TSNeverKeyword.typeAnnotation',
    message: 'No `as never`: type the call with the generated content types (UID, Data, Modules.Documents).',
  },
  { selector: 'TSTypeAssertion > TSNeverKeyword.typeAnnotation', message: 'No `<never>` assertion: type the call with the generated content types.' },
  {
    selector: 'TSAsExpression > TSAsExpression.expression > TSUnknownKeyword.typeAnnotation',
    message: 'No double assertion through `unknown`: give the value its real type (a typed service getter, a type guard).',
  },
  {
    selector: "TSAsExpression > TSTypeReference.typeAnnotation > TSQualifiedName.typeName[left.name='UID']",
    message: 'No cast to a UID type: build the uid with apiUid() or check it with isModelUid() (cms/src/content-model/uids.ts).',
  },
];

/** Casts of what comes from outside the program, which a test reads through a zod parser instead. */
const UNCHECKED_INPUT_CASTS = [
  {
    selector: "TSAsExpression > AwaitExpression.expression > CallExpression.argument[callee.property.name='json']",
    message: 'No cast of a response body: read it with readJson(response, schema) (cms/tests/helpers/json.ts).',
  },
  {
    selector: "TSAsExpression > CallExpression.expression[callee.object.name='JSON'][callee.property.name='parse']",
    message: 'No cast of parsed JSON: read it with parseJson(text, schema) (cms/tests/helpers/json.ts).',
  },
  {
    selector: "TSAsExpression > CallExpression.expression[callee.property.name=/^(all|get)$/][callee.object.type='CallExpression']",
    message: 'No cast of a database row: parse it with a zod schema of the columns the test reads.',
  },
  {
    selector:
      'TSAsExpression > AwaitExpression.expression > CallExpression.argument[callee.property.name=/^(all|get|first|pluck|select|returning|groupBy|query|count|findOne|findMany|findFirst|create|update|json)$/]',
    message: 'No cast of a stored row or document: type the call (generated content types) or parse the row with a zod schema.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.astro/**',
      '.tools/**',
      '.data/**',
      'cms/build/**',
      'cms/.strapi/**',
      'cms/.cache/**',
      'cms/types/generated/**',
      'cms/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The CMS reaches content types through the types Strapi generates (cms/types/generated): a cast
    // would hide a renamed or removed field from the compiler.
    files: ['cms/src/**/*.ts', 'cms/src/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', ...CONTENT_TYPE_CASTS] },
  },
  {
    // The CMS's tests too: they read content through the generated types, and what crosses a wire
    // (a response body, a mail, a row of the SQLite file) through a zod parser (cms/tests/helpers/json.ts).
    files: ['cms/tests/**/*.ts', 'cms/tests/**/*.mts'],
    rules: { 'no-restricted-syntax': ['error', ...CONTENT_TYPE_CASTS, ...UNCHECKED_INPUT_CASTS] },
  },
  {
    // The CMS reads its environment in one place (cms/src/config/env.ts, with defaults and checks);
    // everything else gets its settings from configOf(strapi).
    files: ['cms/src/**/*.ts', 'cms/config/**/*.ts'],
    ignores: ['cms/src/config/env.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings from configOf(strapi) (cms/src/config); declare a new variable in cms/src/config/env.ts.',
        },
      ],
    },
  },
  {
    // The site's build reads its environment in src/lib/build-env.ts (astro.config.ts hands it process.env).
    files: ['site/src/**/*.ts', 'site/src/**/*.tsx'],
    ignores: ['site/src/lib/build-env.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read the build environment through site/src/lib/build-env.ts.' }],
    },
  },
  {
    // Strapi loads plugins' entry points with require(): these few files are CommonJS.
    files: ['**/*.cjs', 'cms/src/plugins/*/strapi-server.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
