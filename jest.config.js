/** Jest: ts-jest in transpile-only mode (types are checked by `npm run typecheck`, once, for all). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/scripts', '<rootDir>/bench', '<rootDir>/fixtures'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/browser/'],
  // Every workbook the CLI tests write is opened by LibreOffice once all tests are done (test/libreoffice).
  globalSetup: '<rootDir>/test/libreoffice/globalSetup.ts',
  globalTeardown: '<rootDir>/test/libreoffice/globalTeardown.ts',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
