// The suites that exercise src/core and the Office fill logic directly, for mutation testing: the CLI
// suites run the built command, which a mutant of the source never reaches, so they are left out here;
// so are the ES5 check, which builds the bundle (there is no build in Stryker's sandbox), and the print
// check, which runs LibreOffice for half a minute a mutant.
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  testPathIgnorePatterns: ['/test/cli/', '/test/browser/', '/test/fuzz\\.test\\.ts$', '/test/manifest\\.test\\.ts$', '/test/es5\\.test\\.ts$', '/test/print/'],
  // Type errors are the checker's job; compiling each file alone keeps a mutant run short.
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }] },
};
