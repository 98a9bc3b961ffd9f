import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { Backcheck } from '../../../../src/core/service';

// Drafts whose expected findings stand inline, markdownlint-style: a line that should produce a
// finding ends with `<!-- expect RULE -->`; every other line must produce none.
const fixtures = resolve(__dirname, '../../../fixtures');
const sourcesDir = join(fixtures, 'workspace', 'sources');

function backcheckWithFixtureSources(): Backcheck {
  const backcheck = new Backcheck();
  for (const file of readdirSync(sourcesDir)) backcheck.library.set({ path: join(sourcesDir, file), bytes: readFileSync(join(sourcesDir, file)) });
  return backcheck;
}

function expectations(text: string): string[] {
  return text.split('\n').flatMap((line, i) => [...line.matchAll(/<!-- expect ([\w-]+) -->/g)].map((m) => `${i + 1} ${m[1]}`)).sort();
}

describe('lint rules on drafts with inline expectations', () => {
  const backcheck = backcheckWithFixtureSources();
  for (const file of ['en-draft.md', 'de-draft.md']) {
    it(`${file}: finds each wrong figure, attribution, key, locator and quotation, and nothing else`, () => {
      const text = readFileSync(join(fixtures, 'lint', file), 'utf8');
      const found = backcheck.lint(text).map((f) => `${f.range.start.line + 1} ${f.ruleId}`).sort();
      assert.deepEqual(found, expectations(text));
    });
  }

  it('reads a German paragraph of an English draft as German: "2.300 Tonnen" is 2,300 tonnes, no false finding', () => {
    const text = [
      '# Port fire',
      '',
      'The fire at the container terminal was under control after 19 hours, the fire brigade said on Sunday [@de_hafenbrand, para. 1].',
      '',
      'It was one of the worst fires in the history of the port, and the harbour authority has given its first estimate of the damage to the press.',
      '',
      'Die Hafenbehörde teilte mit, dass mehr als 2.300 Tonnen Ladung zerstört wurden und der Schaden auf 14,5 Millionen Euro geschätzt wird [@de_hafenbrand, para. 3].',
      '',
    ].join('\n');
    const draft = backcheck.analyze(text);
    assert.equal(draft.lang, 'en');
    assert.deepEqual(draft.figures.filter((f) => f.lang === 'de').map((f) => [f.text, f.value]), [['2.300 Tonnen', 2300], ['14,5 Millionen Euro', 14_500_000]]);
    assert.deepEqual(backcheck.lint(text).map((f) => f.message), []);
  });

  it('says what was expected in each message', () => {
    const text = readFileSync(join(fixtures, 'lint', 'en-draft.md'), 'utf8');
    const messages = Object.fromEntries(backcheck.lint(text).map((f) => [f.ruleId, f.message]));
    assert.equal(messages['figure-not-in-cited-source'], '48 vehicles is not in [@en_port_fire]; it is in [@de_hafenbrand, para. 2]');
    assert.equal(messages['citation-locator-mismatch'], '2,300 tonnes is not in para. 3 of [@en_port_fire]; it is in para. 2');
    assert.equal(messages['figure-uncited'], '350 firefighters is in [@de_hafenbrand, para. 2] but not cited');
    assert.equal(messages['citation-unknown-source'], 'no source has the key "en_port_fires"; did you mean "en_port_fire"?');
    assert.equal(messages['citation-locator-out-of-range'], '[@en_port_fire] has 4 paragraphs; para. 9 does not exist');
    assert.equal(messages['quote-unmatched'], 'quotation not found in any source; closest: [@en_port_fire, para. 4]');
  });

  it('gives quick fixes their data', () => {
    const text = readFileSync(join(fixtures, 'lint', 'en-draft.md'), 'utf8');
    const byRule = Object.fromEntries(backcheck.lint(text).map((f) => [f.ruleId, f.data]));
    assert.deepEqual(byRule['citation-unknown-source'], { key: 'en_port_fires', candidates: ['en_port_fire'] });
    assert.equal((byRule['figure-uncited'] as { found: { sourceKey: string } }).found.sourceKey, 'de_hafenbrand');
  });

  it('honours per-rule severities, including off', () => {
    const text = readFileSync(join(fixtures, 'lint', 'en-draft.md'), 'utf8');
    const findings = backcheck.lint(text, { severities: { 'figure-uncited': 'off', 'quote-unmatched': 'error' } });
    assert.ok(!findings.some((f) => f.ruleId === 'figure-uncited'));
    assert.equal(findings.find((f) => f.ruleId === 'quote-unmatched')?.severity, 'error');
  });

  it('drops every finding under backcheck-disable-file', () => {
    const text = '<!-- backcheck-disable-file -->\nInsurers expect 99 claims [@nobody].\n';
    assert.deepEqual(backcheck.lint(text), []);
  });
});
