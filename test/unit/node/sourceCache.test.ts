import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';
import { loadBackcheck } from '../../../src/node/loadLibrary';
import { CACHE_FILE, cacheFileAt, contentHash, SourceCacheFile } from '../../../src/node/sourceCache';

const example = resolve(__dirname, '../../../examples/workspace');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('the persistent source cache (--cache, --cache-location)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-cache-'));
    cpSync(example, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const lintArgs = ['lint', '--format', 'json', '--sources', 'sources', 'draft.md'];

  it('writes a cache with --cache, and lints the same from it', async () => {
    const plain = await run(lintArgs, dir);
    const first = await run([...lintArgs, '--cache'], dir);
    const cacheFile = join(dir, CACHE_FILE);
    assert.ok(statSync(cacheFile).size > 0);
    const second = await run([...lintArgs, '--cache'], dir);
    assert.equal(first.stdout, plain.stdout);
    assert.equal(second.stdout, plain.stdout);
    assert.equal(second.stderr, '');
    // Written by rename: no temporary file is left beside it.
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes(CACHE_FILE)), [CACHE_FILE]);
  });

  it('reads unchanged sources from the cache and loads a changed one afresh', async () => {
    const file = join(dir, 'cache.json');
    const sources = readdirSync(join(dir, 'sources')).filter((f) => !f.endsWith('.meta.json'));
    const engine = 'test-engine';
    const cold = new SourceCacheFile(file, engine);
    const loadedCold = await loadBackcheck(['sources'], dir, { cache: cold });
    assert.equal(cold.hits, 0);
    assert.equal(cold.save(), true);

    const warm = new SourceCacheFile(file, engine);
    const { backcheck } = await loadBackcheck(['sources'], dir, { cache: warm });
    assert.equal(warm.hits, sources.length);
    assert.equal(warm.misses, 0);
    assert.equal(warm.save(), false, 'nothing changed: nothing written');
    // A source from the cache is the source as loaded: paragraph and figure text, languages and all.
    assert.deepEqual(backcheck.library.sources, loadedCold.backcheck.library.sources);
    assert.ok(backcheck.library.sources.every((s) => s.paragraphs.some((p) => p.figures.length > 0)));

    const changed = join(dir, 'sources', sources.find((f) => f.endsWith('.txt'))!);
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nA late line with 77 boats.\n');
    const after = new SourceCacheFile(file, engine);
    const reloaded = await loadBackcheck(['sources'], dir, { cache: after });
    assert.deepEqual([after.hits, after.misses], [sources.length - 1, 1]);
    assert.ok(reloaded.backcheck.library.figureIndex.inRange({ value: 77, kind: 'count', lang: 'en', text: '77', span: { start: 0, end: 2 } }, 77, 77).length > 0);

    // Another engine does not read this cache.
    const other = new SourceCacheFile(file, 'another-engine');
    await loadBackcheck(['sources'], dir, { cache: other });
    assert.deepEqual([other.hits, other.problem], [0, undefined]);
  });

  it('detects a truncated cache, says so and rebuilds it', async () => {
    const plain = await run(lintArgs, dir);
    await run([...lintArgs, '--cache'], dir);
    const cacheFile = join(dir, CACHE_FILE);
    truncateSync(cacheFile, Math.floor(statSync(cacheFile).size / 2));
    const damaged = await run([...lintArgs, '--cache'], dir);
    assert.equal(damaged.stdout, plain.stdout);
    assert.match(damaged.stderr, /cache .* is not usable .*rebuilding it/);
    // Rebuilt whole: the next run reads it without complaint.
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    assert.equal(lines.pop(), '', 'the last entry ends its line');
    assert.equal(JSON.parse(lines[0]).entries, lines.length - 1);
    const next = await run([...lintArgs, '--cache'], dir);
    assert.equal(next.stderr, '');
    assert.equal(next.stdout, plain.stdout);
  });

  it('rebuilds a cache file that holds something else, lacks entries, or has a damaged one', () => {
    const file = join(dir, 'c.json');
    writeFileSync(file, '[1, 2, 3]');
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache/);
    const header = (entries: number, version = 3) => JSON.stringify({ format: 'backcheck-source-cache', version, engine: 'e', entries }) + '\n';
    const source = { path: 'sources/a.txt', bytes: new TextEncoder().encode('Some 14 boats sank.') };
    // A cache of the format before (reasons as text only) is rebuilt, not read.
    writeFileSync(file, header(0, 2));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    writeFileSync(file, header(0));
    assert.equal(new SourceCacheFile(file, 'e').problem, undefined);
    writeFileSync(file, header(2) + `${contentHash(source)} {"key":1}\n`);
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /incomplete \(1 of 2 entries\)/);
    // A damaged entry is found when its source is asked for: a miss, and the cache is rewritten.
    writeFileSync(file, header(1) + `${contentHash(source)} {"key":1}\n`);
    const cache = new SourceCacheFile(file, 'e');
    assert.equal(cache.problem, undefined);
    assert.equal(cache.lookup(source), undefined);
    assert.match(cache.problem ?? '', /damaged/);
    assert.equal(cache.save(), true);
    assert.equal(new SourceCacheFile(file, 'e').problem, undefined);
  });

  it('puts the cache where --cache-location says: a file, or a folder holding .backcheckcache', async () => {
    assert.equal(cacheFileAt(undefined, dir), join(dir, CACHE_FILE));
    assert.equal(cacheFileAt('tmp/cache.json', dir), join(dir, 'tmp/cache.json'));
    assert.equal(cacheFileAt('store/', dir), join(dir, 'store', CACHE_FILE));
    assert.equal(cacheFileAt('sources', dir), join(dir, 'sources', CACHE_FILE));
    await run([...lintArgs, '--cache', '--cache-location', 'store/'], dir);
    assert.ok(statSync(join(dir, 'store', CACHE_FILE)).size > 0);
  });
});
