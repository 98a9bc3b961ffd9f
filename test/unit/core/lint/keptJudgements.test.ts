import assert from 'node:assert/strict';

import { analyzeDraft } from '../../../../src/core/draft';
import { figureVerdicts, judgementsOf, keepJudgements, type Remembered } from '../../../../src/core/lint/figureVerdicts';
import { Backcheck } from '../../../../src/core/service';

const encode = (text: string) => new TextEncoder().encode(text);

function libraryWithBoats() {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/harbour.txt', bytes: encode('Some 41 boats were out on the river.\n\nThe pier is 120 metres long.\n') });
  return backcheck.library;
}

describe('figure judgements kept from an earlier run (keepJudgements)', () => {
  const text = 'Some 41 boats were out [@harbour]. The pier is 95 metres long [@harbour].\n';

  it('stands a kept judgement in for judging the figure, and judges the figures it does not cover', () => {
    const library = libraryWithBoats();
    const judged = figureVerdicts(analyzeDraft(text, { lang: 'en' }), library);
    assert.deepEqual(judged.map((v) => v.verdict), ['ok', 'unmatched']);
    const [boatsKey, pierKey] = [...judgementsOf(library).keys()];

    // A second library, the same sources: the first figure's judgement kept as "unmatched", which
    // judging it would not give, so the verdict shows it was taken, not judged.
    const again = libraryWithBoats();
    const asked: string[] = [];
    keepJudgements(again, { get: (key) => (asked.push(key), key === boatsKey ? ({ verdict: 'unmatched', queries: undefined } satisfies Remembered) : undefined) });
    const verdicts = figureVerdicts(analyzeDraft(text, { lang: 'en' }), again);
    assert.deepEqual(verdicts.map((v) => v.verdict), ['unmatched', 'unmatched']);
    assert.deepEqual(asked, [boatsKey, pierKey]);
    // What this run used, taken or judged, is what a cache keeps next.
    assert.deepEqual([...judgementsOf(again).keys()], [boatsKey, pierKey]);
  });

  it('drops the kept judgements when the library changes, and judges again a verdict taken from them', () => {
    const library = libraryWithBoats();
    figureVerdicts(analyzeDraft(text, { lang: 'en' }), library);
    const [boatsKey] = [...judgementsOf(library).keys()];
    const again = libraryWithBoats();
    keepJudgements(again, { get: (key) => (key === boatsKey ? { verdict: 'unmatched', queries: undefined } : undefined) });
    const draft = analyzeDraft(text, { lang: 'en' });
    assert.equal(figureVerdicts(draft, again)[0].verdict, 'unmatched');
    // A change far from the figure's lookups: a verdict judged here would stand; a kept one has none recorded.
    again.set({ path: 'sources/other.txt', bytes: encode('The road runs 7 kilometres.\n') });
    assert.equal(figureVerdicts(draft, again)[0].verdict, 'ok');
    assert.equal(figureVerdicts(analyzeDraft(text, { lang: 'en' }), again)[0].verdict, 'ok');
  });
});
