// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'coverage/**',
      'node_modules/**',
      'eslint.config.mjs',
      'jest.config.js',
      'jest.faults.config.js',
      'scripts/*.js',
      'jest.browser.config.js',
      'web/dist/**',
      'test/browser/artifacts/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // A domain/ folder holds the business rules as plain TypeScript (docs/architecture.md, "Modules"): testable
    // without Nest or a database, so nothing there may import either, directly or through an entity or service.
    files: ['src/**/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ is plain TypeScript: no Nest here.' },
            { group: ['typeorm', 'typeorm/*'], message: 'domain/ is plain TypeScript: no TypeORM here.' },
            {
              group: ['**/entities/*', '**/*.entity', '**/*.service', '**/*.module', '**/*.controller'],
              message:
                'domain/ is plain TypeScript: entities, services and modules bring Nest or TypeORM along.',
            },
          ],
        },
      ],
    },
  },
  {
    // The console's build files run in Node, typed by their own project (web/tsconfig.node.json).
    files: ['web/vite.config.mts', 'web/tools/*.mjs'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './web/tsconfig.node.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The console (web/src): React's rules of hooks and the React Compiler's checks of components.
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
