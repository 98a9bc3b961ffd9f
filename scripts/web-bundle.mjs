// How the web bundle (dist/web/extension.js, package.json `browser`) is built, apart from
// scripts/build.mjs so that its check can be tested (test/unit/scripts/webBundle.test.ts).
// VS Code for the Web runs the extension in a web worker: no Node built-ins, no `require` but
// VS Code's own `vscode` module.
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * The host module that reads files on disk (src/extension/host.ts) is swapped for the one that
 * reads through vscode.workspace.fs (src/web/host.ts); linkedom's optional `canvas` (a native
 * Node module it tries to require) for its own shim.
 */
const webHost = {
  name: 'web-host',
  setup(b) {
    const nodeHost = resolve(root, 'src/extension/host.ts');
    b.onResolve({ filter: /^\.\/host$/ }, (args) => (resolve(args.resolveDir, 'host.ts') === nodeHost ? { path: resolve(root, 'src/web/host.ts') } : undefined));
    b.onResolve({ filter: /^canvas$/ }, (args) => (/linkedom/.test(args.importer) ? { path: join(args.resolveDir, 'canvas-shim.cjs') } : undefined));
  },
};

/**
 * Any Node built-in that slips in (fs, path, worker_threads, a `node:` import, directly or from a
 * dependency) fails the build, naming the importer, instead of failing in the browser.
 */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (!nodeBuiltins.has(args.path) && !args.path.startsWith('node:')) return undefined;
      return { errors: [{ text: `"${args.path}" is a Node built-in, which the web bundle cannot use (imported by ${args.importer})` }] };
    });
  },
};

/**
 * The modules a bundle still loads at run time (esbuild's metafile lists every import it left
 * external, a `require` in a try block included); a web bundle may load `vscode` only.
 */
export function externalModules(metafile) {
  return [...new Set(Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort();
}

/** Throws when a built web bundle (its esbuild result, built with `metafile: true`) loads anything but `vscode`. */
export function checkWebBundle(result, file = 'the web bundle') {
  const others = externalModules(result.metafile).filter((m) => m !== 'vscode');
  if (others.length > 0) throw new Error(`${file} loads ${others.join(', ')} at run time: a web worker has only the vscode module`);
  return result;
}

/** esbuild options of the web bundle. */
export function webBuildOptions({ production = false } = {}) {
  return {
    bundle: true,
    platform: 'browser',
    // VS Code for the Web loads a web extension as CommonJS in a web worker.
    format: 'cjs',
    target: 'es2022',
    // A web worker has no DOM: packages with a `worker` export (decode-named-character-reference)
    // give their DOM-free build, not the `browser` one that calls document.createElement.
    conditions: ['worker'],
    sourcemap: !production,
    minify: production,
    logLevel: 'info',
    metafile: true,
    external: ['vscode'],
    // Some dependencies test `process.env.NODE_ENV`; a worker has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'), global: 'globalThis' },
    plugins: [webHost, noNodeBuiltins],
  };
}
