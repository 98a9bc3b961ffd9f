import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';

import * as vscode from 'vscode';

import { backcheckApi, workspaceUri } from './helpers';

// Issue 12: a FIFO or a /dev/zero symlink among the sources hung the extension's loading for
// ever (or filled memory); a 50 MB file blocked the extension host. They are refused unread, and
// said to be: VS Code's file search does not list them, so they were once left out silently.
describe('Backcheck in VS Code: special and oversized source files', () => {
  it('a FIFO, a /dev/zero symlink and a 50 MB file do not hang loading; each is listed unreadable, saying why', async function () {
    if (process.platform === 'win32') this.skip();
    this.timeout(60_000);
    const path = (name: string) => workspaceUri('sources', name).fsPath;
    const made = [path('zz_zero.txt'), path('zz_pipe.txt'), path('zz_huge.txt'), path('zz_piped.txt'), path('zz_piped.meta.json')];
    const api = await backcheckApi();
    const before = api.backcheck.library.sources.map((s) => s.key);
    try {
      symlinkSync('/dev/zero', path('zz_zero.txt'));
      spawnSync('mkfifo', [path('zz_pipe.txt')]);
      writeFileSync(path('zz_huge.txt'), '');
      truncateSync(path('zz_huge.txt'), 50 * 1024 * 1024);
      writeFileSync(path('zz_piped.txt'), 'A source whose sidecar is a FIFO, 12 km long.\n');
      spawnSync('mkfifo', [path('zz_piped.meta.json')]);
      const started = Date.now();
      await vscode.commands.executeCommand('backcheck.refreshSources');
      // The reload builds its library beside the old one: wait for it to be swapped in.
      await api.workspace.settled();
      assert.ok(Date.now() - started < 20_000, `refresh took ${Date.now() - started} ms`);
      assert.deepEqual(api.backcheck.library.sources.map((s) => s.key), before, 'none of them is loaded as a source');
      const reasons = Object.fromEntries(api.backcheck.library.unreadable.map((u) => [u.path.split(/[\\/]/).pop(), u.reason]));
      assert.equal(reasons['zz_huge.txt'], 'is 50 MiB, over the limit of 5 MiB (maxSourceBytes)');
      assert.equal(reasons['zz_piped.txt'], 'its .meta.json is not a regular file (a FIFO)');
      // VS Code's file search lists neither a bare FIFO nor a symlink to a device: the extension
      // lists them on disk as the CLI does (listSourcePattern) and refuses them when read.
      assert.equal(reasons['zz_pipe.txt'], 'is not a regular file (a FIFO)');
      assert.equal(reasons['zz_zero.txt'], 'is not a regular file (a character device)');
      assert.equal(Object.keys(reasons).length, 4, `only the four special or oversized files: ${Object.keys(reasons).join(', ')}`);
    } finally {
      for (const file of made) rmSync(file, { force: true });
      await vscode.commands.executeCommand('backcheck.refreshSources');
      await api.workspace.settled();
    }
    assert.deepEqual(api.backcheck.library.unreadable, []);
  });
});
