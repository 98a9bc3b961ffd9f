import assert from 'node:assert/strict';

import { CancellationSource, isCancelled } from '../../../src/core/cancellation';
import { Backcheck } from '../../../src/core/service';

const encode = (text: string) => new TextEncoder().encode(text);

function withSources(): Backcheck {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/flood.txt', bytes: encode('About 4,500 residents were moved from the river bank on Monday.') });
  backcheck.library.set({ path: 'sources/budget.txt', bytes: encode('The council set aside 12 million euros for the dikes.') });
  return backcheck;
}

describe('Backcheck service: one analysed draft per document version', () => {
  it('analyses a text once for lint, verdicts, figures and analyze alike', () => {
    const backcheck = withSources();
    const text = 'Some 4,500 residents were moved [@flood]. The dikes cost 13 million euros.\n';
    const findings = backcheck.lint(text, { lang: 'en' });
    backcheck.verdicts(text, { lang: 'en' });
    backcheck.figures(text, { lang: 'en' });
    const draft = backcheck.analyze(text, { lang: 'en' });
    assert.equal(backcheck.analyses, 1);
    assert.ok(findings.some((f) => f.ruleId === 'figure-unmatched'));
    assert.equal(backcheck.verdicts(text, { lang: 'en' }).draft, draft);
  });

  it('analyses again for a new version of the text, and once for each', () => {
    const backcheck = withSources();
    const versions = ['Some 4,500 residents.\n', 'Some 4,501 residents.\n', 'Some 4,502 residents.\n'];
    for (const text of versions) {
      backcheck.lint(text, { lang: 'en' });
      backcheck.analyze(text, { lang: 'en' });
      backcheck.verdicts(text, { lang: 'en' });
    }
    assert.equal(backcheck.analyses, versions.length);
  });

  it('keeps the verdicts of a shared draft in step with the library', () => {
    const backcheck = withSources();
    const text = 'The dikes cost 13 million euros.\n';
    assert.deepEqual(backcheck.lint(text, { lang: 'en' }).map((f) => f.ruleId), ['figure-unmatched']);
    backcheck.library.set({ path: 'sources/budget.txt', bytes: encode('The council set aside 13 million euros for the dikes.') });
    assert.deepEqual(backcheck.lint(text, { lang: 'en' }).map((f) => f.ruleId), ['figure-uncited']);
    assert.equal(backcheck.analyses, 1);
  });

  it('keeps only a few drafts, dropping the one longest unasked for', () => {
    const backcheck = withSources();
    const first = 'Draft number 1.\n';
    backcheck.analyze(first);
    for (let i = 2; i <= 20; i++) backcheck.analyze(`Draft number ${i}.\n`);
    assert.equal(backcheck.analyses, 20);
    backcheck.analyze(first);
    assert.equal(backcheck.analyses, 21);
  });

  it('stops a lint whose token is cancelled, with Cancelled', () => {
    const backcheck = withSources();
    const source = new CancellationSource();
    source.cancel();
    assert.throws(() => backcheck.lint('Some 4,500 residents.\n', {}, source.token), isCancelled);
    assert.equal(new CancellationSource().token.isCancellationRequested, false);
  });
});

describe('Backcheck service: a draft analysed elsewhere (the extension worker thread)', () => {
  it('adopts it as the analysis of the text: the same findings, no analysis of its own', () => {
    const text = 'Some 4,500 residents were moved [@flood]. The dikes cost 13 million euros.\n';
    const local = withSources().lint(text, { lang: 'en' });
    const backcheck = withSources();
    // What the worker sends: a structured clone, without the text and the line index.
    const { text: _text, lines: _lines, ...sent } = structuredClone(new Backcheck().analyze(text, { lang: 'en' }));
    const adopted = backcheck.adopt(text, { lang: 'en' }, sent);
    assert.deepEqual(backcheck.lint(text, { lang: 'en' }), local);
    assert.equal(backcheck.analyze(text, { lang: 'en' }), adopted);
    assert.equal(backcheck.analyses, 0);
    assert.deepEqual(adopted.lines.rangeOf({ start: 0, end: 4 }), { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } });
  });

  it('keeps the analysis it has of the text rather than one sent later', () => {
    const backcheck = withSources();
    const text = 'Some 4,500 residents were moved [@flood].\n';
    const own = backcheck.analyze(text, { lang: 'en' });
    const { text: _text, lines: _lines, ...sent } = structuredClone(own);
    assert.equal(backcheck.adopt(text, { lang: 'en' }, sent), own);
  });
});
