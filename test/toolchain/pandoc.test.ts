import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { main } from '../../src/cli/main';

// End to end with the writer's publishing tool: `backcheck bib` writes the bibliography and
// Debian's pandoc (installed by .ci/install-system-deps.sh) renders a draft with every citation
// form Backcheck reads. Pandoc must find every key and render every locator.
const fixtures = resolve(__dirname, '../fixtures');

const DRAFT = `---
title: Backcheck and Pandoc
---

Plain [@en_port_fire]. Paragraph [@en_port_fire, para. 2]. Paragraphs [@en_port_fire, paras. 2-3]. Pilcrow [@de_hafenbrand, ¶ 2].

Both sources [@en_port_fire; @de_hafenbrand, para. 2]. With a prefix [see @memo, para. 3]. Author suppressed [-@memo].

In the text @memo [para. 3] says so. A page [@report_two_columns, p. 2]. Pages [@report_two_columns, pp. 1-2].

A paragraph on a page [@report_two_columns, p. 1, para. 2]. Auf Deutsch [@bericht_de, S. 2, Abs. 1] und [@bericht_de, Abs. 3].
`;

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('Pandoc renders a draft with the bibliography from backcheck bib', () => {
  let dir: string;
  let rendered: { stdout: string; stderr: string; status: number | null };

  before(async function () {
    const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
    if (version.error) throw new Error('pandoc is not installed: run `bash .ci/install-system-deps.sh` (Debian\'s pandoc)');
    dir = mkdtempSync(join(tmpdir(), 'backcheck-pandoc-'));
    mkdirSync(join(dir, 'sources'));
    for (const file of ['de_hafenbrand.txt', 'en_port_fire.txt']) copyFileSync(join(fixtures, 'workspace', 'sources', file), join(dir, 'sources', file));
    for (const file of ['report_two_columns.pdf', 'bericht_de.pdf', 'memo.docx']) copyFileSync(join(fixtures, 'documents', file), join(dir, 'sources', file));
    writeFileSync(join(dir, 'draft.md'), DRAFT);
    const bib = await cli(['bib'], dir);
    assert.equal(bib.code, 0, bib.stderr);
    writeFileSync(join(dir, 'sources.json'), bib.stdout);
    rendered = spawnSync('pandoc', ['draft.md', '--citeproc', '--bibliography', 'sources.json', '-t', 'plain', '--wrap=none'], { cwd: dir, encoding: 'utf8' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('Backcheck itself resolves every citation of the draft', async () => {
    const { stdout } = await cli(['lint', '--format', 'json', 'draft.md'], dir);
    const citationFindings = (JSON.parse(stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages.filter((m) => m.ruleId.startsWith('citation-'));
    assert.deepEqual(citationFindings, []);
  });

  it('finds every key: no "citation not found" warning', () => {
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.doesNotMatch(rendered.stderr, /not found|WARNING/i);
    assert.doesNotMatch(rendered.stdout, /\?\)/, 'pandoc marks a missing key with "?"');
  });

  it('prints the expected reference list: every source with its author or title and year', () => {
    const references = rendered.stdout.slice(rendered.stdout.lastIndexOf('Abs. 3).') + 'Abs. 3).'.length).trim().split(/\n+/);
    assert.deepEqual(references, [
      'Amt für Umwelt Elbtal. 2024. “Hochwasserbericht Landkreis Elbtal.”',
      '“de_hafenbrand.” n.d.', // a German title is not title-cased
      '“En_port_fire.” n.d.',
      'Riverton City Council. 2024. “Flood Damage in the River District.”',
      'Riverton Water Utility. 2024. “Water Supply Memo & Next Steps.”',
    ]);
  });

  it('renders every locator: paragraphs, pages, a paragraph on a page, the German aliases', () => {
    const text = rendered.stdout;
    for (const expected of [
      'Paragraph (“En_port_fire,” n.d., para. 2)',
      'Paragraphs (“En_port_fire,” n.d., paras. 2–3)',
      'Pilcrow (“de_hafenbrand,” n.d., para. 2)',
      'Both sources (“En_port_fire,” n.d.; “de_hafenbrand,” n.d., para. 2)',
      'With a prefix (see Riverton Water Utility 2024, para. 3)',
      'Author suppressed (2024)',
      'In the text Riverton Water Utility (2024, para. 3) says so',
      'A page (Riverton City Council 2024, 2)',
      'Pages (Riverton City Council 2024, 1–2)',
      'A paragraph on a page (Riverton City Council 2024, 1, para. 2)',
      'Auf Deutsch (Amt für Umwelt Elbtal 2024, S. 2, Abs. 1)',
    ]) assert.ok(text.includes(expected), `${expected}\nnot in:\n${text}`);
  });
});
