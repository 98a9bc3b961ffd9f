type HtmlReader = typeof import('./htmlReader');
let loaded: HtmlReader | undefined;

/**
 * The HTML reader (htmlReader.ts), evaluated on first use. In the Node bundles this `require` is
 * of dist/html.js, a bundle of its own (scripts/build.mjs), read only when a source is a saved web
 * page; the web bundle, which can load no file but `vscode`, holds the reader and still runs it
 * only from here. `require`, not `import()`, as for dist/documents.js (documentSources.ts): the
 * CLI's bundle runs through node:vm, where a dynamic import has no loader.
 */
export function htmlReader(): HtmlReader {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= require('./htmlReader') as HtmlReader);
}
