import assert from 'node:assert/strict';

import { Backcheck } from '../../../src/core/service';

const encode = (text: string) => new TextEncoder().encode(text);

const unmatched = (findings: ReturnType<Backcheck['lint']>) => findings.filter((f) => f.ruleId === 'figure-unmatched');

function withSources(files: Record<string, string>): Backcheck {
  const backcheck = new Backcheck();
  for (const [path, text] of Object.entries(files)) backcheck.library.set({ path, bytes: encode(text) });
  return backcheck;
}

describe('rule figure-unmatched', () => {
  const backcheck = withSources({
    'sources/de_flut.txt': 'Nach Angaben der Stadt wurden mehr als 4.500 Anwohner in Sicherheit gebracht.\nDie Schäden liegen bei 2,3 Millionen Euro.',
    'sources/en_flood.txt': 'About 1,200 firefighters filled some 85,000 sandbags overnight.',
  });

  it('passes a figure that is in a German source when the draft writes it the English way', () => {
    assert.deepEqual(unmatched(backcheck.lint('More than 4,500 residents were evacuated.', { lang: 'en' })), []);
  });

  it('flags a figure that is in no source, naming the nearest source figure and its passage', () => {
    const [finding, ...rest] = unmatched(backcheck.lint('Workers filled 80,000 sandbags.', { lang: 'en' }));
    assert.equal(rest.length, 0);
    assert.equal(finding.ruleId, 'figure-unmatched');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.message, '80,000 is in no source; nearest: 85,000 in [@en_flood, para. 1]');
    assert.deepEqual(finding.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 21 } });
    const candidates = (finding.data as { candidates: Array<{ sourceKey: string; paragraph: number }> }).candidates;
    assert.deepEqual({ ...candidates[0] }, { value: 85000, text: '85,000', sourceKey: 'en_flood', paragraph: 1, locator: 'para. 1' });
  });

  it('reports positions on the right line in a multi-line draft and ignores code', () => {
    const findings = unmatched(backcheck.lint('# Title\n\nWe saw `999` and 1,200 workers.\n\nThen 7,777 more came.\n', { lang: 'en' }));
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.range.start.character, f.message.split(' ')[0]]), [[4, 5, '7,777']]);
  });

  it('can be turned off by severity override', () => {
    assert.deepEqual(backcheck.lint('Workers filled 80,000 sandbags.', { lang: 'en', severities: { 'figure-unmatched': 'off' } }), []);
  });
});
