import assert from 'node:assert/strict';

import { blockLang, detectLang } from '../../../../src/core/text/detectLang';

describe('language detection', () => {
  const cases: Array<[string, 'en' | 'de' | 'fr']> = [
    ['Es waren 4.500 Menschen.', 'de'],
    ['Sie sind seit Montag vor Ort.', 'de'],
    ['Mehr als 120.000 Zivilisten wurden in Sicherheit gebracht.', 'de'],
    ['There were 4,500 people.', 'en'],
    ['They said the war would be over by Monday.', 'en'],
    ['I am also here, and the die is cast.', 'en'],
    ['Plus de 120 000 civils ont été évacués.', 'fr'],
    ['La centrale compte six réacteurs et elle est fermée depuis le 6 août.', 'fr'],
    ['Selon la police, il y avait environ 40 000 personnes dans les rues.', 'fr'],
  ];
  for (const [text, lang] of cases) {
    it(`reads "${text}" as ${lang}`, () => assert.equal(detectLang(text), lang));
  }
});

describe('blockLang: a block plainly in another language than its document', () => {
  const german = 'Der Sprecher sagte am Mittwoch, mehr als 60.000 Menschen hätten sich in den letzten Tagen beteiligt, und bislang seien etwa 6.600 Evakuierungen notwendig gewesen.';
  const french = "Le porte-parole a indiqué mercredi que plus de 60 000 personnes avaient participé aux secours et que 6 600 évacuations avaient été nécessaires dans la région.";
  const english = 'The spokesman said on Wednesday that more than 60,000 people had taken part in the relief effort and that about 6,600 evacuations had been needed.';

  it('is read in its own language, from an English, German or French document', () => {
    assert.deepEqual([blockLang(german, 'en'), blockLang(french, 'en'), blockLang(english, 'de'), blockLang(english, 'fr'), blockLang(german, 'fr')], ['de', 'fr', 'en', 'en', 'de']);
  });

  it("stays in its document's language when short, or when another language lends it only a name or a phrase", () => {
    assert.equal(blockLang('Söder sagte: „Wir bleiben konzentriert.“', 'en'), 'en', 'too short to tell');
    const borrowed = 'The Bund der Steuerzahler und the Deutscher Städtetag said on Tuesday that the city had spent more than it could afford on the new bridge.';
    assert.equal(blockLang(borrowed, 'en'), 'en');
    assert.equal(blockLang(english, 'en'), 'en');
  });
});
