import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

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

describe('the VSIX (npm run package)', function () {
  this.timeout(180_000);
  let names: string[];

  before(async () => {
    execFileSync('npm', ['run', 'package'], { cwd: root, stdio: 'pipe' });
    names = await entries(vsix);
  });

  it('contains the extension bundle (Node and web), the CLI, the PDF and DOCX readers, the manifest and its German', () => {
    for (const name of ['extension/dist/extension.js', 'extension/dist/cli.js', 'extension/dist/cliMain.js', 'extension/dist/documents.js', 'extension/dist/web/extension.js', 'extension/dist/sourceWorker.js', 'extension/package.json', 'extension/package.nls.json', 'extension/package.nls.de.json', 'extension/l10n/bundle.l10n.de.json', 'extension/readme.md', 'extension/LICENSE.txt']) {
      assert.ok(names.includes(name), `${name} is in the VSIX`);
    }
  });

  it('contains no TypeScript sources, tests, source maps or node_modules', () => {
    const unwanted = names.filter((n) => /\.ts$|\.map$|^extension\/(src|test|scripts|examples|node_modules)\//.test(n));
    assert.deepEqual(unwanted, []);
  });

  it('is under 2 MB', () => {
    assert.ok(statSync(vsix).size < 2 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });
});
