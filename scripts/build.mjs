// Bundles the extension (for VS Code's Node extension host and, as dist/web/extension.js, for the
// web worker extension host of VS Code for the Web) and the CLI (for Node) with esbuild.
// Types are checked separately by `npm run typecheck` (tsc --noEmit), which keeps this fast.
import { build } from 'esbuild';

import { checkReadersApart, readersApart } from './node-bundle.mjs';
import { checkWebBundle, webBuildOptions } from './web-bundle.mjs';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  // The language level Node 20 runs in full. Not 'node20': for it esbuild (0.25) rewrites every
  // regex literal with \p{…} into `new RegExp(…)` evaluated at each call, which the figure
  // engine's readers pay for at every attempt (×1.03–1.17 on the figures bench, measured).
  target: 'es2022',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // Some ESM dependencies read import.meta.url; in a CommonJS bundle it comes from __filename.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

/** A Node bundle of Backcheck's own: the readers are left to dist/documents.js and dist/html.js, and the build fails if one is in it. */
function nodeBundle(options) {
  return build({ ...common, ...options, metafile: true, plugins: [readersApart] }).then((r) => checkReadersApart(r, options.outfile));
}

await Promise.all([
  // The worker has no `require` but for `vscode`: a bundle that needs more fails here, not there.
  build({ ...webBuildOptions({ production }), entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js' }).then((r) => checkWebBundle(r, 'dist/web/extension.js')),
  nodeBundle({ entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  // The CLI: dist/cli.js, the command, is a small launcher that runs the bundle, dist/cliMain.js,
  // from V8's code cache (src/cli/codeCache.ts): a run then does not compile it again.
  nodeBundle({ entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cliMain.js' }),
  build({ ...common, entryPoints: ['src/cli/codeCache.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: {} }),
  // The worker thread the extension loads sources in, off the extension host's event loop.
  nodeBundle({ entryPoints: ['src/node/sourceWorker.ts'], outfile: 'dist/sourceWorker.js' }),
  // The readers the three share, each loaded on the first source that needs it (scripts/node-bundle.mjs):
  // the PDF and Word readers (pdf.js, mammoth), and the HTML reader (linkedom, Readability), whose
  // linkedom the Word reader takes from it.
  build({ ...common, entryPoints: ['src/node/documentReaders.ts'], outfile: 'dist/documents.js', plugins: [readersApart] }),
  build({ ...common, entryPoints: ['src/node/htmlReader.ts'], outfile: 'dist/html.js' }),
]);
