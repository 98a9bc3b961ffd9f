import assert from 'node:assert/strict';

import { detectLang } from '../../../../src/core/text/detectLang';

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
