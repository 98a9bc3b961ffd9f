import type { LanguagePack } from '../pack';
import { SYMBOL_UNITS } from '../common/units';
import { readFrenchWords, STARTERS } from './cardinals';
import { FR_CONTEXT } from './context';
import { FR_DOZEN, FR_FRACTIONS, FR_SCALES, FR_SMALL, FR_VAGUE } from './numbers';
import { readFrenchShare } from './shares';
import { FR_UNITS } from './units';

/** French: "120 000", "1 234,5", "quatre-vingt-dix-sept", "2 milliards d'euros", "plus de", "le 1er septembre". */
export const fr: LanguagePack = {
  lang: 'fr',
  name: 'French',
  locale: 'fr-FR',
  // Words that are also English or German words ("des", "on", "son", "pas", "plus") are left out.
  functionWords: [
    'le', 'la', 'les', 'et', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'avec', 'ont', 'sont', 'été', 'cette', 'ces',
    'mais', 'ou', 'aux', 'au', 'il', 'elle', 'ils', 'nous', 'vous', 'leur', 'ne', 'se', 'était', 'selon', 'après', 'depuis', 'être',
  ],
  decimalMark: ',',
  readCardinal: readFrenchWords,
  digitWords: FR_SMALL,
  decimalWords: ['virgule'],
  scales: FR_SCALES,
  spacedScaleAbbreviations: {},
  gluedScales: { always: { k: 1e3, K: 1e3, M: 1e6 }, spaced: { k: 1e3 }, afterCurrency: {}, withDecimals: { G: 1e9, b: 1e9, B: 1e9 } },
  currencyOf: ["d'", 'd’', 'de'],
  dozens: FR_DOZEN,
  fractions: FR_FRACTIONS,
  and: 'et',
  ratioJoints: { sur: 'in' },
  minusWords: ['moins', 'négatif', 'négative', 'negatif', 'negative'],
  belowZero: ['sous zéro', 'en dessous de zéro', 'au-dessous de zéro', 'en-dessous de zéro', 'sous zero', 'en dessous de zero', 'au-dessous de zero'],
  ordinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme', 'nd', 'nde'],
  vague: FR_VAGUE,
  units: [...SYMBOL_UNITS, ...FR_UNITS],
  prepositionUnits: [],
  currencyNames: {
    'livre sterling': 'GBP', 'livres sterling': 'GBP', 'franc suisse': 'CHF', 'francs suisses': 'CHF', yens: 'JPY', centime: 'cent', centimes: 'cent',
    'dollars américains': 'USD', 'dollar américain': 'USD', 'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', 'dollars australiens': 'AUD', roupies: 'INR', roupie: 'INR', 'roupies indiennes': 'INR', yuans: 'CNY',
  },
  coins: {},
  coinIdioms: { after: [], before: [] },
  rateMoneyWords: ['euro', 'euros', 'centime', 'centimes', 'dollar', 'dollars'],
  countedInMillions: [],
  pounds: { forms: [], sense: 'money', moneyFromScale: 2, moneyAfter: [], weightWords: [], moneyWords: [] },
  unitLead: { articles: ['un', 'une'], fractions: ['demi', 'demie'], articleAfterFraction: false },
  hedges: [
    [['plus de', "plus d'", 'plus d’', 'plus que', 'au-delà de', 'supérieur à', 'supérieure à'], 'more-than'],
    [['au moins', 'au minimum'], 'at-least'],
    [['environ', 'quelque', 'quelques', 'autour de', 'approximativement', 'à peu près', 'ca.', '~'], 'about'],
    [['près de', 'presque', 'pratiquement', 'quasiment', 'quasi', 'tout juste moins de'], 'nearly'],
    [["jusqu'à", 'jusqu’à'], 'up-to'],
    [['moins de', "moins d'", 'moins d’', 'en dessous de', 'en-dessous de', 'inférieur à', 'inférieure à'], 'less-than'],
    [['au plus', 'au maximum', 'pas plus de'], 'at-most'],
    [['exactement', 'précisément', 'pile'], 'exactly'],
  ],
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fevr: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12, dec: 12,
  },
  monthsAlsoWords: [],
  daySuffixes: ['er'],
  monthFirst: false,
  clockMarkers: [],
  productOf: 'de',
  notNouns: ['de', 'des', 'du', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'ou', 'par', 'pour', 'est', 'sont', 'était', 'étaient', 'ont', 'ont'],
  nounsCapitalized: false,
  readShare: readFrenchShare,
  // The cardinals' first words, and the "la" of "la moitié".
  startsWords: (word) => STARTERS.has(word) || word === 'la',
  context: FR_CONTEXT,
};
