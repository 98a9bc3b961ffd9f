import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import yauzl from 'yauzl';

const root = resolve(__dirname, '../..');
const vsix = resolve(root, 'backcheck.vsix');

/** The names of every entry in a zip file, read with yauzl (the reader vsce itself uses). */
function entries(file: string): Promise<string[]> {
  return new Promise((done, fail) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return fail(error);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => done(names));
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

/** Writes the zip's entries under `prefix` into `folder`, keeping their paths. */
function extract(file: string, prefix: string, folder: string): Promise<void> {
  return new Promise((done, fail) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return fail(error);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.startsWith(prefix) || entry.fileName.endsWith('/')) return zip.readEntry();
        const target = join(folder, entry.fileName);
        mkdirSync(dirname(target), { recursive: true });
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError);
          stream.pipe(createWriteStream(target)).on('finish', () => zip.readEntry()).on('error', fail);
        });
      });
      zip.on('end', () => done());
      zip.on('error', fail);
      zip.readEntry();
    });
  });
}

describe('the VSIX (npm run package)', function () {
  this.timeout(180_000);
  let names: string[];

  before(async () => {
    execFileSync('npm', ['run', 'package'], { cwd: root, stdio: 'pipe' });
    names = await entries(vsix);
  });

  it('contains the extension bundle (Node and web), the CLI, the PDF and DOCX readers, the HTML reader, the manifest and its German', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/cli.js', 'extension/dist/cliMain.js', 'extension/dist/documents.js', 'extension/dist/html.js', 'extension/dist/web/extension.js', 'extension/dist/sourceWorker.js', 'extension/package.json', 'extension/package.nls.json', 'extension/package.nls.de.json', 'extension/l10n/bundle.l10n.de.json', 'extension/readme.md', 'extension/LICENSE.txt']) {
      assert.ok(names.includes(name), `${name} is in the VSIX`);
    }
  });

  it('contains no TypeScript sources, tests, source maps or node_modules', () => {
    const unwanted = names.filter((n) => /\.ts$|\.map$|^extension\/(src|test|scripts|examples|node_modules)\//.test(n));
    assert.deepEqual(unwanted, []);
  });

  // A budget against packaging mistakes (a dependency or data bundled twice); what may not be in
  // the VSIX at all is the test above. 2.5 MB for a while on 2026-12-03, when the VSIX reached
  // 2.11 MB because each Node bundle held the HTML reader (linkedom, cssom, Readability: some
  // 465 KB minified of the extension's 1 MB); since that reader is dist/html.js, loaded on the
  // first web page, the VSIX is 1.66 MB. The web bundle still holds a copy (evaluated lazily): a
  // web worker can load no other file of the extension.
  it('is under 2 MB', () => {
    assert.ok(statSync(vsix).size < 2 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });

  it('reads PDF, Word and HTML sources with its own CLI, unpacked where no node_modules is above it, with the code cache cold and warm', async () => {
    // The repo's node_modules holds optional packages (pdf.js's native canvas) the VSIX has not:
    // only a run from the unpacked VSIX shows what an installed copy reads.
    const folder = mkdtempSync(join(tmpdir(), 'backcheck-vsix-'));
    try {
      await extract(vsix, 'extension/dist/', folder);
      cpSync(resolve(root, 'test/fixtures/documents'), join(folder, 'work', 'sources'), { recursive: true });
      // A saved web page: its reader is dist/html.js, which the Word reader also takes linkedom from.
      cpSync(resolve(root, 'test/fixtures/html/de_hafen_seite.html'), join(folder, 'work', 'sources', 'de_hafen_seite.html'));
      const env = { ...process.env, XDG_CACHE_HOME: join(folder, 'cache') };
      for (const run of ['cold', 'warm']) {
        // The fixtures hold a locked and a scanned PDF too, listed as unreadable (and the exit code says so).
        const { stdout: out, stderr } = spawnSync(process.execPath, [join(folder, 'extension/dist/cli.js'), 'sources'], { cwd: join(folder, 'work'), env, encoding: 'utf8' });
        assert.doesNotMatch(stderr, /DOMMatrix|ERR_VM_DYNAMIC_IMPORT/, `${run}: ${stderr}`);
        assert.match(out, /^report_two_columns\ten\t7 paragraphs on 2 pages\t12 figures/m, `${run}: the PDF is read\n${out}`);
        assert.match(out, /^memo\ten\t10 paragraphs\t9 figures/m, `${run}: the Word file is read\n${out}`);
        assert.match(out, /^bericht_de\tde\t4 paragraphs on 2 pages/m, `${run}: the German PDF is read\n${out}`);
        assert.match(out, /^de_hafen_seite\tde\t3 paragraphs\t6 figures\tHafenbrand: Schaden in Millionenhöhe$/m, `${run}: the web page is read\n${out}`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
