import * as assert from 'node:assert/strict';

import { countWords, parseAnnotated, parsePlanted } from '../../scripts/accuracy/annotations';
import { rates, scoreCorpus } from '../../scripts/accuracy/score';

// A two-paragraph article of our own: two marked figures, one figure deliberately left unmarked
// (so the engine's reading of it counts as a false figure), and one mark on a word no engine
// reads as a figure (so it counts as a miss).
const ARTICLE = [
  'Bridge closed in Testburg',
  '',
  'Engineers closed the bridge after [120 residents]{120 count subject=resident} reported cracks, 45 more were told to stay indoors, and the river rose [2.5 metres]{2.5 m quantity subject=level} in [Testburg]{7 count}.',
  '',
].join('\n');

// An honest draft from it with one planted error.
const DRAFT = [
  'The river in Testburg rose 2.5 metres [@xx_bridge, para. 2].',
  'Engineers closed the bridge after 950 residents reported cracks [@xx_bridge, para. 2].',
  '<!-- planted: 950 residents -->',
  '',
].join('\n');

describe('accuracy benchmark scorer', () => {
  it('strips the marks and keeps what each one says about its figure', () => {
    const { plain, marks, errors } = parseAnnotated(ARTICLE);
    assert.equal(plain.includes('['), false);
    assert.deepEqual(errors, []);
    assert.deepEqual(marks.map((m) => [plain.slice(m.span.start, m.span.end), m.value, m.unit, m.kind, m.subject, m.line]), [
      ['120 residents', 120, undefined, 'count', 'resident', 3],
      ['2.5 metres', 2.5, 'm', 'quantity', 'level', 3],
      ['Testburg', 7, undefined, 'count', undefined, 3],
    ]);
  });

  it('reads a unit that is also a kind name by position, and reports marks it cannot read', () => {
    const { marks, errors } = parseAnnotated('[aged 75]{75 year duration subject=age} and [x]{many} and [y]{3 km h quantity}');
    assert.deepEqual([marks[0].unit, marks[0].kind, marks[0].subject], ['year', 'duration', 'age']);
    assert.equal(marks.length, 1);
    assert.equal(errors.length, 2);
    assert.match(errors[0].message, /not a number/);
  });

  it('finds each planted figure before its comment, and says when it is not written there', () => {
    const { planted } = parsePlanted(DRAFT);
    assert.deepEqual(planted.map((p) => [DRAFT.slice(p.span.start, p.span.end), p.line]), [['950 residents', 2]]);
    assert.equal(parsePlanted('All fine.\n<!-- planted: 12 km -->').errors.length, 1);
    // Not inside a longer number, nor in the citation's locator.
    const text = 'It rose 2 metres in 2013 [@xx_bridge, para. 2].\n<!-- planted: 2 -->';
    assert.equal(parsePlanted(text).planted[0].span.start, text.indexOf('2 metres'));
  });

  it('counts the words a reader reads, without citations and comments', () => {
    assert.equal(countWords('The river rose 2.5 metres [@xx_bridge, para. 2].\n<!-- planted: x y z -->'), 5);
  });

  it('scores reading against the marks and a lint of the draft against the article', () => {
    const score = scoreCorpus([{ lang: 'en', path: 'articles/en/xx_bridge.txt', text: ARTICLE }], [{ lang: 'en', path: 'drafts/en/xx_bridge.md', text: DRAFT }]);
    const en = score.languages.find((s) => s.lang === 'en')!;
    assert.equal(en.marks, 3);
    // "Testburg" is no figure: a miss; "45" is read but unmarked: a false figure.
    assert.deepEqual(en.misses.map((m) => m.text), ['Testburg']);
    assert.deepEqual(en.falseFigures.map((f) => [f.text, f.line]), [['45', 3]]);
    assert.equal(rates(en).precision, 2 / 3);
    assert.equal(en.found, 2);
    assert.equal(rates(en).recall, 2 / 3);
    assert.equal(en.unitsRight, 2);
    // The planted wrong count is caught; the honest, cited 2.5 metres raises no alarm.
    assert.equal(en.planted, 1);
    assert.equal(en.caught, 1, JSON.stringify(en.uncaught));
    assert.equal(en.falseAlarms, 0, JSON.stringify(en.alarms));
    assert.equal(en.draftWords, countWords(DRAFT));
    // The fixture is far shorter than the corpus's format allows, and says so.
    assert.deepEqual(en.dataErrors.map((e) => e.note), ['an article has 250–450', 'a draft has 150–300', 'a draft has 2–3']);
  });
});
