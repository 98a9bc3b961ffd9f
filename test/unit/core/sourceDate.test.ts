import assert from 'node:assert/strict';

import { hoverAt } from '../../../src/core/features/hoverAt';
import { citationHoverMarkdown } from '../../../src/core/features/hoverMarkdown';
import { sourceDate } from '../../../src/core/features/sourceDate';
import { Backcheck } from '../../../src/core/service';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a source\'s date as a hover card shows it', () => {
  it('writes an ISO date-time as its calendar date in the UI language, the day the source gives', () => {
    assert.equal(sourceDate('2026-06-14T08:30:00Z', 'en'), 'June 14, 2026');
    assert.equal(sourceDate('2026-06-14T08:30:00Z', 'de'), '14. Juni 2026');
    // Late in the evening west of Greenwich is the next day in UTC: the source's own day stays.
    assert.equal(sourceDate('2026-06-14T23:30:00-04:00', 'en'), 'June 14, 2026');
    assert.equal(sourceDate('2026-06-14T23:30:00.000+02:00', 'en-GB'), '14 June 2026');
    // XMP (a PDF's metadata) may give minutes only and an offset in hours.
    assert.equal(sourceDate('2026-06-14T08:30+02', 'en'), 'June 14, 2026');
  });

  it('writes a date and a year-month alike, and keeps what is no ISO date as written', () => {
    assert.equal(sourceDate('2026-03-05', 'en'), 'March 5, 2026');
    assert.equal(sourceDate('2026-03', 'de'), 'März 2026');
    assert.equal(sourceDate('2026', 'en'), '2026');
    assert.equal(sourceDate('spring 2026', 'en'), 'spring 2026');
    assert.equal(sourceDate('2026-02-30', 'en'), '2026-02-30', 'no such day: as written');
    assert.equal(sourceDate('2026-06-14T08:30:00Z', 'xx-invalid-locale-'), 'June 14, 2026', 'a locale Intl refuses: English');
  });

  it('shows the date that way in a citation card, in the locale it is given', () => {
    const backcheck = new Backcheck();
    backcheck.library.set({ path: 'sources/dated.txt', bytes: bytes('Crews counted 1,234 boats.'), sidecar: bytes(JSON.stringify({ title: 'Boats', outlet: 'River News', date: '2026-06-14T08:30:00Z' })) });
    const draft = backcheck.analyze('They counted 1,234 boats [@dated, para. 1].', { lang: 'en' });
    const info = hoverAt(draft, backcheck.library, draft.text.indexOf('dated') + 1);
    assert.equal(info?.kind, 'citation');
    const card = citationHoverMarkdown(info as Extract<typeof info, { kind: 'citation' }>, undefined, 'de');
    assert.match(card.markdown, /River News · 14\\\. Juni 2026 · EN · dated/, "Markdown-escaped");
    assert.doesNotMatch(card.markdown, /T08/);
  });
});
