import assert from 'node:assert/strict';

import { citationCompletions } from '../../../src/core/features/completions';
import { quickFixes, type QuickFix } from '../../../src/core/features/quickFixes';
import { citationPlacement } from '../../../src/core/features/citationPlacement';
import { typingRegion } from '../../../src/core/features/typingRegion';
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

/** The text after accepting a completion item, and where the cursor is then. */
function accept(text: string, replace: { start: number; end: number }, insertText: string): { text: string; cursor: number } {
  return { text: text.slice(0, replace.start) + insertText + text.slice(replace.end), cursor: replace.start + insertText.length };
}

describe('completion after [@', () => {
  it('offers sources and passages, labelled locator first, replacing the typed prefix and closing the bracket', () => {
    const text = 'Residents fled [@de';
    const result = citationCompletions(text, text.length, backcheck.library)!;
    assert.deepEqual(result.replace, { start: 17, end: 19 });
    const passage = result.items.find((i) => i.label === '¶2 de_flut')!;
    assert.equal(passage.insertText, 'de_flut, para. 2]');
    assert.match(passage.filterText, /Anwohner wurden in Sicherheit/);
    assert.equal(passage.detail, 'Mehr als 4.500 Anwohner wurden in Sicherheit gebracht.');
    assert.equal(passage.documentation.text, 'Mehr als 4.500 Anwohner wurden in Sicherheit gebracht.');
    assert.deepEqual(passage.documentation.bold.map((b) => passage.documentation.text.slice(b.start, b.end)), ['4.500']);
    // The prefix "de" filters: en_flood's key and words hold no "de".
    assert.deepEqual(result.items.filter((i) => i.kind === 'source').map((i) => i.label), ['de_flut']);
  });

  it('leaves the cursor after an auto-closed bracket: the edit covers the "]"', () => {
    const text = 'Residents fled [@]';
    const result = citationCompletions(text, text.length - 1, backcheck.library)!;
    const passage = result.items.find((i) => i.label === '¶2 de_flut')!;
    const after = accept(text, result.replace, passage.insertText);
    assert.equal(after.text, 'Residents fled [@de_flut, para. 2]');
    assert.equal(after.cursor, after.text.length);
    // The writer then types the full stop: it lands after the bracket.
    assert.equal(after.text.slice(0, after.cursor) + '.' + after.text.slice(after.cursor), 'Residents fled [@de_flut, para. 2].');
  });

  it('does not double a closing bracket that is already there, and works after "; @"', () => {
    const text = 'Residents fled [@de_flut; @] today.';
    const at = text.indexOf('@]') + 1;
    const result = citationCompletions(text, at, backcheck.library)!;
    const after = accept(text, result.replace, result.items.find((i) => i.label === 'en_flood')!.insertText);
    assert.equal(after.text, 'Residents fled [@de_flut; @en_flood] today.');
    assert.equal(after.text[after.cursor - 1], ']');
  });

  it('completes only the key when a locator follows it', () => {
    const text = 'Residents fled [@de, para. 2].';
    const at = text.indexOf('@de') + 3;
    const result = citationCompletions(text, at, backcheck.library)!;
    assert.deepEqual(result.items.map((i) => i.insertText), ['de_flut']);
    assert.equal(accept(text, result.replace, 'de_flut').text, 'Residents fled [@de_flut, para. 2].');
  });

  it('ranks the passage with the sentence\'s figure first, across languages, then shared words', () => {
    const text = 'More than 4,500 residents were moved [@';
    const result = citationCompletions(text, text.length, backcheck.library, 'en')!;
    assert.deepEqual(result.items.slice(0, 2).map((i) => i.label), ['¶2 de_flut', 'de_flut']);
    const words = 'Firefighters filled sandbags overnight [@';
    const byWords = citationCompletions(words, words.length, backcheck.library, 'en')!;
    assert.equal(byWords.items.find((i) => i.kind === 'passage')!.label, '¶1 en_flood');
  });

  it('preselects the best-ranked passage, first, with its bare key right after; nothing when no passage ranks', () => {
    const text = 'More than 4,500 residents were moved [@';
    const result = citationCompletions(text, text.length, backcheck.library, 'en')!;
    assert.deepEqual(result.items.filter((i) => i.preselect).map((i) => i.insertText), ['de_flut, para. 2]']);
    assert.deepEqual(result.items.slice(0, 2).map((i) => i.insertText), ['de_flut, para. 2]', 'de_flut]']);
    // The source's other passages and the other source are still there, once each.
    assert.deepEqual(result.items.map((i) => i.label).sort(), ['de_flut', 'en_flood', '¶1 de_flut', '¶1 en_flood', '¶2 de_flut', '¶3 de_flut']);
    const nothingShared = 'Quiet [@';
    const plain = citationCompletions(nothingShared, nothingShared.length, backcheck.library, 'en')!;
    assert.equal(plain.items[0].kind, 'source');
    assert.equal(plain.items.some((i) => i.preselect), false);
    const keyOnly = 'More than 4,500 residents were moved [@de, para. 2].';
    const keys = citationCompletions(keyOnly, keyOnly.indexOf('@de') + 3, backcheck.library, 'en')!;
    assert.deepEqual(keys.items.map((i) => [i.insertText, i.preselect]), [['de_flut', undefined]]);
  });

  it('writes a source\'s date in its detail as a date in the given locale, not as a timestamp', () => {
    const dated = new Backcheck();
    dated.library.set({ path: 'sources/notice.txt', bytes: encode('The ferry made 31 crossings.'), sidecar: encode(JSON.stringify({ outlet: 'Harbour Notices', date: '2026-06-14T08:30:00Z' })) });
    const text = 'Quiet [@';
    const detail = (locale?: string) => citationCompletions(text, text.length, dated.library, 'en', locale)!.items.find((i) => i.kind === 'source')!.detail;
    assert.equal(detail('en'), 'Harbour Notices · June 14, 2026 · EN');
    assert.equal(detail('de'), 'Harbour Notices · 14. Juni 2026 · EN');
  });

  it('ranks by the sentence the citation ends, not an earlier one nor an earlier citation\'s locator', () => {
    const text = 'About 1,200 firefighters came [@en_flood, para. 1]. The damage was 2.3 million euros [@';
    const result = citationCompletions(text, text.length, backcheck.library, 'en')!;
    assert.equal(result.items.find((i) => i.kind === 'passage')!.label, '¶3 de_flut');
  });

  it('returns at most 100 items, marked incomplete, and refines by the typed prefix', () => {
    const big = new Backcheck();
    for (let s = 0; s < 30; s++) {
      big.library.set({ path: `sources/s${s}.txt`, bytes: encode(Array.from({ length: 5 }, (_, p) => `Paragraph ${p + 1} of source ${s} about ${s === 7 ? 'zeppelins' : 'floods'}.`).join('\n')) });
    }
    const text = 'Water rose [@';
    const all = citationCompletions(text, text.length, big.library)!;
    assert.equal(all.items.length, 100);
    assert.equal(all.incomplete, true);
    const typed = 'Water rose [@zeppel';
    const refined = citationCompletions(typed, typed.length, big.library)!;
    assert.equal(refined.incomplete, false);
    assert.deepEqual(refined.items.map((i) => i.label), ['s7', '¶1 s7', '¶2 s7', '¶3 s7', '¶4 s7', '¶5 s7']);
  });

  it('matches a typed prefix anywhere in a key, and at the start of a word elsewhere', () => {
    const words = new Backcheck();
    words.library.set({ path: 'sources/en_harbour.txt', bytes: encode('The floodwater reached 3 metres by the old covid-19 ward.\nPumps ran all night.') });
    words.library.set({ path: 'sources/en_levee.txt', bytes: encode('Sandbags held the levee at Kessel Point.') });
    const labels = (prefix: string) => {
      const text = `The water rose [@${prefix}`;
      return citationCompletions(text, text.length, words.library, 'en')!.items.map((i) => i.label);
    };
    assert.deepEqual(labels('flood'), ['en_harbour', '¶1 en_harbour']);
    // Inside a word: no match ("floodwater" does not start with "water", nor "sandbags" with "bags").
    assert.deepEqual(labels('water'), []);
    assert.deepEqual(labels('bags'), []);
    // After punctuation a key may hold, a word starts: "covid-19" has "19".
    assert.deepEqual(labels('19'), ['en_harbour', '¶1 en_harbour']);
    assert.deepEqual(labels('covid-1'), ['en_harbour', '¶1 en_harbour']);
    // Keys match anywhere, and so every item of that source does.
    assert.deepEqual(labels('arbo'), ['en_harbour', '¶1 en_harbour', '¶2 en_harbour']);
    assert.deepEqual(labels('kess'), ['en_levee', '¶1 en_levee']);
  });

  it('stays linear on a line of many "[" and "@" (the old pattern took 12.8 s at 60,000 characters)', () => {
    const line = '[' + '@ ['.repeat(200_000) + '@';
    const started = performance.now();
    citationCompletions(line, line.length, backcheck.library);
    const noKey = line + ' x';
    assert.equal(citationCompletions(noKey, noKey.length, backcheck.library), undefined);
    assert.ok(performance.now() - started < 2_000, `${Math.round(performance.now() - started)} ms`);
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

  it('adds the new passage to the citation that covers a replaced figure, keeping its other keys', () => {
    const text = 'The level reached 7.42 metres and the damage came to 3.2 million euros\n[@de_flut, para. 1].';
    const { fixes } = fixesFor(text, 'figure-unmatched');
    assert.equal(fixes[0].title, 'Replace with 2.3 million euros from [@de_flut, para. 3] (citation on line 2)');
    assert.equal(apply(text, fixes[0]), 'The level reached 7.42 metres and the damage came to 2.3 million euros\n[@de_flut, para. 1; @de_flut, para. 3].');
  });

  it('only replaces the figure when its covering citation already cites the passage', () => {
    const text = 'The damage came to 3.2 million euros [@de_flut].';
    const { fixes } = fixesFor(text, 'figure-unmatched');
    assert.equal(apply(text, fixes[0]), 'The damage came to 2.3 million euros [@de_flut].');
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

  it('on a sentence over two lines, edits the citation that covers the figure and says when it is on another line', () => {
    // The sentence cites para. 1 for the level and, on the next line, para. 3 for the residents:
    // the residents' citation covers 4,500 (Pandoc: a citation vouches for the words before it).
    const text = 'The level reached 7.42 metres [@de_flut, para. 1] and more than 4,500\nresidents left [@de_flut, para. 3].';
    const { fixes } = fixesFor(text, 'citation-locator-mismatch');
    assert.equal(fixes[0].title, 'Cite para. 2 of [@de_flut] (citation on line 2)');
    assert.equal(apply(text, fixes[0]), 'The level reached 7.42 metres [@de_flut, para. 1] and more than 4,500\nresidents left [@de_flut, para. 2].');
  });

  it('keeps the title plain when the covering citation is on the figure\'s line', () => {
    const text = 'More than 4,500\nresidents left [@de_flut, para. 1]. Some 85,000 sandbags [@de_flut, para. 2].';
    const { fixes } = fixesFor(text, 'figure-not-in-cited-source');
    assert.equal(fixes[0].title, 'Cite [@en_flood, para. 1] instead');
    assert.equal(apply(text, fixes[0]), 'More than 4,500\nresidents left [@de_flut, para. 1]. Some 85,000 sandbags [@en_flood, para. 1].');
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

describe('which citation covers a figure (Pandoc: the one after it in its sentence)', () => {
  const verdictOf = (text: string, figure: string) => backcheck.verdicts(text, { lang: 'en' }).verdicts.find((v) => v.figure.text.includes(figure))!;

  it('is the first citation after the figure, not an earlier one in the sentence', () => {
    const text = 'The level reached 7.42 metres [@de_flut, para. 1] and some 85,000 sandbags were filled [@en_flood, para. 1].';
    assert.equal(verdictOf(text, '7.42').verdict, 'ok');
    const sandbags = verdictOf(text, '85,000');
    assert.equal(sandbags.verdict, 'ok');
    assert.deepEqual(sandbags.cited.map((k) => k.key), ['en_flood']);
  });

  it('is the last citation before the figure when none follows it in the sentence', () => {
    const v = verdictOf('As [@en_flood, para. 1] reports, some 85,000 sandbags were filled.', '85,000');
    assert.equal(v.verdict, 'ok');
    assert.equal(v.covering?.keys[0].key, 'en_flood');
  });

  it('is no citation of another sentence', () => {
    assert.equal(verdictOf('It rained [@de_flut, para. 1]. Some 85,000 sandbags were filled.', '85,000').verdict, 'uncited');
  });
});

describe('where Insert Citation puts a citation', () => {
  const place = (withCursor: string) => {
    const at = withCursor.indexOf('|');
    const text = withCursor.replace('|', '');
    const placement = citationPlacement(backcheck.analyze(text, { lang: 'en' }), { start: at, end: at });
    const cite = placement.before + '[@x]';
    return { sentence: text.slice(placement.sentence.start, placement.sentence.end), result: text.slice(0, placement.span.start) + cite + text.slice(placement.span.end) };
  };

  it('after a full stop and a space, cites the sentence before, before its full stop', () => {
    assert.deepEqual(place('It rained. Crews filled 85,000 sandbags. |'), { sentence: 'Crews filled 85,000 sandbags.', result: 'It rained. Crews filled 85,000 sandbags [@x]. ' });
  });

  it('right after a full stop too, and before a closing quote\'s punctuation', () => {
    assert.equal(place('Crews filled 85,000 sandbags.|').result, 'Crews filled 85,000 sandbags [@x].');
    assert.equal(place('He said it was "over"!|').result, 'He said it was "over" [@x]!');
  });

  it('inside a sentence, goes at the cursor with a space before it where the text has none', () => {
    assert.deepEqual(place('Crews filled 85,000 sandbags| overnight.'), { sentence: 'Crews filled 85,000 sandbags overnight.', result: 'Crews filled 85,000 sandbags [@x] overnight.' });
    assert.equal(place('Crews filled 85,000 sandbags |overnight.').result, 'Crews filled 85,000 sandbags [@x]overnight.');
    assert.equal(place('Crews filled 85,000 sandbags|').result, 'Crews filled 85,000 sandbags [@x]');
  });
});

describe('where a citation key is still being typed', () => {
  const region = (text: string, key: string) => {
    const start = text.indexOf(key);
    const r = typingRegion(text, { start, end: start + key.length });
    return text.slice(r.start, r.end);
  };

  it('is inside the brackets, up to the closing one', () => {
    assert.equal(region('Police closed 14 roads [@bridges]', 'bridges'), '@bridges');
    assert.equal(region('Roads [@a; @bridg, para. 2] closed', 'bridg'), '@a; @bridg, para. 2');
  });

  it('is the key itself for an in-text citation or a bracket on another line', () => {
    assert.equal(region('As @bridg says', 'bridg'), 'bridg');
    assert.equal(region('[x]\n@bridg and more]', 'bridg'), 'bridg');
  });
});

describe('completion at scale', () => {
  it('ranks from the passage index, kept up to date when a source changes, and stops at the cap', () => {
    const many = new Backcheck();
    for (let i = 0; i < 300; i++) many.library.set({ path: `s/src${i}.txt`, bytes: encode(`Report ${i}: about ${1000 + i} boats were counted.\n\nThe harbour had ${i} cranes.`) });
    const text = 'Officials counted 1,150 boats [@';
    const first = citationCompletions(text, text.length, many.library)!;
    assert.equal(first.items.length, 100);
    assert.equal(first.incomplete, true);
    assert.deepEqual(first.items.slice(0, 2).map((i) => i.label), ['¶1 src150', 'src150']);
    many.library.set({ path: 's/src150.txt', bytes: encode('Nothing about boats here.') });
    many.library.set({ path: 's/src7.txt', bytes: encode('Exactly 1,150 boats were counted.') });
    const after = citationCompletions(text, text.length, many.library)!;
    assert.deepEqual(after.items.slice(0, 2).map((i) => i.label), ['¶1 src7', 'src7']);
    const ranked = rankPassages('Officials counted 1,150 boats.', 'en', many.library);
    assert.deepEqual([ranked[0].key, ranked[0].sharedFigures], ['src7', 1]);
    // Every passage once, by shared figures, then shared words, then reading order (key, paragraph).
    const passages = many.library.sources.flatMap((s) => s.paragraphs.map((p) => `${s.key}#${p.index}`));
    assert.deepEqual(ranked.map((r) => `${r.key}#${r.paragraph}`).sort(), [...passages].sort());
    const place = (r: { key: string; paragraph: number }) => passages.indexOf(`${r.key}#${r.paragraph}`);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      const inOrder = a.sharedFigures > b.sharedFigures || (a.sharedFigures === b.sharedFigures && (a.sharedWords > b.sharedWords || (a.sharedWords === b.sharedWords && place(a) < place(b))));
      assert.ok(inOrder, `${a.key}#${a.paragraph} before ${b.key}#${b.paragraph}`);
    }
    assert.ok(ranked.some((r) => r.sharedWords > 0 && r.sharedFigures === 0), 'some passages share words only');
  });

  it('puts the passage a sentence quotes first, and every passage in order past the first batches, with sources added out of key order', () => {
    const shuffled = new Backcheck();
    // 700 sources of 3 passages (past the first batches of 128 and 1,024), added in an order
    // that is neither key order nor its reverse.
    for (let n = 0; n < 700; n++) {
      const i = (n * 263) % 700;
      const tail = i === 421 ? 'The levee at Kessel Point held back 2,417 cubic metres of water.' : `Pumps moved ${i} litres.`;
      shuffled.library.set({ path: `s/k${i}.txt`, bytes: encode(`Flood report ${i} from the river.\n\nThe river rose ${i % 7} metres.\n\n${tail}`) });
    }
    const sentence = 'Engineers on the river said the levee at Kessel Point held back 2,417 cubic metres of water';
    const text = `${sentence} [@`;
    const result = citationCompletions(text, text.length, shuffled.library, 'en')!;
    assert.deepEqual(result.items.slice(0, 2).map((i) => i.label), ['¶3 k421', 'k421']);
    const ranked = rankPassages(`${sentence}.`, 'en', shuffled.library);
    assert.deepEqual([ranked[0].key, ranked[0].paragraph, ranked[0].sharedFigures], ['k421', 3, 1]);
    const passages = shuffled.library.sources.flatMap((s) => s.paragraphs.map((p) => `${s.key}#${p.index}`));
    assert.deepEqual(ranked.map((r) => `${r.key}#${r.paragraph}`).sort(), [...passages].sort());
    const place = new Map(passages.map((p, i) => [p, i]));
    const shared = ranked.filter((r) => r.sharedFigures + r.sharedWords > 0);
    assert.ok(shared.length > 1024, `${shared.length} passages share a term`);
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1], ranked[i]];
      const inOrder = a.sharedFigures > b.sharedFigures || (a.sharedFigures === b.sharedFigures && (a.sharedWords > b.sharedWords || (a.sharedWords === b.sharedWords && place.get(`${a.key}#${a.paragraph}`)! < place.get(`${b.key}#${b.paragraph}`)!)));
      assert.ok(inOrder, `${a.key}#${a.paragraph} before ${b.key}#${b.paragraph}`);
    }
  });

  it('ranks the same after sources were replaced and taken out often enough to sweep the index', () => {
    const churned = new Backcheck();
    const sentence = 'Officials counted 1,020 boats in round 3 at the harbour.';
    // Ranked once first, so the index exists and is told of every change (not built at the end).
    rankPassages(sentence, 'en', churned.library);
    const report = (i: number, round: number) => encode(`Report ${i} of round ${round}: about ${1000 + i} boats were counted.\n\nThe harbour had ${i} cranes.`);
    for (let round = 0; round < 4; round++) for (let i = 0; i < 40; i++) churned.library.set({ path: `s/src${i}.txt`, bytes: report(i, round) });
    for (let i = 40; i < 50; i++) churned.library.set({ path: `s/src${i}.txt`, bytes: report(i, 3) });
    for (let i = 0; i < 10; i++) churned.library.delete(`s/src${i}.txt`);
    const fresh = new Backcheck();
    for (let i = 10; i < 50; i++) fresh.library.set({ path: `s/src${i}.txt`, bytes: report(i, 3) });
    const ranked = (b: Backcheck) => rankPassages(sentence, 'en', b.library).map((r) => `${r.key}#${r.paragraph}:${r.sharedFigures}/${r.sharedWords}`);
    assert.deepEqual(ranked(churned), ranked(fresh));
    assert.equal(ranked(churned)[0], 'src20#1:2/3');
  });

  it('reads only the sources a rare prefix matches as the writer types on, not every source', function () {
    this.timeout(60_000);
    const many = new Backcheck();
    for (let i = 0; i < 2000; i++) many.library.set({ path: `s/src${i}.txt`, bytes: encode(i === 1234 ? 'A zeppelin counted 1,150 boats.' : `Report ${i}: about ${1000 + i} boats were counted.`) });
    const complete = (prefix: string) => {
      const text = `Officials counted 1,150 boats [@${prefix}`;
      return citationCompletions(text, text.length, many.library, 'en')!.items.map((i) => i.label);
    };
    complete('');
    let reads = 0;
    for (const source of many.library.sources) {
      const paragraphs = source.paragraphs;
      Object.defineProperty(source, 'paragraphs', { get: () => (reads++, paragraphs) });
    }
    const readsOf = (prefix: string) => {
      reads = 0;
      // The passage shares the sentence's figure: it leads, its source right after (Enter cites the passage).
      assert.deepEqual(complete(prefix), ['¶1 src1234', 'src1234'], prefix);
      return reads;
    };
    // The word index names the sources a prefix can match before any is read, the first rare prefix too.
    for (const prefix of ['z', 'ze', 'zep', 'zepp', 'zeppe', 'zeppel']) assert.ok(readsOf(prefix) <= 5, `${reads} sources read for "${prefix}"`);
  });

  it('refines as the writer types the key: each prefix gives what it gives asked afresh, a source changed in between included', () => {
    // 800 sources, 2,400 items: more than a rare prefix's walk of the ranking looks at.
    const many = new Backcheck();
    for (let i = 0; i < 800; i++) many.library.set({ path: `s/src${i}.txt`, bytes: encode(`Report ${i}: about ${1000 + i} boats were counted.\n\nThe harbour had ${i} cranes.`) });
    const labels = (library: typeof many.library, prefix: string) => {
      const text = `Officials counted 1,150 boats [@${prefix}`;
      const result = citationCompletions(text, text.length, library, 'en')!;
      return { labels: result.items.map((i) => i.label), incomplete: result.incomplete };
    };
    const afresh = (prefix: string) => {
      const fresh = new Backcheck();
      for (const source of many.library.sources) fresh.library.set({ path: source.path, bytes: encode(source.text) });
      return labels(fresh.library, prefix);
    };
    for (const prefix of ['s', 'sr', 'src', 'src1', 'src15', 'src150', 'src1507', 'rc15', 'crane']) {
      assert.deepEqual(labels(many.library, prefix), afresh(prefix), prefix);
    }
    assert.deepEqual(labels(many.library, 'src15').labels.slice(0, 2), ['¶1 src150', 'src150']);
    assert.equal(labels(many.library, 'src15').incomplete, false);
    assert.deepEqual(labels(many.library, 'zeppe').labels, []);
    // A source that comes to match between two keystrokes is offered at the next.
    many.library.set({ path: 's/src7.txt', bytes: encode('A zeppelin counted 1,150 boats.') });
    assert.deepEqual(labels(many.library, 'zeppel').labels, ['¶1 src7', 'src7']);
  });
});
