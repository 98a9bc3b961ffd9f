import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { germanOrdinal } from '../../../../src/core/figures/shareWords';
import type { Lang } from '../../../../src/core/types';

/** [lang, text, the figure's text, value, unit, kind, hedge?] — one row per recognition rule. */
const CASES: Array<[Lang, string, string, number, string | undefined, string, string?]> = [
  // digits in each locale
  ['en', 'Over 76,000 people fled.', '76,000', 76000, undefined, 'count', 'more-than'],
  ['en', 'It grew 1.5 times.', '1.5', 1.5, undefined, 'count'],
  ['de', 'Mehr als 3.000 Menschen.', '3.000', 3000, undefined, 'count', 'more-than'],
  ['de', 'mehr als 120.000 Zivilisten', '120.000', 120000, undefined, 'count', 'more-than'],
  ['de', 'Die Quote lag bei 2,4.', '2,4', 2.4, undefined, 'count'],
  ['de', 'Es kostete 1.000.000,00 insgesamt.', '1.000.000,00', 1000000, undefined, 'count'],
  ['en', 'about 12 500 homes', '12 500', 12500, undefined, 'count', 'about'],
  ['en', 'about 12\u202f500 homes', '12\u202f500', 12500, undefined, 'count', 'about'],
  ['de', "Es waren 1'000 Franken.", "1'000 Franken", 1000, 'CHF', 'money'],
  // number words
  ['en', 'Sixty-five people', 'Sixty-five', 65, undefined, 'count'],
  ['en', 'one hundred and twenty homes', 'one hundred and twenty', 120, undefined, 'count'],
  ['de', 'einhundertzwanzig Häuser', 'einhundertzwanzig', 120, undefined, 'count'],
  ['de', 'fünfundsechzig Menschen', 'fünfundsechzig', 65, undefined, 'count'],
  ['de', 'im Jahr zweitausendvierundzwanzig', 'zweitausendvierundzwanzig', 2024, undefined, 'count'],
  ['en', 'a dozen villages', 'a dozen', 12, undefined, 'count'],
  ['de', 'ein Dutzend Dörfer', 'ein Dutzend', 12, undefined, 'count'],
  ['de', 'anderthalb Stunden', 'anderthalb Stunden', 1.5, 'hour', 'duration'],
  ['en', 'two-thirds of voters', 'two-thirds', 2 / 3, undefined, 'count'],
  ['de', 'zwei Drittel der Wähler', 'zwei Drittel', 2 / 3, undefined, 'count'],
  ['en', 'the plant has six reactors', 'six', 6, undefined, 'count'],
  ['de', 'das Werk hat sechs Reaktoren', 'sechs', 6, undefined, 'count'],
  // scale words
  ['en', 'a 1.2 million budget', '1.2 million', 1200000, undefined, 'count'],
  ['en', 'It raised £2.5bn.', '£2.5bn', 2500000000, 'GBP', 'money'],
  ['en', 'some 15k fans', '15k', 15000, undefined, 'count', 'about'],
  ['de', 'Kosten von 1,5 Mio. Euro', '1,5 Mio. Euro', 1500000, 'EUR', 'money'],
  ['de', 'rund 2,5 Mrd. Euro', '2,5 Mrd. Euro', 2500000000, 'EUR', 'money', 'about'],
  ['de', 'Schulden von 2 Billionen Euro', '2 Billionen Euro', 2e12, 'EUR', 'money'],
  ['en', 'debts of 2 billion dollars', '2 billion dollars', 2e9, 'USD', 'money'],
  ['en', 'a £2.5m contract', '£2.5m', 2500000, 'GBP', 'money'],
  ['en', 'She is 1.8m tall.', '1.8m', 1.8, 'm', 'quantity'],
  ['en', 'It weighed 200lbs.', '200lbs', 200, 'lb', 'quantity'],
  ['en', 'a C$300 million charge', 'C$300 million', 300000000, 'CAD', 'money'],
  ['en', 'temperatures of minus 5 degrees', 'minus 5 degrees', -5, '°', 'quantity'],
  ['en', 'half a million people', 'half a million', 500000, undefined, 'count'],
  ['en', 'one million and a half votes', 'one million and a half', 1500000, undefined, 'count'],
  ['en', 'about 2½ hours', '2½ hours', 2.5, 'hour', 'duration', 'about'],
  ['de', 'seit zweieinhalb Jahren', 'zweieinhalb Jahren', 2.5, 'year', 'duration'],
  ['de', 'Die Stadt hat dreieinhalb Millionen Einwohner', 'dreieinhalb Millionen', 3500000, undefined, 'count'],
  ['de', 'Eine halbe Million Menschen', 'Eine halbe Million', 500000, undefined, 'count'],
  ['de', 'ein halbes Dutzend Dörfer', 'ein halbes Dutzend', 6, undefined, 'count'],
  ['de', '12 Kubikmeter Beton', '12 Kubikmeter', 12, 'm³', 'quantity'],
  // vague quantities
  ['en', 'thousands of soldiers', 'thousands', 1000, undefined, 'vague'],
  ['en', 'tens of thousands of civilians', 'tens of thousands', 10000, undefined, 'vague'],
  ['de', 'Zehntausende von Zivilisten', 'Zehntausende', 10000, undefined, 'vague'],
  ['en', 'Dozens of people were hurt.', 'Dozens', 12, undefined, 'vague'],
  ['en', 'hundreds of millions of dollars', 'hundreds of millions', 1e8, undefined, 'vague'],
  ['de', 'Dutzende Menschen wurden verletzt.', 'Dutzende', 12, undefined, 'vague'],
  // percentages
  ['en', 'up 12.5% on the year', '12.5%', 12.5, '%', 'percent'],
  ['de', 'ein Plus von 2,4 Prozent', '2,4 Prozent', 2.4, '%', 'percent'],
  ['de', 'um 15 % gestiegen', '15 %', 15, '%', 'percent'],
  ['en', 'rose 3 per cent', '3 per cent', 3, '%', 'percent'],
  ['en', 'fell 2 percentage points', '2 percentage points', 2, 'pp', 'percent'],
  ['de', 'sank um 2 Prozentpunkte', '2 Prozentpunkte', 2, 'pp', 'percent'],
  // money
  ['en', 'a $48.2 million deal', '$48.2 million', 48200000, 'USD', 'money'],
  ['en', 'costs of EUR 15', 'EUR 15', 15, 'EUR', 'money'],
  ['en', 'damage of 3.2 million euros', '3.2 million euros', 3200000, 'EUR', 'money'],
  ['de', 'ein Schaden von 20 Dollar', '20 Dollar', 20, 'USD', 'money'],
  // quantities and durations
  ['en', 'advanced up to 20 kilometers', '20 kilometers', 20, 'km', 'quantity', 'up-to'],
  ['de', 'rund 20 Kilometer weit', '20 Kilometer', 20, 'km', 'quantity', 'about'],
  ['en', 'a 12-mile trip', '12-mile', 12, 'mi', 'quantity'],
  ['de', 'ein Pegel von 7,42 Metern', '7,42 Metern', 7.42, 'm', 'quantity'],
  ['de', '300 Tonnen Ladung', '300 Tonnen', 300, 't', 'quantity'],
  ['de', 'bei 6 Grad Celsius', '6 Grad Celsius', 6, '°C', 'quantity'],
  ['en', 'a 400 megawatts plant', '400 megawatts', 400, 'MW', 'quantity'],
  ['en', 'in the last 24 hours', '24 hours', 24, 'hour', 'duration'],
  ['de', 'in den letzten 24 Stunden', '24 Stunden', 24, 'hour', 'duration'],
  ['de', 'seit drei Wochen', 'drei Wochen', 3, 'week', 'duration'],
  // money: every ISO 4217 code, everyday names and symbols, before or after the number
  ['en', 'a fine of 42 KWD', '42 KWD', 42, 'KWD', 'money'],
  ['en', 'a fine of 42 kuwaiti dinar', '42 kuwaiti dinar', 42, 'KWD', 'money'],
  ['en', 'worth CAD3.03 each', 'CAD3.03', 3.03, 'CAD', 'money'],
  ['en', 'a loan of Rs. 20 only', 'Rs. 20', 20, 'INR', 'money'],
  ['en', 'priced at 100₾ today', '100₾', 100, 'GEL', 'money'],
  ['en', 'Supply limit: ₿21,000,000', '₿21,000,000', 21e6, 'BTC', 'money'],
  ['en', 'an increase to 120 MEUR', '120 MEUR', 120e6, 'EUR', 'money'],
  ['en', 'They lost 75 USD million.', '75 USD million', 75e6, 'USD', 'money'],
  ['en', 'rmb 10 and usd 20', 'rmb 10', 10, 'CNY', 'money'],
  ['en', 'a fee of 42 SAR', '42 SAR', 42, 'SAR', 'money'],
  ['en', 'a 12-cent-a-share dividend', '12-cent', 12, 'cent', 'money'],
  ['en', 'above a dollar and 42 cents', 'a dollar and 42 cents', 1.42, 'USD', 'money', 'more-than'],
  ['en', 'it cost 15 dollars fifty.', '15 dollars fifty', 15.5, 'USD', 'money'],
  ['en', 'a loan of 12,34,567.89 rupees', '12,34,567.89 rupees', 1234567.89, 'INR', 'money'],
  ['en', 'a 16-bit chip', '16-bit', 16, 'bit', 'quantity'],
  ['en', 'There were six.', 'six', 6, undefined, 'count'],
  ['en', 'within forty-five (45) days', 'forty-five (45)', 45, undefined, 'count'],
  ['en', 'it weighs 1 k.g. only', '1 k.g.', 1, 'kg', 'quantity'],
  ['de', 'Für Doppel sind es 4,18m^2 mehr', '4,18m^2', 4.18, 'm²', 'quantity'],
  ['en', 'The weight is 20 (kg).', '20 (kg)', 20, 'kg', 'quantity'],
  // money: an amount and its cents, coins and slang
  ['en', 'it only cost 3 dollars 50 cents', '3 dollars 50 cents', 3.5, 'USD', 'money'],
  ['en', 'it cost $20 and 43c.', '$20 and 43c', 20.43, 'USD', 'money'],
  ['de', 'zwei Euro und fünfzig Cent', 'zwei Euro und fünfzig Cent', 2.5, 'EUR', 'money'],
  ['en', 'he lost 10 grand', '10 grand', 10000, 'USD', 'money'],
  ['en', 'twenty nickels in a jar', 'twenty nickels', 1, 'USD', 'money'],
  ['de', 'Hast du einen Euro für mich?', 'einen Euro', 1, 'EUR', 'money'],
  // one of a unit, or a fraction of it, without digits
  ['en', 'a kilogram of rice', 'a kilogram', 1, 'kg', 'quantity'],
  ['en', 'half a litre of milk', 'half a litre', 0.5, 'l', 'quantity'],
  ['de', 'ein halber Liter Milch', 'ein halber Liter', 0.5, 'l', 'quantity'],
  // scales people write: Indian English, plurals, abbreviations glued to digits
  ['en', 'a loan of 35 lakh rupees', '35 lakh rupees', 3.5e6, 'INR', 'money'],
  ['en', 'three crore people', 'three crore', 3e7, undefined, 'count'],
  ['en', 'three thousand millions of them', 'three thousand millions', 3e9, undefined, 'count'],
  ['en', 'It cost 1.2M last year.', '1.2M', 1.2e6, undefined, 'count'],
  ['en', 'either 10 bln or more', '10 bln', 1e10, undefined, 'count'],
  ['de', 'Es waren 100k Besucher.', '100k', 1e5, undefined, 'count'],
  // scientific notation
  ['en', 'a mass of 1.3e6 tonnes', '1.3e6 tonnes', 1.3e6, 't', 'quantity'],
  ['en', 'a rate of 6.23 x 10^-4 here', '6.23 x 10^-4', 6.23e-4, undefined, 'count'],
  // numbers in parts
  ['en', '4 thousand 3 hundred and 21 votes', '4 thousand 3 hundred and 21', 4321, undefined, 'count'],
  ['en', 'The population is 3 million and a half', '3 million and a half', 3.5e6, undefined, 'count'],
  ['en', 'five and a half million fish', 'five and a half million', 5.5e6, undefined, 'count'],
  ['en', 'It costs a quarter million us dollars.', 'a quarter million us dollars', 250000, 'USD', 'money'],
  ['en', 'two thirds of a million voters', 'two thirds of a million', 2e6 / 3, undefined, 'count'],
  ['en', 'half a dozen eggs', 'half a dozen', 6, undefined, 'count'],
  ['en', 'two point two million people', 'two point two million', 2.2e6, undefined, 'count'],
  ['de', 'zwei Komma drei Punkte', 'zwei Komma drei', 2.3, undefined, 'count'],
  ['de', 'zwei Millionen eintausendeinhundertfünfzig', 'zwei Millionen eintausendeinhundertfünfzig', 2001150, undefined, 'count'],
  ['de', 'Die Zahl ist fünf und drei Viertel Milliarden', 'fünf und drei Viertel Milliarden', 5.75e9, undefined, 'count'],
  ['de', 'drei halbe Brote', 'drei halbe', 1.5, undefined, 'count'],
  ['de', 'im Jahr achtzehnhundertzweiundfünfzig', 'achtzehnhundertzweiundfünfzig', 1852, undefined, 'count'],
  ['de', 'fuenfzig Leute', 'fuenfzig', 50, undefined, 'count'],
  // ratios and spoken fractions
  ['en', 'one out of three adults', 'one out of three', 1 / 3, undefined, 'count'],
  ['en', '1 in 5 adults smoke', '1 in 5', 0.2, undefined, 'count'],
  ['en', 'Six in 10 Americans agree', 'Six in 10', 0.6, undefined, 'count'],
  ['en', 'A $1.2-billion deal', '$1.2-billion', 1.2e9, 'USD', 'money'],
  ['en', 'Some 2m people live there.', '2m', 2e6, undefined, 'count', 'about'],
  ['en', 'It pumps 5m barrels a day.', '5m barrels', 5e6, 'bbl', 'quantity'],
  ['en', 'He won the 400m hurdles.', '400m', 400, 'm', 'quantity'],
  ['en', 'He ran 100m in 9.58 seconds.', '9.58 seconds', 9.58, 'second', 'duration'],
  ['en', 'a 2.5-million-euro fund', '2.5-million-euro', 2.5e6, 'EUR', 'money'],
  ['en', 'one in every five adults', 'one in every five', 0.2, undefined, 'count'],
  ['en', 'one over twenty', 'one over twenty', 0.05, undefined, 'count'],
  ['en', 'one twenty-fifth of the budget', 'one twenty-fifth', 0.04, undefined, 'count'],
  // quantities
  ['en', 'he is 5 feet 2 inches tall', '5 feet 2 inches', 5 + 2 / 12, 'ft', 'quantity'],
  ['en', 'a walk of 2 km and 1 meter', '2 km and 1 meter', 2.001, 'km', 'quantity'],
  ['en', 'set it to 70 degrees f', '70 degrees f', 70, '°F', 'quantity'],
  ['en', 'it was 2 degrees below zero', '2 degrees below zero', -2, '°', 'quantity'],
  ['en', 'about 50 gigabytes of data', '50 gigabytes', 50, 'GB', 'quantity', 'about'],
  ['en', 'The weight is 120 μg', '120 μg', 120, 'µg', 'quantity'],
  ['de', 'mindestens vier ml', 'vier ml', 4, 'ml', 'quantity', 'at-least'],
  // bounds
  ['en', 'lower than 7€', '7€', 7, 'EUR', 'money', 'less-than'],
  ['en', 'exactly 42 bucks', '42 bucks', 42, 'USD', 'money', 'exactly'],
  ['en', 'exceeding 2 hectoliters', '2 hectoliters', 2, 'hl', 'quantity', 'more-than'],
  ['en', 'we saw ~ four', 'four', 4, undefined, 'count', 'about'],
  // English "pounds": money, unless the words just before speak of weight
  ['en', 'It cost 25 pounds.', '25 pounds', 25, 'GBP', 'money'],
  ['en', 'She wanted to drop 25 pounds.', '25 pounds', 25, 'lb', 'quantity'],
  ['en', 'The baby weighed just over two pounds.', 'two pounds', 2, 'lb', 'quantity', 'more-than'],
  ['en', 'A metric ton is equal to 2,204.62 pounds.', '2,204.62 pounds', 2204.62, 'lb', 'quantity'],
  ['en', 'He lost his bet and paid 40 pounds.', '40 pounds', 40, 'GBP', 'money'],
  ['en', 'The firm lost 3 million pounds.', '3 million pounds', 3e6, 'GBP', 'money'],
  // German "Pfund": a weight, unless sterling or counted in millions
  ['de', '3 Pfund Mehl', '3 Pfund', 3, 'lb', 'quantity'],
  ['de', 'für 40 Pfund Sterling', '40 Pfund Sterling', 40, 'GBP', 'money'],
  ['de', 'Hilfen von 2,46 Milliarden Pfund', '2,46 Milliarden Pfund', 2.46e9, 'GBP', 'money'],
  // degrees: an angle where a turn or turning is named, else a temperature
  ['en', 'the party made a 180-degree turn', '180-degree', 180, 'deg', 'quantity'],
  ['en', 'rotate the panel 90°', '90°', 90, 'deg', 'quantity'],
  ['de', 'eine 180-Grad-Wende der Partei', '180-Grad', 180, 'deg', 'quantity'],
  ['de', 'das Rad um 90 Grad drehen', '90 Grad', 90, 'deg', 'quantity'],
  ['en', 'at an angle of 45 degrees', '45 degrees', 45, 'deg', 'quantity'],
  ['en', 'it reached 35 degrees in Rome', '35 degrees', 35, '°', 'quantity'],
  ['en', 'the weather turned 10 degrees colder', '10 degrees', 10, '°', 'quantity'],
  ['de', 'es waren 35 Grad im Schatten', '35 Grad', 35, '°', 'quantity'],
  // "half" as a share or half a duration
  ['en', 'More than half of voters said yes.', 'half', 0.5, undefined, 'count', 'more-than'],
  ['en', 'Half the town left.', 'Half', 0.5, undefined, 'count'],
  ['en', 'Nearly half were children.', 'half', 0.5, undefined, 'count', 'nearly'],
  ['en', 'It took half an hour.', 'half an hour', 0.5, 'hour', 'duration'],
  ['en', 'It took half a day.', 'half a day', 0.5, 'day', 'duration'],
  ['en', 'Prices fell by half in 2023.', 'half', 0.5, undefined, 'count'],
  ['de', 'Mehr als die Hälfte der Wähler', 'die Hälfte', 0.5, undefined, 'count', 'more-than'],
  ['de', 'Die Stadt hat ihr Budget um die Hälfte gesenkt', 'die Hälfte', 0.5, undefined, 'count'],
  // German shares: one in N and ratios
  ['de', 'Jeder fünfte Deutsche ist betroffen.', 'Jeder fünfte', 0.2, undefined, 'count'],
  ['de', 'Das betrifft jeden Zwanzigsten.', 'jeden Zwanzigsten', 0.05, undefined, 'count'],
  ['de', 'Einer von zehn kam.', 'Einer von zehn', 0.1, undefined, 'count'],
  ['de', 'Zwei von drei Befragten', 'Zwei von drei', 2 / 3, undefined, 'count'],
  ['de', 'fast 3 von 4 Schulen', '3 von 4', 0.75, undefined, 'count', 'nearly'],
  // German adjectives of duration, with digits or glued to the number word
  ['de', 'ein 24-jähriger Mann', '24-jähriger', 24, 'year', 'duration'],
  ['de', 'Der 45-Jährige wurde festgenommen.', '45-Jährige', 45, 'year', 'duration'],
  ['de', 'die zweitägige Konferenz', 'zweitägige', 2, 'day', 'duration'],
  ['de', 'ein 3-stündiger Einsatz', '3-stündiger', 3, 'hour', 'duration'],
  ['de', 'eine dreijährige Haftstrafe', 'dreijährige', 3, 'year', 'duration'],
  // a temperature's letter glued to the digits
  ['en', 'Temperatures hit 40C on Friday.', '40C', 40, '°C', 'quantity'],
  ['en', 'The high was 104F in Phoenix.', '104F', 104, '°F', 'quantity'],
  ['en', 'to limit warming to 1.5C', '1.5C', 1.5, '°C', 'quantity'],
  // dates and years
  ['en', 'which began on 6 August', '6 August', 806, undefined, 'date'],
  ['de', 'der am 6. August begann', '6. August', 806, undefined, 'date'],
  ['en', 'which began on August 6', 'August 6', 806, undefined, 'date'],
  ['en', 'on Aug. 6, 2024 it began', 'Aug. 6, 2024', 20240806, undefined, 'date'],
  ['de', 'am 06.08.2024 begann', '06.08.2024', 20240806, undefined, 'date'],
  ['en', 'since the war began in 2022', '2022', 2022, undefined, 'year'],
  ['de', 'seit 2022 im Krieg', '2022', 2022, undefined, 'year'],
];

describe('figure recognition', () => {
  for (const [lang, text, figureText, value, unit, kind, hedge] of CASES) {
    it(`${lang}: "${text}" → ${figureText} = ${value}${unit ? ' ' + unit : ''} (${kind}${hedge ? ', ' + hedge : ''})`, () => {
      const figures = extractFigures(text, lang);
      const figure = figures.find((f) => f.text === figureText);
      assert.ok(figure, `no figure "${figureText}" in ${JSON.stringify(figures.map((f) => f.text))}`);
      assert.ok(Math.abs(figure.value - value) < 1e-9, `value ${figure.value}`);
      assert.equal(figure.unit, unit);
      assert.equal(figure.kind, kind);
      assert.equal(figure.hedge, hedge);
      assert.equal(text.slice(figure.span.start, figure.span.end), figureText, 'span matches the text');
    });
  }

  it('records the noun a count counts', () => {
    assert.equal(extractFigures('Over 76,000 people have been evacuated.', 'en')[0].noun, 'people');
    assert.equal(extractFigures('Mehr als 3.000 Menschen', 'de')[0].noun, 'Menschen');
  });

  it('resolves "3.000" in an English text by the document, not the token', () => {
    // Alone in English, "3.000" is three with three decimals...
    assert.equal(extractFigures('They counted 3.000 exactly.', 'en')[0].value, 3);
    // ...but an English-language text that writes 1.250.000 groups thousands with dots throughout.
    const text = 'They counted 3.000 votes out of 1.250.000 cast.';
    assert.deepEqual(extractFigures(text, 'en').map((f) => f.value), [3000, 1250000]);
  });

  it('resolves "4,800" in a German text by the document', () => {
    assert.equal(extractFigures('Es waren 4,800 Meter.', 'de')[0].value, 4.8);
    assert.deepEqual(extractFigures('Es waren 4,800 von 1,250,000 Stimmen.', 'de').map((f) => f.value), [4800, 1250000]);
  });

  it('reads no figure inside identifiers', () => {
    assert.deepEqual(extractFigures('The COVID-19 rules and B2B trade in the A4 format.', 'en').map((f) => f.text), []);
  });
});

describe('what stays apart, and what is no figure', () => {
  const texts = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => f.text);
  it('keeps two amounts apart when the second counts something', () => {
    assert.deepEqual(texts('It cost 15 dollars and 15 people paid.', 'en'), ['15 dollars', '15']);
  });
  it('reads a period after "over" and a count before "in" as separate figures', () => {
    assert.deepEqual(texts('I want to earn $2000 over 3 years', 'en'), ['$2000', '3 years']);
    assert.deepEqual(texts('The result is 8 in 5', 'en'), ['8', '5']);
    assert.deepEqual(texts('He scored 2 in 3 minutes', 'en'), ['2', '3 minutes']);
    assert.deepEqual(texts('Sales rose 5 over 2023.', 'en'), ['5', '2023']);
    assert.deepEqual(texts('It has 50,000 in 2020 and 2 in April.', 'en'), ['50,000', '2020', '2']);
  });
  it('gives a currency code run into digits to those digits', () => {
    assert.deepEqual(extractFigures('we give away 3 USD50 cards', 'en').map((f) => [f.text, f.unit ?? null]), [['3', null], ['USD50', 'USD']]);
  });
  it('reads both ends of a range', () => {
    assert.deepEqual(texts('Between 10-20 people came.', 'en'), ['10', '20']);
    assert.deepEqual(extractFigures('a 75 -300mm lens at -5 degrees', 'en').map((f) => f.value), [75, 300, -5]);
    assert.deepEqual(extractFigures('rates of 5.25%-5.5% and (-3) or "-4"', 'en').map((f) => [f.text, f.value]), [['5.25%', 5.25], ['5.5%', 5.5], ['-3', -3], ['-4', -4]]);
  });
  it('reads no currency in a capitalized word that is also a code', () => {
    assert.deepEqual(extractFigures('TOP 10 lists', 'en').map((f) => f.kind), ['count']);
    const [figure] = extractFigures('ALL 5 solutions are wrong.', 'en');
    assert.equal(figure.text, '5');
    assert.equal(figure.kind, 'count');
  });
  it('reads no figure in ordinals, networks, codes, coin metals, "a year" and web addresses', () => {
    assert.deepEqual(texts('the twenty-fifth anniversary', 'en'), []);
    assert.deepEqual(texts('The 5G network and SCP-173m', 'en'), []);
    assert.deepEqual(texts('the scp2-173m and FX3-200 codes', 'en'), []);
    assert.deepEqual(extractFigures('Part 24703 L-202 ships', 'en').map((f) => [f.text, f.kind]), [['24703', 'count']]);
    assert.deepEqual(texts('Boeing 737-800 jets in 2020-21', 'en'), ['737', '800', '2020', '21']);
    assert.deepEqual(texts('nickel prices rose a year ago', 'en'), []);
    assert.deepEqual(texts('a foot in the door, not an inch, a cup of tea, a mile away', 'en'), []);
    assert.deepEqual(texts('the dollar 1.2 percent higher', 'en'), ['1.2 percent']);
    assert.deepEqual(texts('a grand jury heard two grand pianos', 'en'), ['two']);
    assert.ok(!extractFigures('Such cars are a dime a dozen and turn on a dime.', 'en').some((f) => f.kind === 'money'));
    assert.deepEqual(extractFigures('Article 5c applies', 'en').map((f) => f.kind), []);
    assert.deepEqual(extractFigures('Form 5B is due', 'en').map((f) => f.value), []);
    assert.deepEqual(extractFigures('a $5B deal and 1.2B users', 'en').map((f) => f.value), [5e9, 1.2e9]);
    assert.deepEqual(texts('See https://www.test.com/search?q=30%25%2020% and www.example.org/2024/06/', 'en'), []);
  });
  it('reads no share in a half that names a part', () => {
    assert.deepEqual(texts('in the second half of 2024, the other half of them, cut in half, at half-time', 'en'), ['2024']);
    assert.deepEqual(texts('In der ersten Hälfte des Jahres und die andere Hälfte', 'de'), []);
    // German nouns are capitalized: a lower-case word after a count is no noun.
    assert.equal(extractFigures('3 wurden gerettet', 'de')[0].noun, undefined);
  });
  it('reads no German ratio in a frequency, a measure or a change', () => {
    assert.deepEqual(texts('Er kommt jeden zweiten Tag und jedes dritte Mal.', 'de'), []);
    assert.deepEqual(texts('2 von 3 Prozent; die Zahl stieg von 3 auf 4; 10 von 2023', 'de'), ['2', '3 Prozent', '3', '4', '10', '2023']);
    assert.deepEqual(texts('2 von 3 Euro; eine von 19 Nanometern', 'de'), ['2', '3 Euro', '19 Nanometern']);
  });
  it('reads German ordinals in every case', () => {
    const ordinals = ['fünfte', 'Fünften', 'dritter', 'sechste', 'zwanzigste', 'einundzwanzigsten', 'hundertste', 'siebte', 'achten', 'zweites', 'Haus'];
    assert.deepEqual(ordinals.map(germanOrdinal), [5, 5, 3, 6, 20, 21, 100, 7, 8, 2, undefined]);
  });
  it('reads no figure in a time of day, but keeps scores, durations and amounts', () => {
    assert.deepEqual(texts('at 5 p.m. on Monday, at 10:30 a.m., at 5pm, at 17:00 GMT', 'en'), []);
    assert.deepEqual(texts('um 17 Uhr, um 17.30 Uhr, um 10:30 Uhr', 'de'), []);
    assert.deepEqual(texts('a 2:1 win, a 3 h drive, 5 amendments, 25:00', 'en'), ['2', '1', '3 h', '5', '25', '00']);
    assert.deepEqual(texts('5 Uhren für 12,30 Euro', 'de'), ['5', '12,30 Euro']);
  });
  it('reads no temperature in a label with a letter', () => {
    assert.deepEqual(texts('In the heat, Section 5C applies to the iPhone 15C in seat 14F, not 300C.', 'en'), []);
    assert.deepEqual(texts('When must 13F be filed? Profit was 14.7C/share.', 'en'), []);
  });
  it('reads a slashed pair as a fraction only when it is one', () => {
    assert.deepEqual(texts('the 9/11 attacks, open 24/7, 20/20 vision, on 3/15', 'en'), []);
    assert.deepEqual(extractFigures('1/3 of voters, 2 1/4 miles, 2/1000 kilograms', 'en').map((f) => [f.text, f.value]), [['1/3', 0.333333333333333], ['2 1/4 miles', 2.25], ['2/1000 kilograms', 0.002]]);
  });
  it('reads a number that names a place in a series as an ordinal, not a count', () => {
    const kinds = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => [f.text, f.kind]);
    assert.deepEqual(kinds('Under Article 5, Route 66 and Section 230, 5 articles', 'en'), [['5', 'ordinal'], ['66', 'ordinal'], ['230', 'ordinal'], ['5', 'count']]);
    assert.deepEqual(kinds('nach § 3 Absatz 2 Nr. 4 und 3 Absätze', 'de'), [['3', 'ordinal'], ['2', 'ordinal'], ['4', 'ordinal'], ['3', 'count']]);
  });
  it('reads no amount in the unit of a rate', () => {
    assert.deepEqual(texts('It costs 20 cents a litre, or 2 Euro pro Liter.', 'en'), ['20 cents', '2 Euro']);
    assert.deepEqual(texts('Buy a litre of milk.', 'en'), ['a litre']);
  });
  it('reads "a quarter" as a fraction, not a coin', () => {
    const [figure] = extractFigures('a quarter of voters', 'en');
    assert.equal(figure.kind, 'count');
    assert.equal(figure.value, 0.25);
  });
  it('keeps "of" out of a quantity and records what it measures', () => {
    const [figure] = extractFigures('two pounds of meat', 'en');
    assert.equal(figure.text, 'two pounds');
    assert.equal(figure.unit, 'lb');
    assert.equal(figure.noun, 'meat');
  });
  it('records the factor of the scale word a figure is written with, and none without one', () => {
    const scales = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => f.scale);
    assert.deepEqual(scales('1.2 million, 12 lakh, 1.2M, £2.5bn, 120 MEUR, 75 USD million, 76,000', 'en'), [1e6, 1e5, 1e6, 1e9, 1e6, 1e6, undefined]);
    assert.deepEqual(scales('twelve million, half a million, two point five billion, ten dimes, 10 grand', 'en'), [1e6, 1e6, 1e9, undefined, undefined]);
    assert.deepEqual(scales('1,5 Mio., zwölf Millionen, eine halbe Milliarde, zwölftausend', 'de'), [1e6, 1e6, 1e9, undefined]);
  });
  it('marks where the number itself is written inside a figure', () => {
    const text = 'a fine of $20 over 3 years';
    const [money, years] = extractFigures(text, 'en');
    assert.equal(text.slice(money.number!.start, money.number!.end), '20');
    assert.equal(text.slice(years.number!.start, years.number!.end), '3');
  });
});

describe('figure recognition at sentence ends', () => {
  it('leaves the full stop after a full month name out of the date', () => {
    const [date] = extractFigures('It began on 6 August. Then it spread.', 'en');
    assert.equal(date.text, '6 August');
  });

  it('leaves the full stop after a fraction, a dozen or a scale out, and takes no noun from the next sentence', () => {
    const read = (text: string, lang: Lang) => extractFigures(text, lang).map((f) => [f.text, f.noun ?? null]);
    assert.deepEqual(read('It was two thirds. Many left.', 'en'), [['two thirds', null]]);
    assert.deepEqual(read('A dozen. Two dozen. A third. Half a million. Then more.', 'en'), [['A dozen', null], ['Two dozen', null], ['A third', null], ['Half a million', null]]);
    assert.deepEqual(read('Es waren zwei Drittel. Es war ein Dutzend. Ein halbes Dutzend. Dann mehr.', 'de'), [['zwei Drittel', null], ['ein Dutzend', null], ['Ein halbes Dutzend', null]]);
  });

  it('keeps the dot of an abbreviated month', () => {
    const [date] = extractFigures('It began on 6 Aug. 2024 at dawn.', 'en');
    assert.equal(date.text, '6 Aug. 2024');
    assert.equal(date.value, 20240806);
  });
});
