import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { FigureIndex } from '../../../../src/core/figures/figureIndex';
import { matchFigure } from '../../../../src/core/figures/matchFigure';
import type { Lang } from '../../../../src/core/types';

/** An index over one source text, as if it were paragraph 1 of source `src`. */
function indexOf(text: string, lang: Lang): FigureIndex {
  const index = new FigureIndex();
  for (const figure of extractFigures(text, lang)) index.add({ figure, sourceKey: 'src', paragraph: 1 });
  return index;
}

function match(draft: string, draftLang: Lang, source: string, sourceLang: Lang) {
  const [figure] = extractFigures(draft, draftLang);
  assert.ok(figure, `no figure in "${draft}"`);
  return matchFigure(figure, indexOf(source, sourceLang));
}

describe('figure matching', () => {
  const cases: Array<[string, Lang, string, Lang, string | undefined, string?]> = [
    ['more than 120,000 civilians', 'en', 'zur Evakuierung von mehr als 120.000 Zivilisten geführt', 'de', 'exact', '120.000'],
    ['20 Kilometer tief', 'de', 'advanced up to 20 kilometers into the region', 'en', 'exact', '20 kilometers'],
    ['sechs Reaktoren', 'de', 'The plant has six reactors.', 'en', 'exact', 'six'],
    ['began on 6 August', 'en', 'der am 6. August begann', 'de', 'exact', '6. August'],
    ['began on 6 August', 'en', 'began on Aug. 6, 2024', 'en', 'exact', 'Aug. 6, 2024'],
    // "05/06/2024" is 6 May in an American text and 5 June in a British one: either reading is
    // backed, whichever side writes the slashes; a day above 12 decides the order alone.
    ['voted on 5 June 2024', 'en', 'The vote of 05/06/2024 drew a crowd.', 'en', 'exact', '05/06/2024'],
    ['voted on May 6, 2024', 'en', 'The vote of 05/06/2024 drew a crowd.', 'en', 'exact', '05/06/2024'],
    ['voted on 05/06/2024', 'en', 'Die Wahl am 5. Juni 2024 zog viele an.', 'de', 'exact', '5. Juni 2024'],
    ['voted on 05/06/2024', 'en', 'Die Wahl am 6. Mai 2024 zog viele an.', 'de', 'exact', '6. Mai 2024'],
    ['voted on 05/06/2024', 'en', 'Die Wahl am 7. Mai 2024 zog viele an.', 'de', undefined],
    ['voted on 05/06/2023', 'en', 'Die Wahl am 5. Juni 2024 zog viele an.', 'de', undefined],
    ['voted on 25/06/2024', 'en', 'Die Wahl am 25. Juni 2024 zog viele an.', 'de', 'exact', '25. Juni 2024'],
    ['voted on 6/25/2024', 'en', 'Die Wahl am 25. Juni 2024 zog viele an.', 'de', 'exact', '25. Juni 2024'],
    // Per mille: the same in either language, and a tenth of a percent.
    ['2,65 Promille Alkohol', 'de', 'a blood alcohol level of 2.65 per mille', 'en', 'exact', '2.65 per mille'],
    ['0.265 percent alcohol', 'en', 'Er hatte 2,65 Promille Alkohol im Blut.', 'de', 'converted', '2,65 Promille'],
    ['2,65 Promille Alkohol', 'de', 'a blood alcohol level of 2.65 percent', 'en', undefined],
    // A date read one way only ("5. Juni") does not stand for its swapped reading.
    ['am 6. Mai 2024 gewählt', 'de', 'Die Wahl am 5. Juni 2024 zog viele an.', 'de', undefined],
    ['about 76,000 people', 'en', 'A total of 76,213 people left.', 'en', 'rounded', '76,213'],
    ['more than 76,000 people', 'en', 'Exactly 76,213 people left.', 'en', 'rounded', '76,213'],
    ['1.2 million people', 'en', 'Some 1,187,000 people live there.', 'en', 'rounded', '1,187,000'],
    // A scale word in any form rounds to the scale: lakh, "1.2M", number words, German "Mio.".
    ['12 lakh people', 'en', 'Some 1,187,000 people live there.', 'en', 'rounded', '1,187,000'],
    ['1.2M people', 'en', 'Some 1,187,000 people live there.', 'en', 'rounded', '1,187,000'],
    ['£2.5bn in aid', 'en', 'Hilfen von 2,46 Milliarden Pfund', 'de', 'rounded', '2,46 Milliarden Pfund'],
    ['twelve million people', 'en', 'Rund 11,8 Millionen Menschen leben dort.', 'de', 'rounded', '11,8 Millionen'],
    ['zwölf Millionen Menschen', 'de', 'Some 12,300,000 people live there.', 'en', 'rounded', '12,300,000'],
    ['1,5 Mio. Menschen', 'de', 'Some 1,487,000 people live there.', 'en', 'rounded', '1,487,000'],
    ['twelve million people', 'en', 'Some 11,400,000 people live there.', 'en', undefined],
    ['1.25 million people', 'en', 'Some 1,187,000 people live there.', 'en', undefined],
    ['ten dimes', 'en', 'It cost 1.40 dollars.', 'en', undefined],
    ['2,3 Millionen Euro', 'de', 'damage of 2.3 million euros', 'en', 'exact', '2.3 million euros'],
    ['a 12-mile front', 'en', 'eine 20 Kilometer lange Front', 'de', 'converted', '20 Kilometer'],
    // Millions of hectolitres written as a unit, "Mhl", are the hectolitres of a source in words.
    ['une récolte de 44,6 Mhl', 'fr', "La récolte atteint 44,6 millions d'hectolitres.", 'fr', 'converted', "44,6 millions d'hectolitres"],
    ['14 millimètres de pluie', 'fr', 'Es fielen 14 Liter pro Quadratmeter.', 'de', 'converted', '14 Liter pro Quadratmeter'],
    ['depuis vingt ans', 'fr', 'for the first time in two decades', 'en', 'converted', 'two decades'],
    ['depuis trente ans', 'fr', 'for the first time in two decades', 'en', undefined],
    ["après 42 jours d'audience", 'fr', 'An 42 Verhandlungstagen wurden Zeugen gehört.', 'de', 'exact', '42'],
    ['an 42 Verhandlungstagen', 'de', 'Le procès a compté 42 jours de débats.', 'fr', 'exact', '42 jours'],
    ["après 42 jours d'audience", 'fr', 'Er reichte 42 Beiträge ein.', 'de', undefined],
    ['at 68 °F', 'en', 'bei 20 Grad Celsius', 'de', 'converted', '20 Grad Celsius'],
    ['a $20 and 43c fee', 'en', 'eine Gebühr von 20,43 Dollar', 'de', 'exact', '20,43 Dollar'],
    ['he is 5 feet 2 inches', 'en', 'Er ist 1,57 Meter groß.', 'de', 'converted', '1,57 Meter'],
    ['one in five residents', 'en', 'Etwa 20 Prozent der Einwohner', 'de', 'converted', '20 Prozent'],
    ['a third of the county', 'en', 'Some 33 percent of the county', 'en', 'converted', '33 percent'],
    ['25 percent of voters', 'en', 'ein Viertel der Wähler', 'de', 'converted', 'ein Viertel'],
    ['more than half of voters', 'en', 'Mehr als die Hälfte der Wähler', 'de', 'exact', 'die Hälfte'],
    ['more than half of voters', 'en', 'Rund 52 Prozent der Wähler', 'de', 'converted', '52 Prozent'],
    ['more than half of voters', 'en', 'Rund 58 Prozent der Wähler', 'de', undefined],
    ['more than half of voters', 'en', 'Rund 48 Prozent der Wähler', 'de', undefined],
    ['nearly half of voters', 'en', 'Some 46 percent of voters', 'en', 'converted', '46 percent'],
    ['exactly a third of voters', 'en', 'Some 33 percent of voters', 'en', undefined],
    ['one in five residents', 'en', 'Some 30 percent of residents', 'en', undefined],
    ['one in five residents', 'en', 'Jeder fünfte Einwohner ist betroffen.', 'de', 'exact', 'Jeder fünfte'],
    ['two out of three voters', 'en', 'Zwei von drei Wählern', 'de', 'exact', 'Zwei von drei'],
    ['jeder Fünfte', 'de', 'Some 20 percent of residents', 'en', 'converted', '20 percent'],
    ['Six in 10 Americans', 'en', 'Rund 60 Prozent der Amerikaner', 'de', 'converted', '60 Prozent'],
    ['a 24-year-old man', 'en', 'Ein 24-jähriger Mann wurde verletzt.', 'de', 'exact', '24-jähriger'],
    ['a two-day summit', 'en', 'der zweitägige Gipfel', 'de', 'exact', 'zweitägige'],
    // misses
    ['exactly 76,000 people', 'en', 'A total of 76,213 people left.', 'en', undefined],
    ['80,000 people', 'en', 'Over 76,000 people have been evacuated.', 'en', undefined],
    ['in 2022', 'en', 'There were 2,022 votes counted.', 'en', undefined],
    ['thousands of soldiers', 'en', 'It had 1,000 soldiers.', 'en', undefined],
    ['Tausende Soldaten', 'de', 'against thousands of soldiers', 'en', 'exact', 'thousands'],
    ['about 20 km', 'en', 'about 20 miles away', 'en', undefined],
    ['a 90-degree turn', 'en', 'Es waren 90 Grad in der Sauna.', 'de', undefined],
    ['Temperatures hit 40C on Tuesday.', 'en', 'Am Dienstag wurden 40 Grad gemessen.', 'de', 'exact', '40 Grad'],
    ['about 35 degrees', 'en', 'Es wurden 35,2 °C gemessen.', 'de', 'rounded', '35,2 °C'],
    ['Temperatures hit 40C on Tuesday.', 'en', 'Am Dienstag wurden 39,6 Grad gemessen.', 'de', undefined],
    ['a 90-degree turn', 'en', 'eine Drehung um 90 Grad', 'de', 'exact', '90 Grad'],
    ['a 90-degree turn', 'en', 'das Rad um 90 Grad drehen', 'de', 'exact', '90 Grad'],
    ['12 percent', 'en', '12 people', 'en', undefined],
    // A house is one building: counted alike; a vehicle is not.
    ['Das Gericht zog drei Häuser ein.', 'de', 'La cour a confisqué trois immeubles.', 'fr', 'exact', 'trois'],
    ['Das Gericht zog drei Häuser ein.', 'de', 'La cour a confisqué trois véhicules.', 'fr', undefined],
    // A rounded or bounded claim about an outcome does not stand for a threshold the source states.
    ['Sie stellen mehr als 100 Abgeordnete.', 'de', 'The party won 98 seats, four short of the 102 needed for a majority.', 'en', undefined],
    ['They won more than 100 seats.', 'en', 'Die Partei verfehlte die für eine Mehrheit nötigen 102 Sitze.', 'de', undefined],
    ['Für eine Mehrheit sind 102 Sitze nötig.', 'de', 'The party won 98 seats, four short of the 102 needed for a majority.', 'en', 'exact', '102'],
    ['Sie stellen mehr als 100 Abgeordnete.', 'de', 'The party won 102 seats, a majority.', 'en', 'rounded', '102'],
    // Points of a vote read as percentage points on one side and as points on the other are one claim.
    ['Sie siegte mit 12 Punkten Vorsprung.', 'de', 'She won the vote by 12 points.', 'en', 'exact', '12 points'],
    ['She won the vote by 12 points.', 'en', 'Sie siegte mit 12 Punkten Vorsprung.', 'de', 'exact', '12'],
    ['She won the vote by 12 points.', 'en', 'Sie siegte mit 12 Toren Vorsprung.', 'de', undefined],
    ['Sie siegte mit 12 Punkten Vorsprung.', 'de', 'She won the vote by 13 points.', 'en', undefined],
  ];
  for (const [draft, dl, source, sl, kind, sourceText] of cases) {
    it(`"${draft}" (${dl}) ${kind ? `matches "${sourceText}" (${sl}) as ${kind}` : `matches nothing in "${source}"`}`, () => {
      const result = match(draft, dl, source, sl);
      assert.equal(result?.kind, kind, JSON.stringify(result));
      if (sourceText) assert.equal(result?.source.figure.text, sourceText);
    });
  }

  it('names the nearest source figures of the same kind for a miss', () => {
    const index = indexOf('Over 76,000 people fled; 15 vehicles burned; 20 kilometers.', 'en');
    const [figure] = extractFigures('80,000 people', 'en');
    assert.deepEqual(index.nearest(figure, 2).map((n) => n.figure.text), ['76,000', '15']);
  });
});
