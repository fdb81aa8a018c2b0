// The suites that exercise src/core and the Office fill logic directly, for mutation testing: the CLI
// suites run the built command, which a mutant of the source never reaches, so they are left out here;
// so are the ES5 check, which builds the bundle (there is no build in Stryker's sandbox), and the print
// check, which runs LibreOffice for half a minute a mutant.
//
// MUTATE_TESTS=test/core (comma-separated folders, or test files) runs only the suites under those
// folders and those files: a shorter run whose score can only be lower than the whole suite's, never higher.
const base = require('./jest.config');
const folders = process.env.MUTATE_TESTS ? process.env.MUTATE_TESTS.split(',').map((folder) => folder.trim()) : undefined;

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // The sources are roots too, so that a mutant's run finds every test that imports its file (findRelatedTests).
  roots: ['<rootDir>/test', '<rootDir>/src', '<rootDir>/bench'],
  testMatch: folders ? folders.map((folder) => (folder.endsWith('.test.ts') ? `<rootDir>/${folder}` : `<rootDir>/${folder}/**/*.test.ts`)) : base.testMatch,
  globalSetup: undefined,
  testPathIgnorePatterns: ['/test/cli/', '/test/browser/', '/test/fuzz\\.test\\.ts$', '/test/manifest\\.test\\.ts$', '/test/es5\\.test\\.ts$', '/test/print/'],
  // Type errors are the checker's job; compiling each file alone keeps a mutant run short.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }] },
};
