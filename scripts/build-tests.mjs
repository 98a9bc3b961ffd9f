// Compiles the suites that run inside VS Code (test/integration/**/*.ts) to out/test/integration/,
// one CommonJS file each, keeping sub-folders. `vscode` is the extension host's own module and
// mocha is loaded from node_modules at run time (a bundled copy would be a second mocha).
// The web suites (test/web/) become one bundle, out/test/web/index.js, with mocha's browser build
// inside: the web worker extension host's `require` knows only `vscode`, and it has no Node
// built-ins (the same check as the extension's web bundle).
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { checkWebBundle, noNodeBuiltins } from './web-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'test', 'integration');
const outDir = join(root, 'out', 'test', 'integration');
const webOutDir = join(root, 'out', 'test', 'web');

const entryPoints = readdirSync(sourceDir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
  .map((e) => join(e.parentPath, e.name));

// A suite deleted from test/ must not keep running from a stale compiled copy.
rmSync(outDir, { recursive: true, force: true });
rmSync(webOutDir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: outDir,
  outbase: sourceDir,
  bundle: true,
  platform: 'node',
  target: 'es2022',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
checkWebBundle(await build({
  entryPoints: [join(root, 'test', 'web', 'index.ts')],
  outfile: join(webOutDir, 'index.js'),
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker'],
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode'],
  plugins: [noNodeBuiltins],
  metafile: true,
  logLevel: 'warning',
}), 'out/test/web/index.js');
