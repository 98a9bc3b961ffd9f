// Bundles the extension (for VS Code's Node extension host and, as dist/web/extension.js, for the
// web worker extension host of VS Code for the Web) and the CLI (for Node) with esbuild.
// Types are checked separately by `npm run typecheck` (tsc --noEmit), which keeps this fast.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { build } from 'esbuild';

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

// The PDF and DOCX readers (pdf.js, mammoth) are a bundle of their own, dist/documents.js, that
// the extension and the CLI share and load only when a source is a PDF or Word file.
const documentsApart = {
  name: 'documents-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/documentReaders$/ }, () => ({ path: './documents.js', external: true }));
  },
};

// Modules the CLI evaluates only when first used: the HTML reader (linkedom's DOM, Readability, and
// their tables, a third of the bundle) is needed only when a source is a web page, not when the
// cache holds every source. Each import of one is given a stand-in whose exports are getters that
// `require` the module (esbuild then wraps it, and all it imports, to run on that first call).
const LAZY_MODULES = [/\/htmlSource$/];
const lazyModules = {
  name: 'lazy-modules',
  setup(b) {
    b.onResolve({ filter: /./ }, async (args) => {
      if (args.pluginData === 'lazy-target' || !LAZY_MODULES.some((re) => re.test(args.path))) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'lazy-target' });
      return real.errors.length > 0 ? real : { path: real.path, namespace: 'lazy-module' };
    });
    b.onLoad({ filter: /./, namespace: 'lazy-module' }, async (args) => {
      const names = [...(await readFile(args.path, 'utf8')).matchAll(/^export (?:async )?(?:function|class|const|let) (\w+)/gm)].map((m) => m[1]);
      const getters = names.map((name) => `Object.defineProperty(exports, ${JSON.stringify(name)}, { enumerable: true, get: () => load()[${JSON.stringify(name)}] });`);
      return { contents: [`let real; const load = () => (real ??= require(${JSON.stringify(args.path)}));`, ...getters].join('\n'), loader: 'js', resolveDir: dirname(args.path), pluginData: 'lazy-target' };
    });
  },
};

await Promise.all([
  // The worker has no `require` but for `vscode`: a bundle that needs more fails here, not there.
  build({ ...webBuildOptions({ production }), entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js' }).then((r) => checkWebBundle(r, 'dist/web/extension.js')),
  build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [documentsApart] }),
  // The CLI: dist/cli.js, the command, is a small launcher that runs the bundle, dist/cliMain.js,
  // from V8's code cache (src/cli/codeCache.ts): a run then does not compile 1.7 MB of it again.
  build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cliMain.js', plugins: [documentsApart, lazyModules] }),
  build({ ...common, entryPoints: ['src/cli/codeCache.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, define: {} }),
  build({ ...common, entryPoints: ['src/node/documentReaders.ts'], outfile: 'dist/documents.js' }),
  // The worker thread the extension loads sources in, off the extension host's event loop.
  build({ ...common, entryPoints: ['src/node/sourceWorker.ts'], outfile: 'dist/sourceWorker.js', plugins: [documentsApart] }),
]);
