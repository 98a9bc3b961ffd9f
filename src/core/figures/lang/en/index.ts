import type { LanguagePack } from '../pack';
import { EN_CONCEPTS } from './concepts';
import { SYMBOL_UNITS } from '../common/units';
import { EN_STARTERS, readAndFraction, readEnglishWords } from './cardinals';
import { EN_DOZEN, EN_FRACTIONS, EN_HUNDRED, EN_SCALES, EN_SMALL, EN_VAGUE } from './numbers';
import { readEnglishShare } from './shares';
import { EN_UNITS } from './units';
import { EN_CONTEXT } from './context';
import { EN_CURRENCY_NAMES, EN_COINS } from './money';

/** English: "76,000.5", "one hundred and twenty", "1.2 million", "more than", "August 6". */
export const en: LanguagePack = {
  lang: 'en',
  name: 'English',
  locale: 'en-US',
  functionWords: [
    'the', 'and', 'of', 'to', 'in', 'is', 'that', 'have', 'has', 'was', 'were', 'with', 'for', 'from', 'this', 'which', 'by', 'on',
    'are', 'it', 'as', 'at', 'been', 'not', 'be', 'will', 'would', 'their', 'they', 'he', 'she', 'said', 'or', 'but', 'after', 'than',
  ],
  decimalMark: '.',
  readCardinal: readEnglishWords,
  digitWords: EN_SMALL,
  decimalWords: ['point'],
  scales: { ...EN_SCALES, ...Object.fromEntries([...EN_HUNDRED].map((w) => [w, 100])) },
  spacedScaleAbbreviations: { bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12 },
  gluedScales: {
    always: { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, tln: 1e12 },
    spaced: { k: 1e3, bn: 1e9, mn: 1e6, mln: 1e6, bln: 1e9, tln: 1e12 },
    afterCurrency: { m: 1e6, b: 1e9, B: 1e9 },
    withDecimals: { b: 1e9, B: 1e9, G: 1e9 },
  },
  dozens: EN_DOZEN,
  dozensAfterWordsOnly: ['score'],
  fractions: EN_FRACTIONS,
  and: 'and',
  readAndFraction,
  partsAfterScale: { partScaleWords: ['hundred', 'thousand', 'lakh', 'crore'] },
  ratioJoints: { 'out of': 'out-of', over: 'over', in: 'in' },
  ratioEvery: 'every',
  minusWords: ['minus', 'negative'],
  belowZero: ['below zero'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  vague: EN_VAGUE,
  units: [...SYMBOL_UNITS, ...EN_UNITS],
  prepositionUnits: ['in'],
  currencyNames: EN_CURRENCY_NAMES,
  coins: EN_COINS,
  coinIdioms: { after: ['a dozen'], before: ['on'] },
  rateMoneyWords: ['cent', 'cents', 'pence', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds'],
  countedInMillions: [
    'people', 'persons', 'residents', 'inhabitants', 'citizens', 'users', 'voters', 'viewers', 'customers', 'children', 'adults', 'jobs',
    'homes', 'households', 'visitors', 'passengers', 'subscribers', 'copies', 'members', 'patients', 'doses', 'cases', 'deaths',
    'refugees', 'migrants', 'workers', 'employees', 'pupils', 'students', 'followers', 'readers', 'tourists', 'shares', 'votes',
    'downloads', 'barrels', 'tonnes', 'tons', 'cars', 'vehicles', 'devices', 'phones', 'trees', 'animals', 'acres', 'hectares',
  ],
  pounds: {
    forms: ['pound', 'pounds', 'pound of', 'pounds of'],
    sense: 'money',
    moneyFromScale: 2,
    moneyFromValue: 0,
    moneyAfter: [],
    weightWords: [
      'weigh', 'weighs', 'weighed', 'weighing', 'weight', 'weights', 'lose', 'loses', 'lost', 'losing', 'shed', 'sheds', 'shedding',
      'drop', 'drops', 'dropped', 'dropping', 'gain', 'gains', 'gained', 'gaining', 'heavy', 'heavier', 'heaviest', 'lighter', 'lightest',
      'ton', 'tons', 'tonne', 'tonnes', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kg', 'ounce', 'ounces', 'overweight', 'obese',
    ],
    moneyWords: [
      'pay', 'pays', 'paid', 'paying', 'cost', 'costs', 'costing', 'price', 'priced', 'prices', 'worth', 'fine', 'fined', 'spend', 'spent',
      'earn', 'earns', 'earned', 'earning', 'raise', 'raised', 'salary', 'bill', 'bills', 'fee', 'fees', 'charge', 'charged', 'owe', 'owed',
      'owes', 'bought', 'sold', 'sell', 'sells', 'buy',
    ],
  },
  unitLead: {
    articles: ['a', 'an'],
    fractions: ['half', 'third', 'quarter', 'fourth', 'fifth', 'tenth', 'hundredth', 'thousandth'],
    of: 'of',
    articleAfterFraction: true,
  },
  hedges: [
    [['more than', 'over', 'above', 'in excess of', 'exceeding', 'greater than', 'higher than'], 'more-than'],
    [['at least', 'no fewer than', 'no less than'], 'at-least'],
    [['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', '~', 'approx.', 'ca', 'circa', 'ca.'], 'about'],
    [['nearly', 'almost', 'close to', 'just under'], 'nearly'],
    [['up to', 'as many as'], 'up-to'],
    [['less than', 'fewer than', 'lower than', 'under', 'below'], 'less-than'],
    [['at most', 'no more than', 'not more than'], 'at-most'],
    [['exactly', 'precisely'], 'exactly'],
  ],
  strictHedges: {
    forms: ['more than', 'fewer than', 'less than', 'greater than', 'in excess of'],
    comparedAfter: ['percent', 'per cent', 'points', 'times', 'more', 'fewer', 'less', 'much', 'far', 'no', 'not'],
  },
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  monthsAlsoWords: ['may', 'march', 'mar'],
  daySuffixes: ['.', 'st', 'nd', 'rd', 'th'],
  dayMonthJoint: 'of',
  monthFirst: true,
  // "6/25/2024" in American papers, "25/06/2024" in British ones: a day above 12 decides, and a
  // date that reads both ways ("05/06/2024") matches either (see slashDatesEitherOrder).
  slashDates: 'month-first',
  slashDatesEitherOrder: true,
  clockMarkers: ['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', 'AM', 'PM'],
  clockAfterWords: { words: [], markers: [] },
  scoreBefore: ['won', 'beat', 'lost', 'led', 'leading', 'trailed', 'trailing', 'draw', 'victory', 'defeat', 'win', 'score'],
  productOf: 'of',
  notNouns: ['of', 'the', 'and', 'in', 'to', 'or', 'per', 'is', 'are', 'was', 'were'],
  nounsCapitalized: false,
  concepts: EN_CONCEPTS,
  readShare: readEnglishShare,
  // The cardinals' first words; the share is "half", one of them.
  startsWords: (word) => EN_STARTERS.has(word),
  context: EN_CONTEXT,
};
