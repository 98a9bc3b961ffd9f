import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

import { loadSource } from '../../../src/core/sources/loadSource';
import { SourceLoaderPool } from '../../../src/node/loaderPool';

const encode = (text: string) => new TextEncoder().encode(text);
const workerBundle = resolve(__dirname, '../../../dist/sourceWorker.js');

const files = Array.from({ length: 40 }, (_, i) => ({
  path: `sources/s${i}.md`,
  bytes: encode(`---\nid: s${i}\n---\n# Report ${i}\n\nAbout ${i * 100 + 4} residents were moved.\n\nThe dikes cost ${i + 2} million euros.`),
}));

describe('the CLI\'s pool of source loaders (this thread and worker threads)', () => {
  it('gives, loading on this thread and in a worker at once, what loading on this thread alone gives', async function () {
    if (!existsSync(workerBundle)) this.skip();
    this.timeout(30000);
    const pool = new SourceLoaderPool(workerBundle, 2);
    try {
      // All asked at once, as fillLibrary's read window does: the worker's queue fills, and the rest load here.
      const loaded = await Promise.all(files.map((file) => pool.load(file)));
      assert.deepEqual(loaded, files.map((file) => loadSource(file)));
    } finally {
      pool.dispose();
    }
  });

  it('loads on every core, however high the load average (a lagging count of processes mostly ended)', () => {
    const pool = new SourceLoaderPool(workerBundle);
    assert.equal(pool.size, availableParallelism());
    pool.dispose();
  });

  it('loads everything on this thread without the worker bundle', async () => {
    const pool = new SourceLoaderPool(resolve(__dirname, 'no-such-worker.js'), 2);
    assert.deepEqual(await pool.load(files[0]), loadSource(files[0]));
    pool.dispose();
  });
});
