// Compiles the suites that run inside VS Code (test/integration/*.ts) to out/test/integration/,
// one CommonJS file each; `vscode` is the extension host's and mocha is loaded from node_modules.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const entryPoints = readdirSync('test/integration').filter((f) => f.endsWith('.ts')).map((f) => `test/integration/${f}`);
await build({
  entryPoints,
  outdir: 'out/test/integration',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
