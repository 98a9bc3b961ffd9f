import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';

const root = resolve(__dirname, '../../..');
const workspace = resolve(root, 'examples/workspace');

/** Runs the CLI in-process and captures what it prints. */
async function run(argv: string[], cwd = workspace) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('backcheck lint', () => {
  it('prints ESLint-shaped JSON with 1-based, end-exclusive positions', async () => {
    const { code, stdout } = await run(['lint', '--format', 'json', 'draft.md']);
    assert.equal(code, 0, 'warnings alone exit 0 without --max-warnings');
    const results = JSON.parse(stdout);
    assert.equal(results.length, 1);
    assert.deepEqual(Object.keys(results[0]).sort(), ['errorCount', 'filePath', 'messages', 'warningCount']);
    assert.equal(results[0].filePath, resolve(workspace, 'draft.md'));
    const [message] = results[0].messages;
    assert.deepEqual(Object.keys(message).sort(), ['column', 'endColumn', 'endLine', 'line', 'message', 'ruleId', 'severity']);
    assert.equal(message.ruleId, 'figure-unmatched');
    assert.equal(message.severity, 1);
    assert.equal(message.line, 8);
    // Column 50 is where "3.2 million euros" starts on line 8 of the example draft.
    assert.equal(message.column, 50);
    assert.equal(results[0].warningCount, results[0].messages.length);
  });

  it('exits 1 when warnings exceed --max-warnings', async () => {
    const { code } = await run(['lint', '--max-warnings', '0', 'draft.md']);
    assert.equal(code, 1);
  });

  it('exits 0 and prints nothing in stylish format for a clean draft', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-cli-'));
    writeFileSync(join(dir, 'clean.md'), 'The Elbe peaked at 7.42 metres [@en_elbe_flood, para. 1].\n');
    const { code, stdout } = await run(['lint', '--sources', resolve(workspace, 'sources'), join(dir, 'clean.md')]);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });

  it('exits 2 with a hint when no sources are found', async () => {
    const { code, stderr } = await run(['lint', '--sources', 'nowhere', 'draft.md']);
    assert.equal(code, 2);
    assert.match(stderr, /no sources found under nowhere: pass --sources or set "sources" in \.backcheckrc\.json/);
  });

  it('exits 2 on an unknown format, option or command', async () => {
    assert.equal((await run(['lint', '--format', 'xml', 'draft.md'])).code, 2);
    assert.equal((await run(['lint', '--bogus', 'draft.md'])).code, 2);
    assert.equal((await run(['frobnicate'])).code, 2);
  });

  it('exits 2 when a draft does not exist', async () => {
    const { code, stderr } = await run(['lint', 'missing.md']);
    assert.equal(code, 2);
    assert.match(stderr, /no file matches "missing\.md"/);
  });

  it('lints every Markdown file outside the sources when no draft, --drafts or config names any', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-cli-'));
    cpSync(resolve(workspace, 'sources'), join(dir, 'sources'), { recursive: true });
    writeFileSync(join(dir, 'sources', 'notes.md'), 'A source in Markdown: 12 boats.\n');
    writeFileSync(join(dir, 'first.md'), 'The Elbe peaked at 7.42 metres [@en_elbe_flood, para. 1].\n');
    cpSync(resolve(workspace, 'draft.md'), join(dir, 'chapters', 'second.md'), { recursive: true });
    const { code, stdout } = await run(['lint', '--format', 'json'], dir);
    const linted = (JSON.parse(stdout) as { filePath: string }[]).map((r) => r.filePath).sort();
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0);
    assert.deepEqual(linted, [join(dir, 'chapters', 'second.md'), join(dir, 'first.md')]);
  });

  it('exits 2 saying no sources were found when nothing is named in a folder without sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-cli-'));
    writeFileSync(join(dir, 'notes.md'), 'Nothing to check against: 12 boats.\n');
    const { code, stdout, stderr } = await run(['lint'], dir);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /no sources found under sources\/\*\*/);
  });
});

describe('backcheck figures', () => {
  it('prints the contract JSON for a German source, reading "4.500" as 4500', async () => {
    const { code, stdout } = await run(['figures', '--format', 'json', 'sources/de_elbe_hochwasser.txt']);
    assert.equal(code, 0);
    const figures = JSON.parse(stdout);
    const f = figures.find((x: { text: string }) => x.text === '4.500');
    assert.ok(f, 'the figure 4.500 is listed');
    assert.equal(f.value, 4500);
    assert.equal(f.lang, 'de');
    assert.equal(f.line, 2);
    assert.equal(f.endColumn - f.column, 5);
    for (const key of ['line', 'column', 'endLine', 'endColumn', 'text', 'value', 'unit', 'kind', 'lang']) assert.ok(key in f, key);
  });
});

describe('backcheck figures on an HTML page', () => {
  it('reads the article text, as sources are read, not the markup or its metadata', async () => {
    const html = resolve(root, 'test/fixtures/html/de_hafen_seite.html');
    const { code, stdout } = await run(['figures', '--format', 'json', html]);
    assert.equal(code, 0);
    const figures = JSON.parse(stdout) as Array<{ text: string; kind: string }>;
    assert.ok(figures.some((f) => f.text === '14,5 Millionen Euro'), 'a figure of the article is read');
    assert.ok(!figures.some((f) => f.text === '2026'), 'the published_time meta tag is no figure');
  });

  it('says why a page with no article cannot be read, as for a file it cannot open, and prints no stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-figures-html-'));
    try {
      writeFileSync(join(dir, 'menu.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
      const { code, stdout, stderr } = await run(['figures', 'menu.html'], dir);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /^backcheck: cannot read menu\.html: no article text was found in the page/);
      assert.doesNotMatch(stderr, /internal error|\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dist/cli.js as installed', () => {
  const cli = resolve(root, 'dist/cli.js');
  before(function () {
    if (!existsSync(cli)) this.skip();
  });

  it('runs as the backcheck bin and exits 1 with --max-warnings 0 on the example draft', () => {
    const result = spawnSync(process.execPath, [cli, 'lint', '--max-warnings', '0', 'draft.md'], { cwd: workspace, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /figure-unmatched/);
  });

  it('reports the bundle\'s own lines and columns in a stack trace, on its first line too', () => {
    // The launcher beside a stand-in bundle whose error is made on line 1 (column 18) or line 2 (column 9).
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-launcher-'));
    try {
      cpSync(cli, join(dir, 'cli.js'));
      const traceOf = (bundle: string) => {
        writeFileSync(join(dir, 'cliMain.js'), bundle);
        const result = spawnSync(process.execPath, [join(dir, 'cli.js')], { encoding: 'utf8', env: { ...process.env, BACKCHECK_CODE_CACHE: '0' } });
        return /cliMain\.js:(\d+):(\d+)/.exec(result.stderr)?.slice(1, 3);
      };
      assert.deepEqual(traceOf('var a = 1; throw new Error("on line 1");\n'), ['1', '18']);
      assert.deepEqual(traceOf('var a = 1;\n  throw new Error("on line 2");\n'), ['2', '9']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the bundle from a code cache it writes once, and writes a rejected one again', function () {
    this.timeout(60_000);
    const cacheHome = mkdtempSync(join(tmpdir(), 'backcheck-code-cache-'));
    try {
      const lint = () => spawnSync(process.execPath, [cli, 'lint', '--format', 'json', 'draft.md'], { cwd: workspace, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
      const folder = join(cacheHome, 'backcheck', 'code-cache');
      const cached = () => (existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : []);
      const first = lint();
      const [file] = cached();
      assert.ok(file && statSync(file).size > 0, 'the first run leaves a code cache');
      const written = statSync(file).mtimeMs;
      const second = lint();
      assert.deepEqual([second.status, second.stdout], [first.status, first.stdout]);
      assert.equal(statSync(file).mtimeMs, written, 'a cache V8 takes is not written again');
      writeFileSync(file, 'not a code cache');
      const third = lint();
      assert.deepEqual([third.status, third.stdout], [first.status, first.stdout]);
      assert.notEqual(readFileSync(file, 'utf8').slice(0, 16), 'not a code cache', 'a rejected cache is written again');
      assert.equal(cached().length, 1, 'no temporary file is left');
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});
