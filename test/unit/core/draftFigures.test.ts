import assert from 'node:assert/strict';

import { makeScaleCorpus } from '../../../bench/scale/generate';
import { newsText } from '../../../bench/newsText';
// The bench's seeded generator (mulberry32), so a failure repeats.
import { rng as random } from '../../../bench/rng';
import { analyzeDraft, type Draft } from '../../../src/core/draft';
import { forgetReadings } from '../../../src/core/draftFigures';

// What an edit types: figures and the words around them, citations, and Markdown that cuts blocks.
const TYPED = [
  '7', '1,5', '4.520', ' percent', ' million', ' people', 'about ', 'more than ', '\n\n', '\n', '## ', '- ', '1. ',
  ' [@en_00003, para. 2]', 'more than\n\n', 'about\n\n- ', ' |', ' @de_00002 [para. 1]', '`', '**', 'x', ' ', '.', ', ', '6 August', '2024', 'Prozent ', '€', '$', '|',
];

/** A German draft of the bench's news prose: other decimal marks, other words around figures. */
function germanDraft(): string {
  return newsText('de', 100, 7).trimEnd().split('\n').map((line, i) => (i % 9 === 0 ? `## ${line.slice(0, 30)}\n\n${line}` : line)).join('\n\n') + '\n';
}

function edited(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  if (next() < 0.3) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(next() * 40)));
  return text.slice(0, at) + TYPED[Math.floor(next() * TYPED.length)] + text.slice(at);
}

const claims = (draft: Draft) => draft.figures;

describe("a draft's figures after an edit", () => {
  it('read again around the edit only, come out as a reading of the whole draft, through random edits', function () {
    // Two whole readings an edit: slow on a loaded machine, so a generous limit.
    this.timeout(300_000);
    const drafts = { english: makeScaleCorpus({ sources: 30, draftWords: 3000 }).draft.text, german: germanDraft() };
    for (const [name, start] of Object.entries(drafts)) {
      for (const seed of [1, 2]) {
        const next = random(seed);
        let text = start;
        forgetReadings();
        analyzeDraft(text);
        for (let step = 0; step < 15; step++) {
          text = edited(text, next);
          const incremental = analyzeDraft(text);
          forgetReadings();
          const whole = analyzeDraft(text);
          assert.deepEqual(claims(incremental), claims(whole), `${name}, seed ${seed}, step ${step}`);
        }
      }
    }
  });

  it('read again block by block, come out as the whole reading even where a block ends in a bound', () => {
    // Only the edited block is read again: were a reading to look across the blank line (the
    // bound "more than" before it), the two would differ here.
    const text = 'Intro 3 days.\n\nThey counted more than\n\n5,000 residents there.\n\nEnd 7 days.\n';
    forgetReadings();
    analyzeDraft(text, { lang: 'en' });
    const at = text.indexOf(' there');
    const edit = text.slice(0, at) + 'x' + text.slice(at);
    const incremental = analyzeDraft(edit, { lang: 'en' });
    forgetReadings();
    assert.deepEqual(claims(incremental), claims(analyzeDraft(edit, { lang: 'en' })));
  });

  it('are read again only around the edit: figures far from it are the earlier reading\'s own', () => {
    const text = makeScaleCorpus({ sources: 30 }).draft.text;
    forgetReadings();
    const before = analyzeDraft(text, { lang: 'en' });
    const at = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
    const after = analyzeDraft(text.slice(0, at) + 'x' + text.slice(at), { lang: 'en' });
    // The first figure is the same object: taken over, not read again (and not a copy).
    assert.equal(after.figures[0], before.figures[0]);
    assert.equal(after.figures.length, before.figures.length);
  });
});
