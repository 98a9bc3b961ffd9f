import type { LanguagePack } from '../pack';
import { DE_CONCEPTS } from './concepts';
import { SYMBOL_UNITS } from '../common/units';
import { readGermanWords, startsGermanWords } from './cardinals';
import { parseGermanNumberWord } from './compound';
import { DE_CONTEXT } from './context';
import { DE_CURRENCY_NAMES } from './money';
import { DE_DIGIT_WORDS, DE_DOZEN, DE_FRACTIONS, DE_SCALES, DE_VAGUE } from './numbers';
import { readGermanShare } from './shares';
import { DE_UNITS } from './units';

/** German: "76.000,5", "einhundertzwanzig", "1,5 Mio.", "mehr als", "6. August". */
export const de: LanguagePack = {
  lang: 'de',
  name: 'German',
  locale: 'de-DE',
  // Words that are also English words ("war", "am", "also", "bald") are left out.
  functionWords: [
    'der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'zu', 'sich', 'auf', 'für',
    'wurden', 'wird', 'hat', 'haben', 'dass', 'auch', 'bei', 'im', 'es', 'waren', 'wurde', 'sind', 'wie', 'aus', 'nach', 'noch',
    'nur', 'sie', 'wir', 'ich', 'als', 'oder', 'aber', 'wenn', 'werden', 'kann', 'vor', 'zum', 'zur', 'seit', 'bis', 'einen',
    'einem', 'eines', 'mehr', 'über', 'sowie', 'soll', 'gibt',
  ],
  decimalMark: ',',
  // "rd. 79.000,- € erlöst", "1.800,– Euro": Preise ohne Cent.
  wholeAmountMarks: [',-', ',–', ',--'],
  readCardinal: readGermanWords,
  digitWords: DE_DIGIT_WORDS,
  parseNumberWord: parseGermanNumberWord,
  decimalWords: ['komma'],
  scales: DE_SCALES,
  spacedScaleAbbreviations: {},
  gluedScales: { always: { k: 1e3, K: 1e3, M: 1e6 }, spaced: {}, afterCurrency: {}, withDecimals: { G: 1e9 } },
  dozens: DE_DOZEN,
  fractions: DE_FRACTIONS,
  and: 'und',
  ratioJoints: { von: 'of-whole' },
  minusWords: ['minus', 'negativ'],
  belowZero: ['unter null'],
  ordinalSuffixes: [],
  vague: DE_VAGUE,
  units: [...SYMBOL_UNITS, ...DE_UNITS],
  // "2018 in Berlin": "in" after a number is the preposition, never inches, unless nothing follows.
  prepositionUnits: ['in'],
  currencyNames: DE_CURRENCY_NAMES,
  coins: {},
  coinIdioms: { after: [], before: [] },
  rateMoneyWords: ['euro', 'cent', 'dollar', 'pfund'],
  countedInMillions: [],
  pounds: {
    forms: ['pfund'],
    sense: 'weight',
    moneyFromScale: 1e6,
    moneyFromValue: 100,
    moneyAfter: ['pfund sterling', 'sterling', 'pfund wert', 'pfund im jahr', 'pfund pro', 'pfund je', 'pfund monatlich', 'pfund jährlich', 'pfund mehr', 'pfund weniger'],
    weightWords: ['wiegt', 'wog', 'wiegen', 'schwer', 'schwerer', 'Gewicht', 'abgenommen', 'zugenommen', 'Butter', 'Mehl', 'Kartoffeln'],
    moneyWords: [
      'zahlt', 'zahlen', 'zahlte', 'bezahlt', 'kostet', 'kosten', 'kostete', 'Preis', 'Preisen', 'Geldstrafe', 'Strafe', 'Abgabe', 'Steuer', 'Gebühr',
      'Miete', 'Gehalt', 'Lohn', 'Rechnung', 'Budget', 'verdient', 'verdienen', 'Prämie', 'Entschädigung', 'garantierten', 'Zuschuss', 'Förderung',
      'Kosten', 'Schaden', 'Spende', 'Spenden', 'Einnahmen', 'Ausgaben', 'Rente', 'Grenze', 'Obergrenze',
    ],
  },
  unitLead: {
    articles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
    fractions: ['halbe', 'halber', 'halben', 'halbem', 'halbes', 'viertel', 'drittel', 'zehntel'],
    articleAfterFraction: false,
  },
  hedges: [
    [['mehr als', 'über', 'ueber', 'oberhalb von'], 'more-than'],
    [['mindestens', 'wenigstens'], 'at-least'],
    [['~', 'ca', 'rund', 'rd.', 'etwa', 'ungefähr', 'circa', 'ca.', 'zirka', 'gut'], 'about'],
    [['fast', 'beinahe', 'nahezu', 'knapp'], 'nearly'],
    [['bis zu'], 'up-to'],
    // "nicht einmal 100 Millimeter": not even 100, so fewer.
    [['weniger als', 'unter', 'unterhalb von', 'nicht einmal', 'nicht mal'], 'less-than'],
    [['höchstens', 'maximal'], 'at-most'],
    [['genau', 'exakt'], 'exactly'],
  ],
  months: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, maerz: 3, mär: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6, juli: 7, jul: 7,
    august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  monthsAlsoWords: [],
  daySuffixes: ['.'],
  monthFirst: false,
  clockMarkers: ['Uhr'],
  clockAfterWords: { words: [], markers: [] },
  scoreBefore: ['mit', 'Pause', 'Halbzeit', 'Endstand', 'gewann', 'gewannen', 'siegte', 'siegten', 'verlor', 'verloren', 'unterlag', 'unterlagen', 'schlug', 'schlugen', 'es'],
  notNouns: ['von', 'der', 'die', 'das', 'und', 'im', 'zu', 'oder', 'pro', 'sind', 'waren', 'wurden'],
  nounsCapitalized: true,
  concepts: DE_CONCEPTS,
  readShare: readGermanShare,
  startsWords: startsGermanWords,
  context: DE_CONTEXT,
};
