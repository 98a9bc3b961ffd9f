import assert from 'node:assert/strict';

import { quickFixes } from '../../../src/core/features/quickFixes';
import { Backcheck } from '../../../src/core/service';

const encode = (text: string) => new TextEncoder().encode(text);

function withSources(files: Record<string, string>): Backcheck {
  const backcheck = new Backcheck();
  for (const [path, text] of Object.entries(files)) backcheck.library.set({ path, bytes: encode(text) });
  return backcheck;
}

const figureRules = (findings: ReturnType<Backcheck['lint']>) => findings.filter((f) => f.ruleId.startsWith('figure-') || f.ruleId.startsWith('citation-'));

describe('rule figure-subject-mismatch', () => {
  const backcheck = withSources({
    'sources/de_akw.txt': 'Das Kraftwerk ging 1988 ans Netz.\nAm Tor standen 6 Fahrzeuge der Polizei, 48 Einsatzkräfte waren vor Ort.',
    'sources/fr_centrale.txt': 'La centrale compte quatre réacteurs.',
  });

  it('reports a number the cited paragraph has only counting something else, with what and where', () => {
    const findings = figureRules(backcheck.lint('The plant had 6 reactors [@de_akw, para. 2].', { lang: 'en' }));
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, f.message]), [['figure-subject-mismatch', 'warning', '6 reactors: the sources have 6 only as Fahrzeuge [@de_akw, para. 2]']]);
    const others = (findings[0].data as { others: Array<{ subject: string; paragraph: number }> }).others;
    assert.deepEqual(others.map((o) => [o.subject, o.paragraph]), [['vehicle', 2]]);
  });

  it('passes the same number counting the same thing, in other words and another language', () => {
    assert.deepEqual(figureRules(backcheck.lint('Police brought 6 cars [@de_akw, para. 2].', { lang: 'en' })), []);
    assert.deepEqual(figureRules(backcheck.lint('About 50 responders were there [@de_akw, para. 2].', { lang: 'en' })), []);
    assert.deepEqual(figureRules(backcheck.lint('Die Anlage hat vier Reaktoren [@fr_centrale].', { lang: 'de' })), []);
  });

  it('is no finding on a figure that names nothing it counts: that is figure-unmatched or a match', () => {
    assert.deepEqual(figureRules(backcheck.lint('It had 6 [@de_akw, para. 2].', { lang: 'en' })).map((f) => f.ruleId), []);
    assert.deepEqual(figureRules(backcheck.lint('The plant had 7 reactors [@de_akw, para. 2].', { lang: 'en' })).map((f) => f.ruleId), ['figure-unmatched']);
  });

  it('offers no quick fix with a figure about another subject', () => {
    const draft = backcheck.analyze('The plant had 6 reactors [@de_akw, para. 2].', { lang: 'en' });
    const [finding] = figureRules(backcheck.lint('The plant had 6 reactors [@de_akw, para. 2].', { lang: 'en' }));
    const titles = quickFixes(finding, draft).map((f) => f.title);
    assert.ok(titles.every((t) => !/Replace with/.test(t)), titles.join('; '));
    // Nor does figure-unmatched offer one: "48 Einsatzkräfte" is no candidate for "47 reactors".
    const [unmatched] = figureRules(backcheck.lint('The plant had 47 reactors [@de_akw, para. 2].', { lang: 'en' }));
    const candidates = (unmatched.data as { candidates: Array<{ value: number }> }).candidates;
    assert.ok(candidates.every((c) => c.value !== 48 && c.value !== 6), JSON.stringify(candidates));
  });

  it('can be turned off by severity: like the other verdicts of a figure, it then reports nothing else', () => {
    const findings = figureRules(backcheck.lint('The plant had 6 reactors [@de_akw, para. 2].', { lang: 'en', severities: { 'figure-subject-mismatch': 'off' } }));
    assert.deepEqual(findings.map((f) => f.ruleId), []);
  });
});
