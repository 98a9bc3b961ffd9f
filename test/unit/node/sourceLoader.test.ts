import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { analyzeDraft } from '../../../src/core/draft';
import { loadSource } from '../../../src/core/sources/loadSource';
import { listSourcePattern, readSourceFile } from '../../../src/node/sourceFiles';
import { InThreadSourceLoader, WorkerSourceLoader } from '../../../src/node/sourceLoader';

const encode = (text: string) => new TextEncoder().encode(text);
const file = { path: 'sources/flood.txt', bytes: encode('About 4,500 residents were moved.\n\nThe dikes cost 12 million euros.') };
const workerBundle = resolve(__dirname, '../../../dist/sourceWorker.js');

describe('source loaders (the extension\'s worker thread and its fallback)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'backcheck-loader-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads in a worker thread what loading on this thread gives, and keeps its cache there', async function () {
    if (!existsSync(workerBundle)) this.skip();
    const cacheFile = join(dir, 'cache');
    const loader = new WorkerSourceLoader(workerBundle, { cacheFile, engine: 'test' }, new InThreadSourceLoader());
    try {
      assert.equal(loader.where, 'worker');
      assert.deepEqual(await loader.load(file), loadSource(file));
      assert.equal(await loader.save(), true);
      assert.ok(existsSync(cacheFile));
      assert.equal(loader.where, 'worker');
    } finally {
      loader.dispose();
    }
  });

  it('analyses a draft in the worker as this thread would, without its text and line index', async function () {
    if (!existsSync(workerBundle)) this.skip();
    const loader = new WorkerSourceLoader(workerBundle, {}, new InThreadSourceLoader());
    const text = 'About 4,500 residents were moved [@flood]. The dikes cost 13 million euros.\n';
    try {
      const { text: _text, lines: _lines, ...here } = analyzeDraft(text, {});
      assert.deepEqual(await loader.analyze(text, {}), here);
    } finally {
      loader.dispose();
    }
    // Without a worker there is nothing to analyse it elsewhere: the caller analyses it itself.
    assert.equal(await loader.analyze(text, {}), undefined);
  });

  it('reads and lists files on disk in the worker as this thread would, an unreadable one with its reason', async function () {
    if (!existsSync(workerBundle)) this.skip();
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'flood.txt'), 'About 4,500 residents were moved.\n\nThe dikes cost 12 million euros.');
    writeFileSync(join(dir, 'en', 'flood.meta.json'), '{"title": "The flood"}');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(100));
    const loader = new WorkerSourceLoader(workerBundle, {}, new InThreadSourceLoader());
    try {
      const path = join(dir, 'en', 'flood.txt');
      assert.deepEqual(await loader.readAndLoad(path, 1000), loadSource(await readSourceFile(path)));
      assert.equal((await loader.readAndLoad(path, 1000) as { meta?: { title?: string } }).meta?.title, 'The flood');
      const big = await loader.readAndLoad(join(dir, 'big.txt'), 10);
      assert.ok('reason' in big && /10 bytes|limit/i.test(big.reason), JSON.stringify(big));
      const missing = await loader.readAndLoad(join(dir, 'gone.txt'), 1000);
      assert.ok('reason' in missing && /ENOENT/.test(missing.reason), JSON.stringify(missing));
      assert.deepEqual(await loader.list(dir, '**/*.txt'), await listSourcePattern(dir, '**/*.txt'));
      assert.deepEqual(await loader.list(dir, '**/*.txt'), [join(dir, 'big.txt'), path]);
      assert.equal(loader.where, 'worker');
    } finally {
      loader.dispose();
    }
  });

  it('reads saved web pages and Word files in the worker (the readers\' bundles beside it) as this thread would, a page without an article with its reason', async function () {
    if (!existsSync(workerBundle)) this.skip();
    const fixtures = resolve(__dirname, '../../fixtures');
    const page = join(fixtures, 'html', 'de_hafen_seite.html');
    const memo = join(fixtures, 'documents', 'memo.docx');
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><nav>Home</nav></body></html>');
    const loader = new WorkerSourceLoader(workerBundle, {}, new InThreadSourceLoader());
    try {
      for (const path of [page, memo]) assert.deepEqual(await loader.readAndLoad(path, 1_000_000), loadSource(await readSourceFile(path)), path);
      const noArticle = await loader.readAndLoad(empty, 1000);
      const here = await readSourceFile(empty).then(() => undefined, (error: Error) => error.message);
      assert.ok('reason' in noArticle && here !== undefined && noArticle.reason === here, `${JSON.stringify(noArticle)} against ${here}`);
      assert.equal(loader.where, 'worker');
    } finally {
      loader.dispose();
    }
  });

  it('falls back to this thread when the worker dies, losing no load', async () => {
    const broken = join(dir, 'broken.js');
    writeFileSync(broken, "throw new Error('this worker cannot start');\n");
    const loader = new WorkerSourceLoader(broken, {}, new InThreadSourceLoader());
    try {
      assert.deepEqual(await loader.load(file), loadSource(file));
      assert.equal(loader.where, 'in-thread');
      assert.deepEqual(await loader.load(file), loadSource(file));
      const path = join(dir, 'flood.txt');
      writeFileSync(path, 'About 4,500 residents were moved.');
      assert.deepEqual(await loader.readAndLoad(path, 1000), loadSource(await readSourceFile(path)));
      assert.deepEqual(await loader.list(dir, '*.txt'), [path]);
    } finally {
      loader.dispose();
    }
  });

  it('on this thread, lets other events run between two sources', async () => {
    const loader = new InThreadSourceLoader();
    let ticked = false;
    setTimeout(() => (ticked = true), 0);
    const loaded = loader.load(file);
    assert.equal(ticked, false);
    await loaded;
    assert.equal(ticked, true);
  });
});
