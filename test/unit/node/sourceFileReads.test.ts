import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { readSourceFile } from '../../../src/node/sourceFiles';

const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

// The CLI reads with blocking calls, the extension without: both must read and refuse alike.
for (const blocking of [false, true]) {
  describe(`reading a source file (${blocking ? 'blocking, as the CLI does' : 'through the thread pool, as the extension does'})`, () => {
    let root: string;
    beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'backcheck-reads-'))));
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('reads the bytes and the sidecar\'s', async () => {
      writeFileSync(join(root, 'dikes.txt'), 'The dikes cost 12 million euros.');
      writeFileSync(join(root, 'dikes.meta.json'), '{"id":"dikes-report"}');
      const file = await readSourceFile(join(root, 'dikes.txt'), {}, blocking);
      assert.equal(Buffer.from(file.bytes).toString(), 'The dikes cost 12 million euros.');
      assert.equal(Buffer.from(file.sidecar!).toString(), '{"id":"dikes-report"}');
    });

    it('refuses a file over the limit without reading it, and a FIFO without waiting on it', async function () {
      writeFileSync(join(root, 'long.txt'), 'x'.repeat(100));
      await assert.rejects(readSourceFile(join(root, 'long.txt'), { maxBytes: 20 }, blocking), /over the limit of 20 bytes/);
      if (!hasMkfifo) return;
      spawnSync('mkfifo', [join(root, 'pipe.txt')]);
      await assert.rejects(readSourceFile(join(root, 'pipe.txt'), {}, blocking), /not a regular file/);
      writeFileSync(join(root, 'piped.txt'), 'Some 14 boats.');
      spawnSync('mkfifo', [join(root, 'piped.meta.json')]);
      await assert.rejects(readSourceFile(join(root, 'piped.txt'), {}, blocking), /meta\.json is not a regular file/);
    });

    it('refuses a link to a device', async function () {
      if (process.platform === 'win32') this.skip();
      symlinkSync('/dev/zero', join(root, 'zero.txt'));
      await assert.rejects(readSourceFile(join(root, 'zero.txt'), {}, blocking), /not a regular file/);
    });
  });
}
