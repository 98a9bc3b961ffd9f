import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

import { loadSource } from '../../../src/core/sources/loadSource';
import type { SourceFile } from '../../../src/core/sources/source';
import type { Loaded } from '../../../src/node/inThreadLoader';
import { SourceLoaderPool, type PoolWorker } from '../../../src/node/loaderPool';

const encode = (text: string) => new TextEncoder().encode(text);
const workerBundle = resolve(__dirname, '../../../dist/sourceWorker.js');

const files = Array.from({ length: 40 }, (_, i) => ({
  path: `sources/s${i}.md`,
  bytes: encode(`---\nid: s${i}\n---\n# Report ${i}\n\nAbout ${i * 100 + 4} residents were moved.\n\nThe dikes cost ${i + 2} million euros.`),
}));

/**
 * A worker that loads one source a turn of the event loop, as fast as this thread loads one:
 * each load waits for the one before it, then for a turn (setImmediate), then answers.
 */
class OneATurnWorker implements PoolWorker {
  readonly where = 'worker' as const;
  readonly loaded: string[] = [];
  pending = 0;
  private last: Promise<unknown> = Promise.resolve();

  load(file: SourceFile): Promise<Loaded> {
    this.pending++;
    const answer = this.last.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => {
      this.pending--;
      this.loaded.push(file.path);
      return loadSource(file);
    });
    this.last = answer;
    return answer;
  }

  dispose(): void {}
}

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

  it('keeps the worker busy while this thread loads: a worker as fast as this thread loads about half the sources', async () => {
    const worker = new OneATurnWorker();
    const pool = new SourceLoaderPool(undefined, 2, () => worker);
    try {
      // All asked at once, as fillLibrary's read window does. Were this thread to load its share
      // without a turn of the event loop between two loads, the worker's answers would wait, and
      // the worker would get no more sources until this thread had loaded all the rest.
      const loaded = await Promise.all(files.map((file) => pool.load(file)));
      assert.deepEqual(loaded, files.map((file) => loadSource(file)));
      assert.ok(worker.loaded.length >= files.length / 3, `the worker loaded ${worker.loaded.length} of ${files.length}`);
      assert.ok(worker.loaded.length <= (files.length * 2) / 3, `the worker loaded ${worker.loaded.length} of ${files.length}`);
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
