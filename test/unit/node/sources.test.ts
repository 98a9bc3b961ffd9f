import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';
import { loadBackcheck } from '../../../src/node/loadLibrary';

const fixtures = resolve(__dirname, '../../fixtures');

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('sources as writers keep them (Node host)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-sources-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a saved news page: article text only, with title, outlet, date, URL and language', async () => {
    const html = join(fixtures, 'html', 'de_hafen_seite.html');
    const before = readFileSync(html);
    const { backcheck } = await loadBackcheck([html], fixtures);
    const [source] = backcheck.library.sources;
    assert.equal(source.key, 'de_hafen_seite');
    assert.deepEqual({ ...source.meta }, {
      lang: 'de', url: 'https://zeitung.example/hafenbrand', outlet: 'Beispiel-Zeitung',
      date: '2026-10-04T09:30:00+02:00', title: 'Hafenbrand: Schaden in Millionenhöhe',
    });
    assert.equal(source.lang, 'de');
    const texts = source.paragraphs.map((p) => p.text);
    assert.ok(texts.some((t) => t.startsWith('Der Brand im Hamburger Hafen')), JSON.stringify(texts));
    const values = source.paragraphs.flatMap((p) => p.figures.map((f) => f.value));
    assert.ok(values.includes(14500000) && values.includes(2300) && values.includes(640), JSON.stringify(values));
    // Navigation, banners, asides, footers and scripts are not the article.
    for (const noise of [999999, 777, 42, 35]) assert.ok(!values.includes(noise), `${noise} is page chrome`);
    assert.deepEqual(readFileSync(html), before, 'the source file is never modified');
  });

  it('reads UTF-8 with BOM, UTF-16 with BOM and CRLF line endings alike', async () => {
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Über 3.000 Menschen flohen.\r\nZweiter Absatz mit 12 Booten.\r\n')]));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('More than 76,000 people fled.\r\nSecond.\r\n', 'utf16le')]));
    const { backcheck } = await loadBackcheck([dir], dir);
    assert.deepEqual(backcheck.library.byKey('bom')!.paragraphs.map((p) => p.text), ['Über 3.000 Menschen flohen.', 'Zweiter Absatz mit 12 Booten.']);
    assert.equal(backcheck.library.byKey('utf16')!.paragraphs[0].figures[0].value, 76000);
    assert.deepEqual(backcheck.library.unreadable, []);
  });

  it('reports a binary or undecodable file once, with the reason, and loads every other source', async () => {
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]));
    writeFileSync(join(dir, 'good.txt'), 'About 1,200 firefighters worked overnight.\n');
    const draft = join(tmpdir(), `backcheck-draft-${process.pid}.md`);
    writeFileSync(draft, 'About 1,200 firefighters worked [@good, para. 1].\n');
    const { code, stdout } = await cli(['lint', '--sources', dir, '--format', 'json', draft], dir);
    rmSync(draft);
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    assert.equal(code, 1, 'source-unreadable is an error');
    const unreadable = results.filter((r) => r.messages.some((m) => m.ruleId === 'source-unreadable')).map((r) => r.messages[0].message).sort();
    assert.deepEqual(unreadable, [
      'latin1.txt cannot be read: not valid UTF-8 text (save it as UTF-8 or UTF-16 with a BOM)',
      'photo.txt cannot be read: binary file (contains NUL bytes)',
    ]);
    assert.deepEqual(results.find((r) => r.filePath === draft)?.messages, [], 'the good source still checks the draft');
  });

  it('reports two files with the same key instead of merging them', async () => {
    writeFileSync(join(dir, 'report.txt'), 'Some 12 boats.\n');
    writeFileSync(join(dir, 'report.md'), '---\ntitle: "The report"\n---\n\nSome 14 boats.\n');
    const { code, stdout } = await cli(['sources', '--sources', dir, '--format', 'json'], dir);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(stdout).unreadable, [{ path: 'report.txt', reason: 'duplicate key report' }]);
  });

  it('reads front matter of a Markdown source as its metadata, keeping paragraph offsets', async () => {
    writeFileSync(join(dir, 'wire.md'), '---\nid: wire-1\ntitle: Wire report\nlang: en\n---\n\nSome 14 boats sank.\n\nThen 9 more.\n');
    const { backcheck } = await loadBackcheck([dir], dir);
    const source = backcheck.library.byKey('wire-1')!;
    assert.equal(source.meta.title, 'Wire report');
    assert.deepEqual(source.paragraphs.map((p) => p.text), ['Some 14 boats sank.', 'Then 9 more.']);
    const f = source.paragraphs[0].figures[0];
    assert.equal(readFileSync(join(dir, 'wire.md'), 'utf8').slice(f.span.start, f.span.end), '14');
  });

  it('says what is wrong with a bad config file, with exit code 2', async () => {
    writeFileSync(join(dir, '.backcheckrc.json'), '{ "rules": { "figure-unmatched": "loud" } }');
    writeFileSync(join(dir, 'draft.md'), 'Text.\n');
    const { code, stderr } = await cli(['lint', 'draft.md'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /rule "figure-unmatched" has severity "loud"; use off, information, warning or error/);
  });
});
