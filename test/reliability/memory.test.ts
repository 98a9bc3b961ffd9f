import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { SOURCE_TEXT, workspace } from './helpers';

/**
 * Heap the lint of 1 MB of "1-2-3-…" must fit in. Its 500,000 figures take about 52 MB; the
 * lint once also held a verdict and a full finding for each (over 400 MB live, 660 MB of RSS)
 * and, under this limit, ran out of memory. Past the first 1,000 findings it now only counts.
 * A claim key kept per figure in a WeakMap later took the peak to the edge of a 160 MB limit
 * (88 MB live after the lint without it, 133 MB with it); it now fits in 100 MB, so 120 MB
 * leaves room for the collector's timing and fails on such a regression.
 */
const HEAP_LIMIT_MB = 120;

describe('reliability: bounded memory', function () {
  this.timeout(300_000);

  it(`1 MB of "1-2-3-…" (500,000 figures): linted within a ${HEAP_LIMIT_MB} MB heap, 1,000 findings listed, the rest counted`, () => {
    const digits = Array.from({ length: 500_000 }, (_, i) => String(i % 10)).join('-');
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'dense.md': digits + '\n', 'ok.md': 'The river rose 55 metres.\n' });
    try {
      const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_LIMIT_MB}`, '--import', 'tsx', resolve(__dirname, 'lintInChild.ts'), ws.root, 'dense.md', 'ok.md'], { encoding: 'utf8', maxBuffer: 1 << 24 });
      assert.equal(child.status, 0, `the child failed (${child.signal ?? child.status}): ${child.stderr.slice(-2000)}`);
      const run = JSON.parse(child.stdout) as { code: number; files: Array<{ filePath: string; listed: number; warningCount: number; last?: string }>; peakRssMb: number };
      const dense = run.files.find((f) => f.filePath.endsWith('dense.md'))!;
      assert.equal(dense.listed, 1001, '1,000 findings and the note');
      assert.equal(dense.last, 'draft-over-limit');
      assert.equal(dense.warningCount, 500_000, 'every figure is one figure-unmatched warning, listed or counted');
      assert.equal(run.files.find((f) => f.filePath.endsWith('ok.md'))!.listed, 1);
      assert.equal(run.code, 0, 'warnings only');
    } finally {
      ws.dispose();
    }
  });
});
