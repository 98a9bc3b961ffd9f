import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';

import { GOOD_DRAFT, runCli, SOURCE_TEXT, workspace } from './helpers';

const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

/** The reasons `backcheck sources --format json` gives, by path. */
async function unreadable(root: string, extra: string[] = []) {
  const { code, stdout, ms } = await runCli(['sources', '--format', 'json', ...extra], root);
  const json = JSON.parse(stdout) as { sources: Array<{ key: string }>; unreadable: Array<{ path: string; reason: string }> };
  return { code, ms, keys: json.sources.map((s) => s.key), reasons: Object.fromEntries(json.unreadable.map((u) => [u.path, u.reason])) };
}

describe('reliability: special and oversized source files', function () {
  this.timeout(60_000);

  it('a source that is a symlink to /dev/zero: source-unreadable "not a regular file", at once', async function () {
    if (process.platform === 'win32') this.skip();
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT });
    try {
      symlinkSync('/dev/zero', ws.path('sources/zero.txt'));
      const { code, ms, keys, reasons } = await unreadable(ws.root);
      assert.equal(code, 1);
      assert.deepEqual(keys, ['elbe']);
      assert.equal(reasons['sources/zero.txt'], 'is not a regular file (a character device)');
      assert.ok(ms < 10_000, `took ${ms} ms`);
    } finally {
      ws.dispose();
    }
  });

  it('a source that is a FIFO (through a symlink) and a sidecar that is a FIFO: the same, and no hang', async function () {
    if (!hasMkfifo) this.skip();
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'sources/withpipe.txt': SOURCE_TEXT, 'draft.md': GOOD_DRAFT });
    try {
      spawnSync('mkfifo', [ws.path('pipe')]);
      symlinkSync(ws.path('pipe'), ws.path('sources/pipe.txt'));
      spawnSync('mkfifo', [ws.path('sources/withpipe.meta.json')]);
      // A bare FIFO too: the glob lists only files and symlinks, so it was left out silently.
      spawnSync('mkfifo', [ws.path('sources/bare.txt')]);
      const { keys, reasons, ms } = await unreadable(ws.root);
      assert.deepEqual(keys, ['elbe']);
      assert.equal(reasons['sources/pipe.txt'], 'is not a regular file (a FIFO)');
      assert.equal(reasons['sources/bare.txt'], 'is not a regular file (a FIFO)');
      assert.equal(reasons['sources/withpipe.txt'], 'its .meta.json is not a regular file (a FIFO)');
      assert.ok(ms < 10_000, `took ${ms} ms`);
      // The lint goes on: the draft is checked against the readable source, the FIFOs are errors.
      const lint = await runCli(['lint', '--format', 'json', 'draft.md'], ws.root);
      assert.equal(lint.code, 1);
      const results = JSON.parse(lint.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
      assert.ok(results.find((r) => r.filePath.endsWith('draft.md'))!.messages.some((m) => m.ruleId === 'figure-unmatched' && /9\.9/.test(m.message)));
      assert.equal(results.filter((r) => r.messages.some((m) => m.ruleId === 'source-unreadable' && /FIFO/.test(m.message))).length, 3);
    } finally {
      ws.dispose();
    }
  });

  it('a 50 MB source: past the 5 MiB limit, one clear finding, not read; maxSourceBytes raises it', async () => {
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'sources/huge.txt': '' });
    try {
      truncateSync(ws.path('sources/huge.txt'), 50 * 1024 * 1024); // sparse: no 50 MB written
      const before = process.memoryUsage().rss;
      const { keys, reasons, ms } = await unreadable(ws.root);
      assert.deepEqual(keys, ['elbe']);
      assert.equal(reasons['sources/huge.txt'], 'is 50 MiB, over the limit of 5 MiB (maxSourceBytes)');
      assert.ok(ms < 10_000, `took ${ms} ms`);
      assert.ok(process.memoryUsage().rss - before < 40 * 1024 * 1024, 'the file was not read into memory');
      // A config that allows smaller files only: the 3-paragraph source is now too large.
      writeFileSync(ws.path('.backcheckrc.json'), JSON.stringify({ maxSourceBytes: 20 }));
      const small = await unreadable(ws.root);
      assert.match(small.reasons['sources/elbe.txt'], /^is \d+ bytes, over the limit of 20 bytes \(maxSourceBytes\)$/);
    } finally {
      ws.dispose();
    }
  });
});

describe('reliability: drafts that cannot be read', function () {
  this.timeout(60_000);

  it('a draft that is a directory, or unreadable, is one error naming it; the other drafts are linted, exit by findings', async () => {
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'good.md': GOOD_DRAFT, 'binary.md': new Uint8Array([0x41, 0, 0, 0x42]) });
    try {
      mkdirSync(ws.path('folder.md'));
      const { code, stdout, stderr } = await runCli(['lint', '--format', 'json', 'folder.md', 'good.md', 'binary.md'], ws.root);
      assert.equal(stderr, '', 'no internal error, no stack trace');
      assert.equal(code, 1, 'draft-unreadable is an error');
      const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string; severity: number }> }>;
      const of = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages;
      assert.deepEqual(of('folder.md').map((m) => [m.ruleId, m.message, m.severity]), [['draft-unreadable', 'folder.md cannot be read: is not a regular file (a directory)', 2]]);
      assert.deepEqual(of('binary.md').map((m) => [m.ruleId, m.message]), [['draft-unreadable', 'binary.md cannot be read: binary file (contains NUL bytes)']]);
      assert.ok(of('good.md').some((m) => m.ruleId === 'figure-unmatched'), 'the readable draft is linted');
      // Without the bad drafts, only warnings: exit 0. The exit code follows the findings.
      assert.equal((await runCli(['lint', 'good.md'], ws.root)).code, 0);
    } finally {
      ws.dispose();
    }
  });

  it('a UTF-16 draft with a BOM is decoded as sources are: its figures are read, not garbage', async () => {
    const utf16 = (text: string, bom: number[]) => {
      const le = Buffer.from(text, 'utf16le');
      if (bom[0] === 0xfe) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
      return new Uint8Array([...bom, ...le]);
    };
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'le.md': utf16(GOOD_DRAFT, [0xff, 0xfe]), 'be.md': utf16(GOOD_DRAFT, [0xfe, 0xff]), 'utf8.md': GOOD_DRAFT });
    try {
      const { stdout } = await runCli(['lint', '--format', 'json', 'utf8.md', 'le.md', 'be.md'], ws.root);
      const results = JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string; line: number; column: number }> }>;
      assert.equal(results.length, 3);
      assert.ok(results[0].messages.length > 0);
      assert.deepEqual(results[1].messages, results[0].messages);
      assert.deepEqual(results[2].messages, results[0].messages);
    } finally {
      ws.dispose();
    }
  });
});
