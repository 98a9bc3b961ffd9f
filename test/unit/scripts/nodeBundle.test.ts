import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, type BuildOptions, type Metafile } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');

interface NodeBundle {
  readersApart: NonNullable<BuildOptions['plugins']>[number];
  checkReadersApart(result: unknown, file?: string): unknown;
  readerInputs(metafile: Metafile): string[];
}
const load = async (): Promise<NodeBundle> => import(pathToFileURL(resolve(ROOT, 'scripts/node-bundle.mjs')).href);

/** Builds an entry, or `contents` as a module of src/node, as the Node bundles are built (readers apart), in memory. */
async function buildNode(entry: { file: string } | { contents: string }) {
  const { readersApart } = await load();
  const input = 'file' in entry ? { entryPoints: [resolve(ROOT, entry.file)] } : { stdin: { contents: entry.contents, resolveDir: resolve(ROOT, 'src/node'), sourcefile: resolve(ROOT, 'src/node/probe.ts'), loader: 'ts' as const } };
  return build({ ...input, bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent', plugins: [readersApart] });
}

/** The modules a built bundle leaves to be required at run time. */
const runTimeImports = (metafile: Metafile) => Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));

describe('the Node bundles\' readers apart (scripts/node-bundle.mjs)', function () {
  this.timeout(60_000);

  for (const [what, contents] of [
    ['linkedom imported directly', "import { parseHTML } from 'linkedom';\nexport const p = parseHTML;\n"],
    ['the HTML reader module imported directly', "export { extractHtmlArticle } from './htmlSource';\n"],
    ['pdf.js through the PDF reader imported directly', "export { extractPdf } from './pdfSource';\n"],
  ]) {
    it(`fails a Node bundle with ${what}, naming it`, async () => {
      const { checkReadersApart } = await load();
      const result = await buildNode({ contents });
      assert.throws(() => checkReadersApart(result, 'probe.js'), /probe\.js holds .*(linkedom|htmlSource|pdfSource)/);
    });
  }

  it('leaves each reader, reached through its entry module, to its own bundle at run time', async () => {
    const { checkReadersApart } = await load();
    const result = await buildNode({ contents: "export { htmlReader } from './htmlReaderOnDemand';\nexport { withDocumentExtracted } from './documentSources';\n" });
    checkReadersApart(result, 'probe.js');
    assert.deepEqual(runTimeImports(result.metafile).filter((i) => i.startsWith('./')).sort(), ['./documents.js', './html.js']);
  });

  for (const file of ['src/extension/extension.ts', 'src/cli/cli.ts', 'src/node/sourceWorker.ts']) {
    it(`builds ${file} without a reader in it`, async () => {
      const { readerInputs } = await load();
      const result = await buildNode({ file });
      assert.deepEqual(readerInputs(result.metafile), []);
      assert.ok(runTimeImports(result.metafile).includes('./html.js'), 'it loads dist/html.js');
    });
  }

  it('builds the PDF and Word readers (dist/documents.js) with linkedom taken from dist/html.js', async () => {
    const { readerInputs } = await load();
    const result = await buildNode({ file: 'src/node/documentReaders.ts' });
    const readers = readerInputs(result.metafile);
    assert.ok(readers.some((i) => i.includes('node_modules/pdfjs-dist/')) && readers.some((i) => i.includes('node_modules/mammoth/')), readers.join(', '));
    assert.ok(!readers.some((i) => /node_modules\/(linkedom|@mozilla\/readability)\//.test(i)), readers.join(', '));
    assert.ok(runTimeImports(result.metafile).includes('./html.js'));
  });
});
