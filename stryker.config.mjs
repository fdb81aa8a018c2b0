// Mutation testing of the rules, the planner, the publicity calendar and the rest of src/core, and of the
// Office adapter's fill memory: `npm run mutate`. Incremental: a re-run after a small change tests only
// the mutants the change touches (reports/stryker-incremental.json keeps the last results).
//
// Mutants judged equivalent (no input can tell them apart) are disabled in the source with a
// `// Stryker disable next-line <mutator>: <reason>` comment beside the line, so each reason stays with its code.
// Each mutant runs the property tests on a quarter of their cases (at least 20; with a fixed seed, the first
// ones of the full run); MUTATE_RUNS=1 runs them whole.
process.env.MUTATE_RUNS ??= '0.25';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.stryker.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  // The checker compiles only what is mutated and what it imports: a mutant that breaks a type only in a
  // caller outside src/core is run against the tests instead.
  tsconfigFile: 'tsconfig.stryker.json',
  mutate: ['src/core/**/*.ts', 'src/workbook/office/fillMemory.ts', 'src/workbook/office/marks.ts'],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 15000,
  thresholds: { high: 85, low: 75, break: null },
  ignorePatterns: ['dist', 'build', 'out', 'reports', '.stryker-tmp'],
};
