/**
 * Figures as claims (issue 14): what a figure counts decides its match. Each rule of matching
 * has a case in every language and is run in every pair of languages, both ways: the source in
 * one language, the draft in another, a draft that must match and one that must not.
 */
import assert from 'node:assert/strict';

import { extractFigures } from '../../../../src/core/figures/extractFigures';
import { FigureIndex } from '../../../../src/core/figures/figureIndex';
import { matchedClaim } from '../../../../src/core/features/matchedClaim';
import { english, render, type Translate } from '../../../../src/core/messages/message';
import { translatorFor } from '../../../../src/cli/locale';
import { matchFigure, sameNumberOtherSubject } from '../../../../src/core/figures/matchFigure';
import type { Lang } from '../../../../src/core/types';

type ByLang = Record<Lang, string>;

interface Rule {
  name: string;
  /** The source passage, in each language. */
  source: ByLang;
  /** A draft figure that the source supports, and how it matches. */
  hit: ByLang;
  kind: 'exact' | 'rounded' | 'converted';
  /** A draft figure the source does not support. */
  miss: ByLang;
}

const RULES: Rule[] = [
  {
    name: 'a hedge reaches only as far as its precision: about 100 for 96, not about 90',
    source: { en: 'A total of 96 people left.', de: 'Insgesamt 96 Menschen gingen.', fr: 'Au total, 96 personnes sont parties.' },
    hit: { en: 'about 100 people', de: 'rund 100 Menschen', fr: 'environ 100 personnes' },
    kind: 'rounded',
    miss: { en: 'about 90 people', de: 'etwa 90 Menschen', fr: 'environ 90 personnes' },
  },
  {
    name: 'a bound holds in its direction: more than 300 for 309, not more than 310',
    source: { en: 'The storm flooded 309 homes.', de: 'Der Sturm überflutete 309 Wohnungen.', fr: 'La tempête a inondé 309 logements.' },
    hit: { en: 'more than 300 homes', de: 'mehr als 300 Wohnungen', fr: 'plus de 300 logements' },
    kind: 'rounded',
    miss: { en: 'more than 310 homes', de: 'mehr als 310 Wohnungen', fr: 'plus de 310 logements' },
  },
  {
    name: 'a conversion holds within the precision of the converted figure: 6 m is 600 cm or 19.5 ft, not 545 cm',
    source: { en: 'The wave was 6 metres high.', de: 'Die Welle war 6 Meter hoch.', fr: 'La vague mesurait 6 mètres.' },
    hit: { en: 'a wave of 19.5 feet', de: 'eine Welle von 600 Zentimetern', fr: 'une vague de 600 centimètres' },
    kind: 'converted',
    miss: { en: 'a wave of 17.9 feet', de: 'eine Welle von 545 Zentimetern', fr: 'une vague de 545 centimètres' },
  },
  {
    name: 'an exact number must count the same: 6 cars are 6 vehicles, 6 reactors are not',
    source: { en: 'Police towed away 6 vehicles.', de: 'Die Polizei schleppte 6 Fahrzeuge ab.', fr: 'La police a remorqué 6 véhicules.' },
    hit: { en: '6 cars', de: '6 Autos', fr: '6 voitures' },
    kind: 'exact',
    miss: { en: '6 reactors', de: '6 Reaktoren', fr: '6 réacteurs' },
  },
  {
    name: 'a signed change is its verb: -3.8 percent is a fall of 3.8 percent, not a rise',
    source: {
      en: 'Output fell 3.8 percent in May and rose 2.1 percent in June.',
      de: 'Die Produktion ist im Mai um 3,8 Prozent gesunken und im Juni um 2,1 Prozent gestiegen.',
      fr: 'La production a baissé de 3,8 % en mai et augmenté de 2,1 % en juin.',
    },
    hit: { en: 'a change of -3.8 percent', de: 'eine Veränderung von -3,8 Prozent', fr: 'une variation de -3,8 %' },
    kind: 'exact',
    miss: { en: 'a change of -2.1 percent', de: 'eine Veränderung von -2,1 Prozent', fr: 'une variation de -2,1 %' },
  },
];

const LANGS: Lang[] = ['en', 'de', 'fr'];
const PAIRS = LANGS.flatMap((source) => LANGS.filter((draft) => draft !== source).map((draft) => [source, draft] as const));

function indexOf(text: string, lang: Lang): FigureIndex {
  const index = new FigureIndex();
  for (const figure of extractFigures(text, lang)) index.add({ figure, sourceKey: 'src', paragraph: 1 });
  return index;
}

function onlyFigure(text: string, lang: Lang) {
  const figures = extractFigures(text, lang).filter((f) => f.kind !== 'ordinal');
  assert.equal(figures.length, 1, `one figure in "${text}" (${lang}): ${figures.map((f) => f.text).join(', ')}`);
  return figures[0];
}

describe('figures as claims: matching rules in every pair of languages', () => {
  for (const rule of RULES) {
    describe(rule.name, () => {
      for (const [sourceLang, draftLang] of PAIRS) {
        it(`${draftLang} draft against a ${sourceLang} source`, () => {
          const index = indexOf(rule.source[sourceLang], sourceLang);
          const hit = matchFigure(onlyFigure(rule.hit[draftLang], draftLang), index);
          assert.equal(hit?.kind, rule.kind, `"${rule.hit[draftLang]}" against "${rule.source[sourceLang]}": ${JSON.stringify(hit?.source.figure.text)}`);
          const miss = matchFigure(onlyFigure(rule.miss[draftLang], draftLang), index);
          assert.equal(miss, undefined, `"${rule.miss[draftLang]}" against "${rule.source[sourceLang]}" matched ${miss?.source.figure.text}`);
        });
      }
    });
  }
});

describe('figures as claims: a number about something else', () => {
  for (const [sourceLang, draftLang] of PAIRS) {
    it(`names the source figure with the number and another subject (${draftLang} draft, ${sourceLang} source)`, () => {
      const rule = RULES.find((r) => r.kind === 'exact' && r.miss.en === '6 reactors')!;
      const others = sameNumberOtherSubject(onlyFigure(rule.miss[draftLang], draftLang), indexOf(rule.source[sourceLang], sourceLang));
      assert.deepEqual(others.map((o) => [o.figure.value, o.figure.subject]), [[6, 'vehicle']]);
      assert.deepEqual(sameNumberOtherSubject(onlyFigure(rule.hit[draftLang], draftLang), indexOf(rule.source[sourceLang], sourceLang)), []);
    });
  }
});

describe('figures as claims: kinds that never match each other', () => {
  const cases: Array<[draft: string, draftLang: Lang, source: string, sourceLang: Lang, kind: string | undefined]> = [
    // An age is no count: "about 100 people" is not "aged 75", "about 40 women" not "aged 45".
    ['about 100 people', 'en', 'A man aged 75 was among them.', 'en', undefined],
    ['rund 40 Frauen', 'de', 'A woman aged 40 was among them.', 'en', undefined],
    ['a 75-year-old', 'en', 'Ein Mann im Alter von 75 Jahren starb.', 'de', 'exact'],
    ['un homme âgé de 28 ans', 'fr', 'im Alter von 28, 56 und 78 Jahren', 'de', 'exact'],
    ['un homme âgé de 78 ans', 'fr', 'im Alter von 28, 56 und 78 Jahren', 'de', 'exact'],
    // Whole numbers are no shares.
    ['98 percent', 'en', 'It is one of the continents.', 'en', undefined],
    ['0.53 percent', 'en', 'The net-zero target stands.', 'en', undefined],
    ['0,53 Prozent', 'de', 'Zero emissions by 2040.', 'en', undefined],
    // Units of one family convert; durations too.
    ['two weeks', 'en', 'Die Sperre dauert 14 Tage.', 'de', 'converted'],
    ['554 centimetres', 'en', 'Sie sprang 5,54 Meter hoch.', 'de', 'converted'],
    ['12 heures', 'fr', 'It took half a day.', 'en', 'converted'],
    // A conversion stays near the figure and on its bound's side: 24 days are not three weeks.
    ['mindestens 24 Tage', 'de', 'Stay home for three weeks.', 'en', undefined],
    ['mindestens 21 Tage', 'de', 'Stay home for three weeks.', 'en', 'converted'],
    // A share counts what the noun before it names: growth is not inflation.
    ['1,4 Prozent Wachstum', 'de', 'une croissance de 1,1 % et une inflation de 1,4 %', 'fr', undefined],
    ['1,4 Prozent Inflation', 'de', 'une croissance de 1,1 % et une inflation de 1,4 %', 'fr', 'exact'],
    ['1,5 Tonnen', 'de', 'It weighed 1,500 kilograms.', 'en', 'converted'],
    // Villages are places: five villages are five Dörfer, not five residents.
    ['5 villages', 'en', 'Das Hochwasser schnitt 5 Dörfer ab.', 'de', 'exact'],
    ['5 villages', 'en', 'Das Hochwasser traf 5 Einwohner.', 'de', undefined],
    // A basis point is a hundredth of a percentage point, in every language.
    ['0.75 percentage points', 'en', 'Die Notenbank erhöhte den Leitzins um 75 Basispunkte.', 'de', 'converted'],
    ['75 points de base', 'fr', 'The bank raised rates by 0.75 percentage points.', 'en', 'converted'],
    ['75 bps', 'en', 'La banque a relevé ses taux de 75 points de base.', 'fr', 'exact'],
    ['0.5 percentage points', 'en', 'Die Notenbank erhöhte den Leitzins um 75 Basispunkte.', 'de', undefined],
    ['250 millilitres', 'en', 'Une bouteille de 0,25 litre.', 'fr', 'converted'],
    // A year alone is said by a month of it, not by another year's month.
    ['in 1962', 'en', 'Bei der Flut im Februar 1962 starben Hunderte.', 'de', 'exact'],
    ['en 1963', 'fr', 'Bei der Flut im Februar 1962 starben Hunderte.', 'de', undefined],
    // A bare amount in billions is money where the other side says so, never a count of something.
    ['steigt um 1,3 Milliarden', 'de', 'Defence gets €1.3 billion more.', 'en', 'exact'],
    ['€1.3 billion', 'en', 'Der Etat steigt um 1,3 Milliarden.', 'de', 'exact'],
    ['€1.3 billion', 'en', 'Es gibt 1,3 Milliarden Menschen.', 'de', undefined],
    // One voter, one vote: a share of the votes is a share of the voters, not of the patients.
    ['avec 12,6 points des voix', 'fr', 'ein Plus von 12,6 Prozentpunkten gegenüber der Wahl 2019', 'de', 'exact'],
    ['avec 12,6 points des voix', 'fr', 'Es waren 12,6 Prozentpunkte der Patienten.', 'de', undefined],
    // A price in the subunit: cents of a euro or dollar, pence of a pound.
    ['25,16 Cent', 'de', 'Le kilowattheure passera à 0,2516 euro.', 'fr', 'converted'],
    ['24,16 Cent', 'de', 'Le kilowattheure passera à 0,2516 euro.', 'fr', undefined],
    ['£0.27', 'en', 'Strom kostet 27 Pence pro Kilowattstunde.', 'de', 'converted'],
    ['0,27 euro', 'fr', 'Power costs 27p a unit.', 'en', undefined],
    // Days counted as occasions are a number of days, either way round, and never another count.
    ['96 days of hearings', 'en', 'An 96 Verhandlungstagen wurden Zeugen gehört.', 'de', 'exact'],
    ['an 23 Tagen', 'de', 'Prices fell below zero on 23 days in March.', 'en', 'exact'],
    ['23 jours', 'fr', 'Prices fell below zero on 23 days in March.', 'en', 'exact'],
    ['on 23 days', 'en', 'Le chantier a duré 23 jours.', 'fr', 'exact'],
    ['on 24 days', 'en', 'Le chantier a duré 23 jours.', 'fr', undefined],
    ['23 Tage', 'de', 'A crowd of 23 people came.', 'en', undefined],
    // The starters of a race: "coureurs" are riders on a bike and runners on foot.
    ['Three riders abandoned', 'en', "l'abandon de trois coureurs", 'fr', 'exact'],
    ['Three riders abandoned', 'en', 'trois voitures', 'fr', undefined],
    // A strict bound excludes its own number; "over" may say "amounting to" and does not.
    ['more than €375,000', 'en', 'La peine maximale est de 375 000 euros.', 'fr', undefined],
    ['more than 120 homes', 'en', 'Der Sturm zerstörte 120 Wohnungen.', 'de', undefined],
    ['more than 120 homes', 'en', 'Mehr als 120 Wohnungen wurden zerstört.', 'de', 'exact'],
    ['more than 120 homes', 'en', 'Der Sturm zerstörte 123 Wohnungen.', 'de', 'rounded'],
    ['a deal over €1.2 billion', 'en', 'Das Paket umfasst 1,2 Milliarden Euro.', 'de', 'exact'],
    // A hedge: "about 10 months" is not eight.
    ['rund zehn Monate nach dem Anschlag', 'de', 'around eight months after the attack', 'en', undefined],
    ['rund acht Monate nach dem Anschlag', 'de', 'around eight months after the attack', 'en', 'exact'],
  ];
  for (const [draft, dl, source, sl, kind] of cases) {
    it(`"${draft}" (${dl}) ${kind ? `matches "${source}" (${sl}) as ${kind}` : `matches nothing in "${source}" (${sl})`}`, () => {
      const [figure] = extractFigures(draft, dl);
      assert.ok(figure, `no figure in "${draft}"`);
      const result = matchFigure(figure, indexOf(source, sl));
      assert.equal(result?.kind, kind, JSON.stringify(result?.source.figure));
    });
  }
});

describe('figures as claims: what the hover and This Draft say was matched', () => {
  const said = (draft: string, dl: Lang, source: string, sl: Lang, translate: Translate = english) => {
    const figure = onlyFigure(draft, dl);
    const match = matchFigure(figure, indexOf(source, sl));
    assert.ok(match, `"${draft}" matches "${source}"`);
    const claim = matchedClaim(figure, match);
    return claim && render(claim, translate);
  };
  it('names both figures with what they count, and how they matched', () => {
    assert.equal(said('about 76,000 people', 'en', 'Es flohen 76.213 Menschen.', 'de'), '76,000 people ↔ 76.213 Menschen, rounded');
    assert.equal(said('six réacteurs', 'fr', 'The plant has six reactors.', 'en'), 'six réacteurs ↔ six reactors, exact');
  });
  it('says how they matched in the writer\'s language, each figure as its document writes it', () => {
    const german = translatorFor('de');
    assert.equal(said('about 76,000 people', 'en', 'Es flohen 76.213 Menschen.', 'de', german), '76,000 people ↔ 76.213 Menschen, gerundet');
    assert.equal(said('six réacteurs', 'fr', 'The plant has six reactors.', 'en', german), 'six réacteurs ↔ six reactors, genau');
    assert.equal(said('4 weeks', 'en', 'Es waren 28 Tage Arbeit.', 'de', german), '4 weeks ↔ 28 Tage Arbeit, umgerechnet');
  });
  it('names the claim once where draft and source write it the same', () => {
    assert.equal(said('1,800 workers', 'en', 'The plant employs 1,800 workers.', 'en'), '1,800 workers, exact');
    assert.equal(said('1,800 workers', 'en', 'The plant employs 1,800 workers.', 'en', translatorFor('de')), '1,800 workers, genau');
  });
  it('says nothing more than the number where neither side names what it counts', () => {
    assert.equal(said('It was 1,240.', 'en', 'Es waren 1.240.', 'de'), undefined);
  });
});
