import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { FigureIndex } from '../../../../src/core/figures/figureIndex';
import { matchFigure } from '../../../../src/core/figures/matchFigure';
import type { Lang } from '../../../../src/core/types';

type Row = [text: string, value: number, unit: string | null, kind: string, hedge?: string];
const read = (text: string, lang: Lang): Row[] => extractFigures(text, lang).map((f) => [f.text, f.value, f.unit ?? null, f.kind, ...(f.hedge ? [f.hedge] : [])] as Row);

describe('language packs keep each language to itself', () => {
  it('reads German "fast" as no English hedge: "a fast 5 km loop" is 5 km, not nearly 5 km', () => {
    assert.deepEqual(read('a fast 5 km loop', 'en'), [['5 km', 5, 'km', 'quantity']]);
    assert.deepEqual(read('fast 5 km', 'de'), [['5 km', 5, 'km', 'quantity', 'nearly']]);
  });

  it('reads German "Tag" as no English unit: "a 5 tag limit" counts 5, no days', () => {
    assert.deepEqual(read('a 5 tag limit', 'en'), [['5', 5, null, 'count']]);
    assert.deepEqual(read('nach 5 Tagen', 'de'), [['5 Tagen', 5, 'day', 'duration']]);
  });

  it('reads "2 Grad unter null" as minus two degrees, with no figure 0', () => {
    assert.deepEqual(read('Es waren 2 Grad unter null.', 'de'), [['2 Grad unter null', -2, '°C', 'quantity']]);
    assert.deepEqual(read('Es waren 2 Grad unter Null.', 'de'), [['2 Grad unter Null', -2, '°C', 'quantity']]);
    assert.deepEqual(read('2 degrees below zero', 'en'), [['2 degrees below zero', -2, '°', 'quantity']]);
  });

  it('reads no German number words, units or months in English text, and no English ones in German', () => {
    assert.deepEqual(read('a 20 Kilometern walk', 'en'), [['20', 20, null, 'count']]);
    assert.deepEqual(read('Sie fuhr 20 Meilen weit.', 'de').map((r) => r[2]), ['mi']);
    assert.deepEqual(read('She drove 20 Meilen.', 'en').map((r) => r[2]), [null]);
    assert.deepEqual(read('am 6 March', 'de'), [['6', 6, null, 'count']]);
  });
});

describe('the French pack', () => {
  const cases: Array<[string, Row[]]> = [
    ['Il y avait 120\u202f000 personnes.', [['120\u202f000', 120000, null, 'count']]],
    ['Il y avait 120\u00a0000 personnes.', [['120\u00a0000', 120000, null, 'count']]],
    ['Il y avait 120 000 personnes.', [['120 000', 120000, null, 'count']]],
    ['Elle mesure 1 234,5 mètres.', [['1 234,5 mètres', 1234.5, 'm', 'quantity']]],
    ['Le taux est de 2,4 %.', [['2,4 %', 2.4, '%', 'percent']]],
    ['cent vingt maisons', [['cent vingt', 120, null, 'count']]],
    ['quatre-vingt-dix-sept maisons', [['quatre-vingt-dix-sept', 97, null, 'count']]],
    ['soixante et onze morts', [['soixante et onze', 71, null, 'count']]],
    ['mille soldats', [['mille', 1000, null, 'count']]],
    ['1,5 million d’habitants', [['1,5 million', 1500000, null, 'count']]],
    ["2 milliards d'euros", [["2 milliards d'euros", 2e9, 'EUR', 'money']]],
    ['plus de 300 morts', [['300', 300, null, 'count', 'more-than']]],
    ['environ 40 pour cent', [['40 pour cent', 40, '%', 'percent', 'about']]],
    ['près de 5 km', [['5 km', 5, 'km', 'quantity', 'nearly']]],
    ['au moins six réacteurs', [['six', 6, null, 'count', 'at-least']]],
    ['depuis le 6 août', [['6 août', 806, null, 'date']]],
    ['le 1er septembre 2024', [['1er septembre 2024', 20240901, null, 'date']]],
    ['une avancée de 20 kilomètres', [['20 kilomètres', 20, 'km', 'quantity']]],
    ['La centrale compte six réacteurs.', [['six', 6, null, 'count']]],
    ['un homme et une femme', []],
    ['un sur cinq', [['un sur cinq', 0.2, null, 'count']]],
    ['2 degrés sous zéro', [['2 degrés sous zéro', -2, '°C', 'quantity']]],
    ['10 millions de dollars', [['10 millions de dollars', 1e7, 'USD', 'money']]],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => assert.deepEqual(read(text, 'fr'), expected));
  }
});

describe('matching across English, German and French', () => {
  function match(draft: string, draftLang: Lang, source: string, sourceLang: Lang): string | undefined {
    const index = new FigureIndex();
    for (const figure of extractFigures(source, sourceLang)) index.add({ figure, sourceKey: 'src', paragraph: 1 });
    const [figure] = extractFigures(draft, draftLang);
    assert.ok(figure, `no figure in "${draft}"`);
    const found = matchFigure(figure, index);
    return found && `${found.kind} ${found.source.figure.text}`;
  }
  const cases: Array<[string, Lang, string, Lang, string | undefined]> = [
    ['more than 120,000 civilians', 'en', 'plus de 120\u202f000 civils ont été évacués', 'fr', 'exact 120\u202f000'],
    ['mehr als 120.000 Zivilisten', 'de', 'plus de 120 000 civils', 'fr', 'exact 120 000'],
    ['plus de 120 000 civils', 'fr', 'more than 120,000 civilians', 'en', 'exact 120,000'],
    ['plus de 120 000 civils', 'fr', 'mehr als 120.000 Zivilisten', 'de', 'exact 120.000'],
    ['six réacteurs', 'fr', 'The plant has six reactors.', 'en', 'exact six'],
    ['sechs Reaktoren', 'de', 'La centrale compte six réacteurs.', 'fr', 'exact six'],
    ['le 6 août', 'fr', 'der am 6. August begann', 'de', 'exact 6. August'],
    ['began on 6 August', 'en', 'commencé le 6 août 2024', 'fr', 'exact 6 août 2024'],
    ['20 kilomètres', 'fr', 'advanced up to 20 kilometers', 'en', 'exact 20 kilometers'],
    ['2,4 %', 'fr', 'a rate of 2.4 percent', 'en', 'exact 2.4 percent'],
    ['about 2 billion euros', 'en', "un budget de 2 milliards d'euros", 'fr', 'exact 2 milliards d\'euros'],
    ['1,5 million d’habitants', 'fr', 'Some 1,487,000 people live there.', 'en', 'rounded 1,487,000'],
    ['quatre-vingt-dix-sept', 'fr', 'ninety-seven', 'en', 'exact ninety-seven'],
    ['soixante et onze', 'fr', '71 Tote', 'de', 'exact 71'],
    ['plus de 120 000 civils', 'fr', 'more than 135,000 civilians', 'en', undefined],
  ];
  for (const [draft, dl, source, sl, expected] of cases) {
    it(`${dl} "${draft}" against ${sl} "${source}": ${expected ?? 'no match'}`, () => assert.equal(match(draft, dl, source, sl), expected));
  }
});
