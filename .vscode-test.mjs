// For machines that can download VS Code (a developer's desktop, public CI): `npm run
// test:electron` runs the same suites as `npm run test:integration`, in VS Code downloaded by
// @vscode/test-electron. These machines reach only npm, so `npm test` uses code-server instead
// (scripts/vscode/run-integration.mjs). Build the suites first: node scripts/build-tests.mjs.
// Versions: @vscode/test-cli 0.0.11 (pinned in package.json; 0.0.12 declares the same engines) and
// @vscode/test-electron 2.5.2 run on Node 20; test-cli 0.0.14+ and test-electron's newest releases
// declare engines node >=22, so move to them only together with Node 22.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.spec.js',
  workspaceFolder: 'test/fixtures/workspace',
  version: '1.100.3',
  mocha: { ui: 'bdd', timeout: 30000 },
});
