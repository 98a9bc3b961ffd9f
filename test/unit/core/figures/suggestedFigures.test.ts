import assert from 'node:assert/strict';

import { hoverAt } from '../../../../src/core/features/hoverAt';
import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { FigureIndex } from '../../../../src/core/figures/figureIndex';
import { suggestedFigures } from '../../../../src/core/figures/suggestedFigures';
import { Backcheck } from '../../../../src/core/service';
import type { Lang } from '../../../../src/core/types';

/** Reports of a storm, one paragraph a line, with bare small counts beside counted ones. */
const SOURCES: Record<string, [Lang, string]> = {
  en_storm: ['en', 'Two of the four lanes on the ring road stayed shut until Thursday.\nThe city closed 4 bridges to traffic on Monday; by Friday 7 bridges had reopened.\nAbout 12 schools served as shelters. By the evening, 6 were still missing.\nPolice counted 5,200 on the main square, and 5,000 people had left the old town by Tuesday. Volunteers filled 5,250 sandbags.'],
  de_unwetter: ['de', 'Zwei der vier Fahrspuren am Ring blieben bis Donnerstag gesperrt.\nAm Montag sperrte die Stadt 4 Brücken; bis Freitag waren 7 Brücken wieder offen.\nRund 12 Schulen dienten als Notunterkünfte. Am Abend wurden 6 noch vermisst.'],
  fr_tempete: ['fr', "Deux des quatre voies du périphérique sont restées fermées jusqu'à jeudi.\nLa ville a fermé 4 ponts lundi ; vendredi, 7 ponts avaient rouvert.\nEnviron 12 écoles ont servi d'abri. Le soir, 6 étaient encore portés disparus."],
};

/** An index over the sources of these keys, each line a paragraph. */
function indexOf(...keys: string[]): FigureIndex {
  const index = new FigureIndex();
  for (const key of keys) {
    const [lang, text] = SOURCES[key];
    text.split('\n').forEach((line, i) => {
      for (const figure of extractFigures(line, lang)) index.add({ figure, sourceKey: key, paragraph: i + 1 });
    });
  }
  return index;
}

/** The suggestions for the draft's first figure, as "text ¶paragraph" (with the key when asked). */
function suggest(draft: string, lang: Lang, index: FigureIndex, withKey = false): string[] {
  const [figure] = extractFigures(draft, lang);
  assert.ok(figure, `no figure in "${draft}"`);
  return suggestedFigures(figure, index).map((n) => `${n.figure.text} ¶${n.paragraph}${withKey ? ` ${n.sourceKey}` : ''}`);
}

describe('suggested figures of an unmatched figure', () => {
  it('offers the figures that count the same noun first, and no bare small count, in English, German and French', () => {
    // By value alone the nearest to 5 are "four" (lanes), "4" (bridges) and "6" (were missing).
    assert.deepEqual(suggest('The storm left 5 bridges closed.', 'en', indexOf('en_storm')), ['4 ¶2', '7 ¶2', 'four ¶1']);
    assert.deepEqual(suggest('Das Unwetter ließ 5 Brücken gesperrt.', 'de', indexOf('de_unwetter')), ['4 ¶2', '7 ¶2', 'vier ¶1']);
    assert.deepEqual(suggest('La tempête a laissé 5 ponts fermés.', 'fr', indexOf('fr_tempete')), ['4 ¶2', '7 ¶2', 'quatre ¶1']);
  });

  it('offers the figures about the same subject ahead of nearer ones, across languages, and none that count a noun that is no concept', () => {
    // "7 bridges" is nearer to 9 than "12 schools", but its noun is none of the words for schools.
    assert.deepEqual(suggest('In all, 9 schools served as shelters.', 'en', indexOf('en_storm')), ['12 ¶3']);
    assert.deepEqual(suggest('Insgesamt dienten 9 Schulen als Notunterkünfte.', 'de', indexOf('en_storm', 'fr_tempete'), true), ['12 ¶3 en_storm', '12 ¶3 fr_tempete']);
    assert.deepEqual(suggest("En tout, 9 écoles ont servi d'abri.", 'fr', indexOf('de_unwetter'), true), ['12 ¶3 de_unwetter']);
    // And the other way round: "12 schools" for "9 bridges" names a concept the bridges are not.
    assert.deepEqual(suggest('The flood damaged 10 bridges.', 'en', indexOf('en_storm')), ['7 ¶2', '4 ¶2']);
  });

  it('offers a noun of another language only between half and double the value', () => {
    // "4 Brücken" may be the bridges meant; nouns of two languages cannot be compared, so "four
    // lanes" stays beside them; the bare "6" and "Two" and the "12 schools" do not.
    assert.deepEqual(suggest('Das Unwetter ließ 5 Brücken gesperrt.', 'de', indexOf('en_storm')), ['4 ¶2', 'four ¶1', '7 ¶2']);
    const plant = new FigureIndex();
    for (const figure of extractFigures('The site has six reactors, with two operational and two idle.', 'en')) plant.add({ figure, sourceKey: 'plant', paragraph: 1 });
    assert.deepEqual(suggest('Die Truppen nahmen 5 Dörfer ein.', 'de', plant), []);
    // The same figures for a figure that names nothing, as before: the nearest by value.
    assert.deepEqual(suggest('Es waren 5.', 'de', plant), ['six ¶1', 'two ¶1', 'two ¶1']);
  });

  it('keeps a bare count close enough to be the figure meant, behind the ones that count people', () => {
    // 5,200 (on the square) is within a tenth of 5,300; 5,000 people count residents.
    assert.deepEqual(suggest('Exactly 5,300 residents were evacuated.', 'en', indexOf('en_storm')), ['5,000 ¶4', '5,250 ¶4', '5,200 ¶4']);
  });

  it('drops bare small counts even where nothing better is left', () => {
    const index = new FigureIndex();
    for (const figure of extractFigures('Two of the lanes stayed shut. By the evening, 6 were still missing.', 'en')) index.add({ figure, sourceKey: 'bare', paragraph: 1 });
    assert.deepEqual(suggest('The storm left 5 bridges closed.', 'en', index), []);
    // A figure that names nothing is offered the nearest numbers, as it always was.
    assert.deepEqual(suggest('The toll rose to 5.', 'en', index), ['6 ¶1', 'Two ¶1']);
  });

  it('never offers a figure about another subject', () => {
    const index = new FigureIndex();
    for (const figure of extractFigures('The site has 5 vehicles and 8 reactors.', 'en')) index.add({ figure, sourceKey: 'plant', paragraph: 1 });
    assert.deepEqual(suggest('It has 6 reactors.', 'en', index), ['8 ¶1']);
  });
});

describe('the suggestions of figure-unmatched and of the hover', () => {
  const backcheck = new Backcheck();
  for (const [key, [, text]] of Object.entries(SOURCES)) backcheck.library.set({ path: `sources/${key}.txt`, bytes: new TextEncoder().encode(text) });
  const draft = 'The storm left 5 bridges closed. In all, 9 schools served as shelters.';

  it('names the best suggestion in the message, and the finding and the hover offer the same ones', () => {
    const findings = backcheck.lint(draft, { lang: 'en' }).filter((f) => f.ruleId === 'figure-unmatched');
    assert.deepEqual(findings.map((f) => f.message), [
      '5 is in no source; nearest: 4 in [@en_storm, para. 2]',
      '9 schools is in no source; nearest: 12 in [@en_storm, para. 3]',
    ]);
    const analyzed = backcheck.analyze(draft, { lang: 'en' });
    for (const finding of findings) {
      const hover = hoverAt(analyzed, backcheck.library, finding.span.start);
      assert.ok(hover?.kind === 'figure');
      const candidates = (finding.data as { candidates: Array<{ text: string; sourceKey: string; paragraph: number }> }).candidates;
      assert.equal(candidates.length, 3);
      assert.deepEqual(hover.nearest.map((n) => [n.figure.text, n.sourceKey, n.paragraph]), candidates.map((c) => [c.text, c.sourceKey, c.paragraph]));
    }
  });
});
