import assert from 'node:assert/strict';

import { citationCompletions } from '../../../src/core/features/completions';
import { quickFixes, type QuickFix } from '../../../src/core/features/quickFixes';
import { rankPassages } from '../../../src/core/features/rankPassages';
import { Backcheck } from '../../../src/core/service';

const encode = (text: string) => new TextEncoder().encode(text);
const backcheck = new Backcheck();
backcheck.library.set({ path: 'sources/de_flut.txt', bytes: encode('Der Pegel erreichte 7,42 Meter.\nMehr als 4.500 Anwohner wurden in Sicherheit gebracht.\nDie Schäden liegen bei 2,3 Millionen Euro.') });
backcheck.library.set({ path: 'sources/en_flood.txt', bytes: encode('About 1,200 firefighters filled some 85,000 sandbags overnight.') });

/** Applies a fix's edits to a text, last first, as an editor applies one WorkspaceEdit. */
function apply(text: string, fix: QuickFix): string {
  return [...fix.edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

describe('completion after [@', () => {
  it('offers sources and passages, replacing the typed prefix and closing the bracket', () => {
    const text = 'Residents fled [@de';
    const result = citationCompletions(text, text.length, backcheck.library)!;
    assert.deepEqual(result.replace, { start: 17, end: 19 });
    const passage = result.items.find((i) => i.label === 'de_flut, para. 2')!;
    assert.equal(passage.insertText, 'de_flut, para. 2]');
    assert.match(passage.filterText, /Anwohner wurden in Sicherheit/);
    assert.equal(result.items.filter((i) => i.kind === 'source').length, 2);
  });

  it('does not double a closing bracket that is already there, and works after "; @"', () => {
    const text = 'Residents fled [@de_flut; @] today.';
    const at = text.indexOf('@]') + 1;
    const result = citationCompletions(text, at, backcheck.library)!;
    assert.equal(result.items.find((i) => i.label === 'en_flood')!.insertText, 'en_flood');
  });

  it('offers nothing outside brackets', () => {
    assert.equal(citationCompletions('Mail me @ home', 9, backcheck.library), undefined);
  });
});

describe('passage ranking for Insert Citation', () => {
  it('puts the passage with the same figure first, across languages', () => {
    const [first] = rankPassages('More than 4,500 residents were moved.', 'en', backcheck.library);
    assert.deepEqual([first.key, first.paragraph, first.sharedFigures], ['de_flut', 2, 1]);
  });
});

describe('quick fixes', () => {
  const fixesFor = (text: string, ruleId: string) => {
    const draft = backcheck.analyze(text, { lang: 'en' });
    const finding = backcheck.lint(text, { lang: 'en' }).find((f) => f.ruleId === ruleId)!;
    assert.ok(finding, `a ${ruleId} finding`);
    return { draft, fixes: quickFixes(finding, draft) };
  };

  it('replaces an unmatched figure with the nearest source figure, in the draft\'s format, and cites it', () => {
    const text = 'The damage came to 3.2 million euros.';
    const { fixes } = fixesFor(text, 'figure-unmatched');
    assert.equal(fixes[0].title, 'Replace with 2.3 million euros from [@de_flut, para. 3]');
    assert.equal(apply(text, fixes[0]), 'The damage came to 2.3 million euros [@de_flut, para. 3].');
  });

  it('cites the passage an uncited figure comes from', () => {
    const text = 'Crews filled some 85,000 sandbags.';
    const { fixes } = fixesFor(text, 'figure-uncited');
    assert.equal(apply(text, fixes[0]), 'Crews filled some 85,000 sandbags [@en_flood, para. 1].');
  });

  it('switches a citation to the source that has the figure', () => {
    const text = 'Crews filled some 85,000 sandbags [@de_flut, para. 1].';
    const { fixes } = fixesFor(text, 'figure-not-in-cited-source');
    assert.equal(apply(text, fixes[0]), 'Crews filled some 85,000 sandbags [@en_flood, para. 1].');
  });

  it('points the locator at the paragraph that has the figure', () => {
    const text = 'More than 4,500 residents left [@de_flut, para. 3].';
    const { fixes } = fixesFor(text, 'citation-locator-mismatch');
    assert.equal(apply(text, fixes[0]), 'More than 4,500 residents left [@de_flut, para. 2].');
  });

  it('corrects an unknown key to the closest one', () => {
    const text = 'It rained [@en_flod].';
    const { fixes } = fixesFor(text, 'citation-unknown-source');
    assert.equal(apply(text, fixes[0]), 'It rained [@en_flood].');
  });

  it('suppresses a rule on the finding\'s line', () => {
    const text = 'Intro.\n\nThey saw 999 boats.\n';
    const { fixes } = fixesFor(text, 'figure-unmatched');
    const suppress = fixes.at(-1)!;
    const fixed = apply(text, suppress);
    assert.equal(fixed, 'Intro.\n\n<!-- backcheck-disable-next-line figure-unmatched -->\nThey saw 999 boats.\n');
    assert.deepEqual(backcheck.lint(fixed, { lang: 'en' }).filter((f) => f.ruleId === 'figure-unmatched'), []);
  });
});
