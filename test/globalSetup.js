// The CLI tests run the built command as a user would; build it once before the suites.
const { execFileSync } = require('node:child_process');

module.exports = async () => {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { stdio: 'inherit' });
};
