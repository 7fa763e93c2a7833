// .eslintrc.cjs (legacy config format, ESLint 8)
module.exports = {
  root: true,
  env: { browser: true, es2021: true, node: true },
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  extends: ['eslint:recommended', 'plugin:import/recommended', 'prettier'],
  plugins: ['import'],
  settings: { 'import/resolver': { node: { extensions: ['.js', '.mjs'] } } },
  rules: {
    'no-unused-vars': ['warn', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    'no-console': process.env.CI ? 'error' : 'warn',
    eqeqeq: ['error', 'smart'],
    'prefer-const': 'error',
    'import/order': ['warn', { 'newlines-between': 'always', alphabetize: { order: 'asc' } }],
  },
  overrides: [
    {
      files: ['**/*.test.js', '**/__tests__/**'],
      env: { jest: true },
      rules: { 'no-console': 'off' },
    },
    {
      files: ['scripts/**'],
      rules: { 'import/no-extraneous-dependencies': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'coverage/', 'vendor/*.min.js'],
};
