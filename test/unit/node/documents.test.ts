import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../../src/cli/main';
import type { Backcheck } from '../../../src/core/service';
import { loadBackcheck } from '../../../src/node/loadLibrary';

// The PDF and Word fixtures are made by scripts/make-fixtures.mjs; they go through the real
// pdf.js and mammoth here, as they do in the CLI and the extension.
const documents = resolve(__dirname, '../../fixtures/documents');

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('PDF and Word sources (Node host, pdf.js and mammoth)', function () {
  // pdf.js takes a moment to start on a loaded machine.
  this.timeout(60_000);
  let backcheck: Backcheck;
  const original = new Map<string, Buffer>();
  before(async () => {
    for (const name of ['report_two_columns.pdf', 'bericht_de.pdf', 'scan.pdf', 'locked.pdf', 'memo.docx']) original.set(name, readFileSync(join(documents, name)));
    ({ backcheck } = await loadBackcheck([documents], documents));
  });

  it('reads a two-column PDF column by column, by page and paragraph, without its running head and footer', () => {
    const source = backcheck.library.byKey('report_two_columns')!;
    assert.equal(source.pages, 2);
    assert.deepEqual(source.paragraphs.map((p) => [p.page, p.indexOnPage, p.text]), [
      [1, 1, 'Flood damage in the river district'],
      [1, 2, 'The council counted 1,240 damaged homes in the river district after the flood of 12 March 2024, and 310 of them are not habitable. Repairs are estimated at 48 million dollars.'],
      [1, 3, 'Insurers had paid out 9.5 million dollars by the end of April, the report says.'],
      [1, 4, 'Volunteers filled 86,000 sandbags in three days. The river crested at 7.4 metres, the highest level since 1981.'],
      [1, 5, 'Two bridges stay closed until the engineers have inspected them.'],
      [2, 1, 'A second survey, due in June, will count damaged businesses as well.'],
      [2, 2, 'The city has set aside 2.5 million dollars for emergency grants.'],
    ]);
    assert.deepEqual({ ...source.meta }, { title: 'Flood damage in the river district', author: 'Riverton City Council', date: '2024-03-20' });
    assert.equal(source.lang, 'en');
  });

  it('reads a German PDF: XMP metadata over the info dictionary, hyphenation joined, a paragraph run on across the page break', () => {
    const source = backcheck.library.byKey('bericht_de')!;
    assert.deepEqual({ ...source.meta }, { title: 'Hochwasserbericht Landkreis Elbtal', author: 'Amt für Umwelt Elbtal', date: '2024-03-18T09:00:00+01:00', lang: 'de' });
    const texts = source.paragraphs.map((p) => p.text);
    assert.ok(texts[1].includes('am Flussufer, wo 412 Keller'), texts[1]);
    assert.ok(texts[2].includes('am Elbe-Pegel Nord') && texts[2].endsWith('Der Pegel erreichte am Sonntag 6,8 Meter.'), texts[2]);
    assert.deepEqual(source.paragraphs.map((p) => [p.page, p.indexOnPage]), [[1, 1], [1, 2], [1, 3], [2, 1]]);
    assert.ok(!texts.some((t) => t.includes('Seite')), 'the footer is left out');
    const values = source.paragraphs.flatMap((p) => p.figures.map((f) => f.value));
    for (const value of [2300000, 412, 1150, 6.8, 500000]) assert.ok(values.includes(value), `${value} in ${JSON.stringify(values)}`);
  });

  it('reports a scanned PDF and a password-protected one as unreadable, saying why', () => {
    const reasons = Object.fromEntries(backcheck.library.unreadable.map((u) => [u.path.split('/').pop(), u.reason]));
    assert.deepEqual(reasons, {
      'scan.pdf': 'no text layer: scanned pages need OCR',
      'locked.pdf': 'encrypted: the PDF opens only with a password; save a copy without one',
    });
  });

  it('reads a Word document: headings, paragraphs, list items, table rows and footnotes, with docProps/core.xml metadata', () => {
    const source = backcheck.library.byKey('memo')!;
    assert.deepEqual(source.paragraphs.map((p) => p.text), [
      'Water supply after the flood',
      'About 2,030 households had no running water on the second day. Tankers brought 45,000 litres a day.',
      'Six schools stayed closed.',
      'Two clinics moved to the town hall.',
      'District | Households without water',
      'North | 1,200',
      'South | 830',
      'What comes next',
      'Repairs to the pumping station will take 3 weeks.',
      'The utility counted the households on 14 March 2024.',
    ]);
    assert.deepEqual({ ...source.meta }, { title: 'Water supply memo & next steps', author: 'Riverton Water Utility', date: '2024-03-15T08:30:00Z', lang: 'en' });
    assert.equal(source.pages, undefined);
  });

  it('has fixtures that scripts/make-fixtures.mjs makes byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-fixtures-'));
    try {
      execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/make-fixtures.mjs')], { env: { ...process.env, FIXTURES_OUT: dir }, stdio: 'pipe' });
      for (const name of original.keys()) assert.ok(readFileSync(join(dir, name)).equals(original.get(name)!), `${name} is as the script makes it`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never modifies a source file', () => {
    for (const [name, bytes] of original) assert.deepEqual(readFileSync(join(documents, name)), bytes, name);
  });

  it('reports a file that is no PDF or no Word document, and a sidecar still names a PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-docs-'));
    try {
      writeFileSync(join(dir, 'fake.pdf'), 'just text, not a PDF');
      writeFileSync(join(dir, 'fake.docx'), 'just text, not a zip');
      copyFileSync(join(documents, 'bericht_de.pdf'), join(dir, 'bericht.pdf'));
      writeFileSync(join(dir, 'bericht.meta.json'), JSON.stringify({ id: 'elbtal2024', outlet: 'Landkreis Elbtal' }));
      const { backcheck: loaded } = await loadBackcheck([dir], dir);
      const reasons = Object.fromEntries(loaded.library.unreadable.map((u) => [u.path.split('/').pop(), u.reason]));
      assert.match(reasons['fake.pdf'], /^not a readable PDF/);
      assert.match(reasons['fake.docx'], /^not a readable Word document/);
      const source = loaded.library.byKey('elbtal2024')!;
      assert.equal(source.meta.outlet, 'Landkreis Elbtal');
      assert.equal(source.meta.title, 'Hochwasserbericht Landkreis Elbtal');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks a draft against PDF pages: p. N and p. N, para. M locators, out of range and mismatch', async () => {
    const draft = join(tmpdir(), `backcheck-pdf-draft-${process.pid}.md`);
    writeFileSync(draft, [
      'The council counted 1,240 damaged homes [@report_two_columns, p. 1, para. 2].',
      '',
      'Volunteers filled 86,000 sandbags [@report_two_columns, p. 1].',
      '',
      'The city set aside 2.5 million dollars [@report_two_columns, p. 1, para. 2].',
      '',
      'The report has more [@report_two_columns, p. 3].',
      '',
      'And more again [@report_two_columns, p. 2, para. 5].',
      '',
      'The district provides 500,000 euros in aid [@bericht_de, S. 2, Abs. 1].',
      '',
    ].join('\n'));
    try {
      const { stdout } = await cli(['lint', '--sources', documents, '--format', 'json', draft], documents);
      const messages = (JSON.parse(stdout) as Array<{ messages: Array<{ line: number; ruleId: string; message: string }> }>)[0].messages.filter((m) => m.ruleId !== 'source-unreadable');
      assert.deepEqual(messages.map((m) => [m.line, m.ruleId, m.message]), [
        [5, 'citation-locator-mismatch', '2.5 million dollars is not in p. 1, para. 2 of [@report_two_columns]; it is in p. 2, para. 2'],
        [7, 'citation-locator-out-of-range', '[@report_two_columns] has 2 pages; p. 3 does not exist'],
        [9, 'citation-locator-out-of-range', '[@report_two_columns] has 2 paragraphs on p. 2; para. 5 does not exist'],
      ]);
    } finally {
      rmSync(draft, { force: true });
    }
  });

  it('backcheck figures reads a PDF and a Word file as sources are read, and says why a scan cannot be', async () => {
    const pdf = await cli(['figures', '--format', 'json', 'bericht_de.pdf'], documents);
    assert.equal(pdf.code, 0, pdf.stderr);
    const figures = JSON.parse(pdf.stdout) as Array<{ text: string; value: number; lang: string }>;
    assert.deepEqual(figures.filter((f) => f.value === 2300000 || f.value === 500000).map((f) => [f.text, f.lang]), [['2,3 Millionen Euro', 'de'], ['500.000 Euro', 'de']]);
    const docx = await cli(['figures', '--format', 'json', 'memo.docx'], documents);
    assert.ok((JSON.parse(docx.stdout) as Array<{ value: number }>).some((f) => f.value === 45000));
    const scan = await cli(['figures', 'scan.pdf'], documents);
    assert.equal(scan.code, 2);
    assert.match(scan.stderr, /cannot read scan\.pdf: no text layer: scanned pages need OCR/);
  });

  it('exports authors and page counts to CSL-JSON (backcheck bib)', async () => {
    const { code, stdout } = await cli(['bib', '--sources', documents], documents);
    assert.equal(code, 0);
    const items = Object.fromEntries((JSON.parse(stdout) as Array<Record<string, unknown>>).map((item) => [item.id, item]));
    assert.deepEqual(items.report_two_columns.author, [{ literal: 'Riverton City Council' }]);
    assert.equal(items.report_two_columns['number-of-pages'], 2);
    assert.equal(items.memo['number-of-pages'], undefined);
    assert.deepEqual(items.bericht_de.issued, { 'date-parts': [[2024, 3, 18]] });
  });
});
