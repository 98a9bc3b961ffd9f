import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';

const root = resolve(__dirname, '../../..');
const dist = resolve(root, 'dist');
const fixtures = resolve(root, 'test/fixtures');

/**
 * Run before the CLI: at its exit, writes the file names of every module it loaded (Node's
 * require cache). The launcher runs dist/cliMain.js through node:vm, so that one is not listed.
 */
const PROBE = "process.on('exit', () => require('node:fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify(Object.keys(require.cache))));\n";

/**
 * The built CLI (dist/cli.js, as installed) keeps the HTML reader in dist/html.js and the PDF and
 * Word readers in dist/documents.js (scripts/build.mjs), each loaded on the first source that
 * needs it: a workspace of Markdown and text sources loads neither.
 */
describe('the readers apart (dist/html.js, dist/documents.js), loaded on demand', function () {
  this.timeout(60_000);
  let dir: string;

  before(function () {
    if (!existsSync(join(dist, 'cli.js')) || !existsSync(join(dist, 'html.js'))) this.skip();
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-readers-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'probe.cjs'), PROBE);
    writeFileSync(join(dir, 'sources', 'flood.md'), '---\ntitle: The flood\n---\n\nAbout 4,500 residents were moved.\n');
    writeFileSync(join(dir, 'sources', 'dikes.txt'), 'The dikes cost 12 million euros.\n');
    writeFileSync(join(dir, 'draft.md'), 'About 4,500 residents were moved [@flood].\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** `backcheck ARGV` from dist in the workspace: what it printed, and which of dist's files it loaded. */
  function cli(argv: string[]) {
    const out = join(dir, 'loaded.json');
    const env = { ...process.env, PROBE_OUT: out, BACKCHECK_CODE_CACHE: '0' };
    const result = spawnSync(process.execPath, ['--require', join(dir, 'probe.cjs'), join(dist, 'cli.js'), ...argv], { cwd: dir, env, encoding: 'utf8' });
    const loaded = (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((file) => file.startsWith(dist + '/')).map((file) => basename(file)).sort();
    return { ...result, loaded };
  }

  /** The same command from the TypeScript sources, in this process: what the bundles must print. */
  async function fromSources(argv: string[]) {
    let stdout = '';
    await main(argv, { cwd: dir, stdout: (t) => void (stdout += t), stderr: () => undefined, isTTY: false });
    return stdout;
  }

  it('lints a workspace of Markdown and text sources without loading either', () => {
    const { status, stdout, loaded } = cli(['lint', '--format', 'json', 'draft.md']);
    assert.equal(status, 0, stdout);
    assert.deepEqual(loaded, ['cli.js']);
  });

  it('loads the HTML reader, and only it, for a saved web page, and reads it as the sources do', async () => {
    copyFileSync(join(fixtures, 'html', 'de_hafen_seite.html'), join(dir, 'sources', 'de_hafen_seite.html'));
    const { status, stdout, stderr, loaded } = cli(['sources', '--format', 'json']);
    assert.equal(status, 0, stderr);
    assert.deepEqual(loaded, ['cli.js', 'html.js']);
    assert.match(stdout, /"key": ?"de_hafen_seite"/);
    assert.equal(stdout, await fromSources(['sources', '--format', 'json']));
  });

  it('loads the Word reader with the HTML reader it takes linkedom from, and reads the file as the sources do', async () => {
    copyFileSync(join(fixtures, 'documents', 'memo.docx'), join(dir, 'sources', 'memo.docx'));
    const { status, stdout, stderr, loaded } = cli(['sources', '--format', 'json']);
    assert.equal(status, 0, stderr);
    assert.deepEqual(loaded, ['cli.js', 'documents.js', 'html.js']);
    assert.match(stdout, /"key": ?"memo"/);
    assert.equal(stdout, await fromSources(['sources', '--format', 'json']));
  });
});
