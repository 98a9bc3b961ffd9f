import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';
import { forgetReadings } from '../../../src/core/draftFigures';
import { forgetProseReadings } from '../../../src/core/proseBlocks';
import { loadBackcheck } from '../../../src/node/loadLibrary';
import { paragraphCount } from '../../../src/core/sources/paragraphCount';
import { storedParts } from '../../../src/core/sources/storedParagraph';
import { CACHE_FILE, cacheFileAt, contentHash, engineStamp, SourceCacheFile } from '../../../src/node/sourceCache';

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
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    // No reading of a test's draft (some from an edited cache) is left for the next test.
    forgetReadings();
    forgetProseReadings();
  });

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

  it('takes files whose stat is unchanged without reading them, with the stored figure index, parsing a source only when used', async () => {
    const file = join(dir, 'cache.json');
    const plain = await loadBackcheck(['sources'], dir);
    const cold = new SourceCacheFile(file, 'e');
    const first = await loadBackcheck(['sources'], dir, { cache: cold });
    assert.equal(cold.storedIndexFor(first.backcheck.library), false, 'an empty cache has no index to give');
    assert.equal(cold.save(first.backcheck.library), true);

    const warm = new SourceCacheFile(file, 'e');
    const { backcheck } = await loadBackcheck(['sources'], dir, { cache: warm });
    const library = backcheck.library;
    // Not parsed yet: text and paragraphs are still the getters that parse the entry.
    assert.ok(library.sources.every((s) => Object.getOwnPropertyDescriptor(s, 'paragraphs')?.get));
    const figure = plain.backcheck.library.sources[0].paragraphs.find((p) => p.figures.length > 0)!.figures[0];
    const found = library.figureIndex.inRange(figure, figure.value, figure.value);
    assert.deepEqual(found, plain.backcheck.library.figureIndex.inRange(figure, figure.value, figure.value));
    assert.ok(found.length > 0);
    // Its figure read from its entry's columns: the source it is in has not made its paragraphs' objects.
    const landed = library.sources.find((s) => s.key === found[0].sourceKey)!;
    assert.ok(storedParts(landed), 'the source is held in columns');
    assert.deepEqual(library.sources, plain.backcheck.library.sources);
    assert.equal(warm.save(library), false, 'nothing changed: nothing written');
    warm.close();

    // A changed stat is checked by content: touched but the same bytes is still a hit, and the
    // cache is rewritten with the new stat (the index was built afresh for it).
    const source = join(dir, 'sources', readdirSync(join(dir, 'sources')).find((f) => f.endsWith('.txt'))!);
    writeFileSync(source, readFileSync(source));
    const touched = new SourceCacheFile(file, 'e');
    const again = await loadBackcheck(['sources'], dir, { cache: touched });
    assert.deepEqual([touched.hits, touched.misses], [2, 0]);
    assert.deepEqual(again.backcheck.library.sources, plain.backcheck.library.sources);
    assert.equal(touched.save(again.backcheck.library), true);
    touched.close();
  });

  it('checks a citation\'s paragraph locator against the count the header lists, without parsing the cited source', async () => {
    const file = join(dir, 'cache.json');
    const plain = await loadBackcheck(['sources'], dir);
    const cold = new SourceCacheFile(file, 'e');
    const first = await loadBackcheck(['sources'], dir, { cache: cold });
    assert.equal(cold.save(first.backcheck.library), true);
    const warm = new SourceCacheFile(file, 'e');
    const { backcheck } = await loadBackcheck(['sources'], dir, { cache: warm });
    const [a, b] = plain.backcheck.library.sources;
    assert.deepEqual(backcheck.library.sources.map(paragraphCount), plain.backcheck.library.sources.map((s) => s.paragraphs.length));
    const text = `As reported [@${a.key}, para. ${a.paragraphs.length + 5}], and earlier [@${b.key}, para. 1].\n`;
    const findings = (lib: typeof backcheck) => lib.lint(text).map((f) => [f.ruleId, f.message, f.data]);
    assert.deepEqual(findings(backcheck), findings(plain.backcheck));
    assert.deepEqual(findings(backcheck).map((f) => f[0]), ['citation-locator-out-of-range']);
    // Neither cited source was read: their paragraphs are still the getters that parse the entry.
    assert.ok(backcheck.library.sources.every((s) => Object.getOwnPropertyDescriptor(s, 'paragraphs')?.get));
    warm.close();
  });

  it('keeps the findings of an unchanged draft, and lints again when the draft or a source changes', async () => {
    const cached = [...lintArgs, '--cache'];
    const before = await run(lintArgs, dir);
    await run(cached, dir);
    // The findings are the cache's last line (after the entries), the draft's key to its findings.
    const lints = () => JSON.parse(readFileSync(join(dir, CACHE_FILE), 'utf8').trimEnd().split('\n').at(-1)!).lints;
    assert.equal(Object.keys(lints()).length, 1);
    assert.equal((await run(cached, dir)).stdout, before.stdout);

    appendFileSync(join(dir, 'draft.md'), '\nThe river rose by 99 metres overnight [@en_elbe_flood].\n');
    const draftChanged = await run(lintArgs, dir);
    assert.notEqual(draftChanged.stdout, before.stdout);
    assert.equal((await run(cached, dir)).stdout, draftChanged.stdout);

    // The source now has the figure: the cached findings for this draft are not reused.
    appendFileSync(join(dir, 'sources', 'en_elbe_flood.txt'), '\nThe river rose by 99 metres overnight.\n');
    const sourceChanged = await run(lintArgs, dir);
    assert.notEqual(sourceChanged.stdout, draftChanged.stdout);
    assert.equal((await run(cached, dir)).stdout, sourceChanged.stdout);
    assert.equal((await run(cached, dir)).stdout, sourceChanged.stdout);
  });

  it('keeps the figure judgements of a run beside its findings, and judges a changed draft only where they do not cover it', async () => {
    const cached = [...lintArgs, '--cache'];
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const lines = () => readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const judgements = JSON.parse(lines().at(-1)!).judgements as unknown[][];
    assert.equal(judgements.length, 6, 'one for each figure of the draft');
    // A line added: the findings are a lint's without the cache, the new figure's judgement kept too.
    appendFileSync(join(dir, 'draft.md'), '\nSome 41 boats were out [@en_elbe_flood].\n');
    assert.deepEqual(await run(cached, dir), await run(lintArgs, dir));
    assert.equal(JSON.parse(lines().at(-1)!).judgements.length, 7);

    // The kept judgements are the ones the next run goes by: each made "unmatched" in the cache,
    // the run finds the seven figures they cover unmatched, and judges the one added since (in the source).
    const kept = lines();
    const last = JSON.parse(kept.at(-1)!);
    last.judgements = last.judgements.map(([hash]: unknown[]) => [hash, 'unmatched', 0, 0]);
    writeFileSync(cacheFile, [...kept.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');
    appendFileSync(join(dir, 'draft.md'), '\nAuthorities closed 14 bridges [@en_elbe_flood].\n');
    const unmatched = (stdout: string) => JSON.parse(stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'figure-unmatched').length;
    assert.equal(unmatched((await run(cached, dir)).stdout), 7);
    assert.equal(unmatched((await run(lintArgs, dir)).stdout), 2);
  });

  it('finds a kept judgement\'s figure damaged when a finding first reads it, and lints without the cache', async () => {
    const cached = [...lintArgs, '--cache'];
    appendFileSync(join(dir, 'draft.md'), '\nAuthorities closed 14 bridges [@de_elbe_hochwasser].\n');
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const kept = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(kept.at(-1)!);
    // Every match made to point past its paragraph's figures.
    last.judgements = last.judgements.map(([hash, verdict, match, others]: unknown[]) => [hash, verdict, match && [(match as unknown[])[0], [0, 0, 999, 1]], others]);
    writeFileSync(cacheFile, [...kept.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');
    appendFileSync(join(dir, 'draft.md'), '\nSome 42 boats were out.\n');
    const plain = await run(lintArgs, dir);
    assert.match(plain.stdout, /figure-not-in-cited-source/);
    const damaged = await run(cached, dir);
    assert.equal(damaged.stdout, plain.stdout);
    assert.match(damaged.stderr, /damaged/);
  });

  it('keeps the draft\'s figure reading, and reads the draft with a line added around the change', async () => {
    const cached = [...lintArgs, '--cache'];
    const draft = join(dir, 'draft.md');
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const kept = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(kept.at(-1)!);
    assert.deepEqual(last.readings.map((r: { text: string }) => r.text), [readFileSync(draft, 'utf8')]);
    // The kept reading is the one the next run goes by: its first figure ("7.42 metres") made 99
    // metres in the cache, the run reads it so (no source has it), as reading the draft would not.
    assert.equal(last.readings[0].figures[0].value, 7.42);
    last.readings[0].figures[0].value = 99;
    writeFileSync(cacheFile, [...kept.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');
    appendFileSync(draft, '\nSome 41 boats were out [@en_elbe_flood].\n');
    // This process's own readings forgotten: the run has the cache's alone.
    forgetReadings();
    const messages = (stdout: string) => JSON.parse(stdout)[0].messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`);
    const plain = messages((await run(lintArgs, dir)).stdout);
    forgetReadings();
    assert.deepEqual(messages((await run(cached, dir)).stdout), ['figure-unmatched:3', ...plain]);
  });

  it('keeps the blocks the draft\'s Markdown was parsed in, and parses only the changed ones next run, never a changed one from the cache', async () => {
    const cached = [...lintArgs, '--cache'];
    const draft = join(dir, 'draft.md');
    const text = readFileSync(draft, 'utf8');
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const kept = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(kept.at(-1)!);
    // [start, end, last, spans, ...spans' offsets] a block: the draft's last block is its last paragraph.
    const blocks = unpacked(last.readings[0].prose);
    const final = blocks.at(-1)!;
    assert.equal(text.slice(final.start, final.end), text.slice(text.indexOf('Officials')));
    assert.deepEqual([blocks[0].start, final.end, final.last], [0, text.length, 1]);
    // The last paragraph's block made prose-free in the cache: the next run goes by it (its
    // figure "3.2 million euros" unread, so not reported), as parsing the draft would not.
    final.spans = [];
    last.readings[0].prose = blocks.flatMap((b) => [b.start, b.end, b.last, b.spans.length / 2, ...b.spans]);
    writeFileSync(cacheFile, [...kept.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');
    const messages = (stdout: string) => JSON.parse(stdout)[0].messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`);
    // A paragraph added after the heading: the blocks after it are the cache's.
    writeFileSync(draft, text.replace('\n\nThe Elbe', '\n\nSome 41 boats were out [@en_elbe_flood].\n\nThe Elbe'));
    forgetReadings();
    forgetProseReadings();
    assert.deepEqual(messages((await run(lintArgs, dir)).stdout), ['figure-unmatched:3', 'figure-unmatched:10']);
    forgetReadings();
    forgetProseReadings();
    assert.deepEqual(messages((await run(cached, dir)).stdout), ['figure-unmatched:3']);
    // That paragraph changed: parsed again, not taken from the cache.
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('3.2 million', '3.3 million'));
    forgetReadings();
    forgetProseReadings();
    const plain = await run(lintArgs, dir);
    forgetReadings();
    forgetProseReadings();
    assert.deepEqual(await run(cached, dir), plain);
    assert.deepEqual(messages(plain.stdout), ['figure-unmatched:3', 'figure-unmatched:10']);
  });

  it('keeps the unmatched figures\' suggestions against the same sources, and looks them up again when a source changed', async () => {
    const cached = [...lintArgs, '--cache'];
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const kept = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const last = JSON.parse(kept.at(-1)!);
    // "3.2 million euros" is unmatched; its nearest, "2,3 Millionen Euro", named otherwise in the
    // cache: the next run goes by the cache's, as looking the figure up would not.
    assert.equal(last.suggestions.length, 1);
    assert.equal(last.suggestions[0][1][0][1], '2,3 Millionen Euro');
    last.suggestions[0][1][0][1] = '2,3 Mio. Euro (kept)';
    writeFileSync(cacheFile, [...kept.slice(0, -1), JSON.stringify(last)].join('\n') + '\n');
    appendFileSync(join(dir, 'draft.md'), '\nSome 41 boats were out [@en_elbe_flood].\n');
    const plain = await run(lintArgs, dir);
    assert.match(plain.stdout, /nearest: 2,3 Millionen Euro in/);
    assert.equal((await run(cached, dir)).stdout, plain.stdout.replace('2,3 Millionen Euro', '2,3 Mio. Euro (kept)'));
    // A source changed: the cache's suggestions are not used, the figure is looked up again.
    const source = join(dir, 'sources', readdirSync(join(dir, 'sources')).find((f) => f.endsWith('.txt'))!);
    appendFileSync(source, '\nA late line.\n');
    assert.deepEqual(await run(cached, dir), await run(lintArgs, dir));
  });

  it('adds a changed draft\'s findings to the cache file without writing its entries again, and reads them back', async () => {
    const cached = [...lintArgs, '--cache'];
    await run(cached, dir);
    const cacheFile = join(dir, CACHE_FILE);
    const before = readFileSync(cacheFile);
    const { ino } = statSync(cacheFile);
    const expected: string[] = [];
    for (const figure of [41, 42]) {
      appendFileSync(join(dir, 'draft.md'), `\nSome ${figure} boats were out [@en_elbe_flood].\n`);
      const plain = await run(lintArgs, dir);
      expected.push(plain.stdout);
      assert.deepEqual(await run(cached, dir), plain);
    }
    const after = readFileSync(cacheFile);
    // The same file, grown: all it held is there as it was, and a line of findings for each changed draft.
    assert.equal(statSync(cacheFile).ino, ino);
    assert.ok(after.subarray(0, before.length).equals(before));
    const added = after.subarray(before.length).toString('utf8').split('\n');
    assert.deepEqual([added.length, added.pop()], [3, '']);
    assert.deepEqual(added.map((line) => Object.keys(JSON.parse(line).lints).length), [1, 1]);
    // The last draft's findings are read from the last line; a run that finds the same writes nothing.
    assert.equal((await run(cached, dir)).stdout, expected[1]);
    assert.ok(readFileSync(cacheFile).equals(after));
    // A line cut short (a crash as it was added) is passed over: the cache is whole without it.
    truncateSync(cacheFile, after.length - 5);
    const cut = await run(cached, dir);
    assert.deepEqual([cut.stdout, cut.stderr], [expected[1], '']);
  });

  it('sees a source added, removed or renamed, and a sidecar added, changed or removed, as a lint without the cache does', async () => {
    const cached = [...lintArgs, '--cache'];
    const same = async (what: string) => {
      const warm = await run(cached, dir);
      assert.deepEqual([warm.stdout, warm.stderr], [(await run(lintArgs, dir)).stdout, ''], what);
      // And the cache written by that run gives it again.
      assert.equal((await run(cached, dir)).stdout, warm.stdout, `${what}, read back`);
      return warm.stdout;
    };
    const sources = join(dir, 'sources');
    appendFileSync(join(dir, 'draft.md'), '\nThe dike held 61 hours [@late_report] and 83 pumps ran [@en_elbe_flood].\n');
    const before = await same('as written');
    writeFileSync(join(sources, 'late_report.txt'), 'The dike held for 61 hours.\n');
    const added = await same('a source added');
    assert.notEqual(added, before);
    // Listed before every cached file: the others are found at their places all the same.
    writeFileSync(join(sources, '0_first.txt'), 'Nothing to see.\n');
    assert.equal(await same('a source added before the others'), added);
    rmSync(join(sources, '0_first.txt'));
    renameSync(join(sources, 'late_report.txt'), join(sources, 'later_report.txt'));
    assert.match(await same('a source renamed'), /no source has the key \\"late_report\\"; did you mean \\"later_report\\"/, 'its key is gone with its old name');
    renameSync(join(sources, 'later_report.txt'), join(sources, 'late_report.txt'));
    assert.equal(await same('renamed back'), added);
    // A sidecar's id is the key: added, changed, removed, with the source's own stat unchanged.
    writeFileSync(join(sources, 'late_report.meta.json'), JSON.stringify({ id: 'other_key' }));
    assert.notEqual(await same('a sidecar added'), added, 'the source is another key now');
    writeFileSync(join(sources, 'late_report.meta.json'), JSON.stringify({ id: 'late_report', title: 'Late report' }));
    assert.equal(await same('a sidecar changed'), added);
    rmSync(join(sources, 'late_report.meta.json'));
    assert.equal(await same('a sidecar removed'), added);
    rmSync(join(sources, 'late_report.txt'));
    assert.equal(await same('a source removed'), before);
    rmSync(join(sources, 'en_elbe_flood.meta.json'));
    await same('a sidecar of a source cached with one removed');
  });

  it('rebuilds a cache whose file list is damaged, saying so', async () => {
    const plain = await run(lintArgs, dir);
    await run([...lintArgs, '--cache'], dir);
    const cacheFile = join(dir, CACHE_FILE);
    const [first, ...rest] = readFileSync(cacheFile, 'utf8').split('\n');
    const damages: Array<(files: Record<string, unknown>) => void> = [
      (files) => void (files.paths = (files.paths as string[]).slice(1)),
      (files) => void (files.hashes = (files.hashes as string).slice(1)),
      (files) => void (files.bytes = (files.bytes as number[]).map(String)),
      (files) => void (files.keys = (files.keys as string[]).map(() => 7)),
      (files) => void delete files.sidecars,
    ];
    for (const damage of damages) {
      const header = JSON.parse(first);
      damage(header.files);
      writeFileSync(cacheFile, [JSON.stringify(header), ...rest].join('\n'));
      const damaged = await run([...lintArgs, '--cache'], dir);
      assert.equal(damaged.stdout, plain.stdout);
      assert.match(damaged.stderr, /cache .* is not usable \(an entry of it is damaged\); rebuilding it/, String(damage));
      assert.equal((await run([...lintArgs, '--cache'], dir)).stderr, '', 'rebuilt');
    }
  });

  it('finds an entry damaged when the lint first reads it, says so, lints without the cache and rebuilds it', async () => {
    await run([...lintArgs, '--cache'], dir);
    const cacheFile = join(dir, CACHE_FILE);
    // Each entry's JSON made invalid in place, so the file's size and header still fit.
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    writeFileSync(cacheFile, [lines[0], ...lines.slice(1).map((l) => l.replace(' {', ' ['))].join('\n'));
    appendFileSync(join(dir, 'draft.md'), '\nAbout 600 homes were flooded [@en_elbe_flood].\n');
    const plain = await run(lintArgs, dir);
    const damaged = await run([...lintArgs, '--cache'], dir);
    assert.match(damaged.stderr, /cache .* is not usable \(an entry of it is damaged\); rebuilding it/);
    assert.equal(damaged.stdout, plain.stdout);
    const next = await run([...lintArgs, '--cache'], dir);
    assert.deepEqual([next.stderr, next.stdout], ['', plain.stdout]);
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
    // The header, the figure index's line (indexBytes long), one line an entry, then the findings.
    const rebuilt = JSON.parse(lines[0]);
    assert.equal(Buffer.byteLength(lines[1]), rebuilt.indexBytes);
    assert.equal(rebuilt.entries, lines.length - 3);
    assert.ok(JSON.parse(lines.at(-1)!).lints);
    const next = await run([...lintArgs, '--cache'], dir);
    assert.equal(next.stderr, '');
    assert.equal(next.stdout, plain.stdout);
  });

  it('rebuilds a cache file that holds something else, lacks entries, or has a damaged one', () => {
    const file = join(dir, 'c.json');
    writeFileSync(file, '[1, 2, 3]');
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache/);
    const header = (entries: number, version = 8) => JSON.stringify({ format: 'backcheck-source-cache', version, engine: 'e', entries }) + '\n';
    const source = { path: 'sources/a.txt', bytes: new TextEncoder().encode('Some 14 boats sank.') };
    // A cache of a format before (reasons as text only; a file list of an object a file) is rebuilt, not read.
    writeFileSync(file, header(0, 2));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    writeFileSync(file, header(0, 3));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    // Nor one whose entries hold paragraphs and figures as objects (format 4).
    writeFileSync(file, header(0, 4));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    // Nor one whose findings lines keep no judgements (format 5).
    writeFileSync(file, header(0, 5));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    // Nor one whose header lists no count of paragraphs (format 6).
    writeFileSync(file, header(0, 6));
    assert.match(new SourceCacheFile(file, 'e').problem ?? '', /not a Backcheck source cache of this format/);
    // Nor one whose drafts' readings keep no blocks of their Markdown (format 7).
    writeFileSync(file, header(0, 7));
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

  it('stamps the engine with the bundle and the readers beside it (dist/html.js, dist/documents.js), and nothing else there', () => {
    const bundle = join(dir, 'cliMain.js');
    writeFileSync(bundle, 'the engine');
    const alone = engineStamp('1.0.0', bundle);
    assert.match(alone, /^1\.0\.0\+[0-9a-f]{16}$/);
    writeFileSync(join(dir, 'sourceWorker.js'), 'another bundle');
    assert.equal(engineStamp('1.0.0', bundle), alone, 'another file beside it is not the engine');
    writeFileSync(join(dir, 'html.js'), 'the HTML reader');
    const withReader = engineStamp('1.0.0', bundle);
    assert.notEqual(withReader, alone);
    writeFileSync(join(dir, 'html.js'), 'another HTML reader');
    const otherHtml = engineStamp('1.0.0', bundle);
    assert.notEqual(otherHtml, withReader, 'a changed HTML reader is another engine');
    writeFileSync(join(dir, 'documents.js'), 'the PDF and Word reader');
    const withDocuments = engineStamp('1.0.0', bundle);
    assert.notEqual(withDocuments, otherHtml, 'the PDF and Word reader is part of the engine');
    writeFileSync(join(dir, 'documents.js'), 'another PDF and Word reader');
    assert.notEqual(engineStamp('1.0.0', bundle), withDocuments, 'a changed PDF reader is another engine');
    assert.equal(engineStamp('1.0.0', join(dir, 'gone.js')), '1.0.0+unknown');
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

/** A stored reading's packed blocks (storedReadings.ts) as objects, their spans' offsets flat. */
function unpacked(packed: number[]): Array<{ start: number; end: number; last: number; spans: number[] }> {
  const blocks = [];
  for (let at = 0; at < packed.length; ) {
    const [start, end, last, count] = packed.slice(at, at + 4);
    blocks.push({ start, end, last, spans: packed.slice(at + 4, at + 4 + 2 * count) });
    at += 4 + 2 * count;
  }
  return blocks;
}
