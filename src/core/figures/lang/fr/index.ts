import type { LanguagePack } from '../pack';
import { FR_CONCEPTS } from './concepts';
import { SYMBOL_UNITS } from '../common/units';
import { readFrenchAndFraction, readFrenchWords, STARTERS } from './cardinals';
import { FR_CONTEXT } from './context';
import { FR_DOZEN, FR_FRACTIONS, FR_ORDINAL_CARDINALS, FR_SCALES, FR_SMALL, FR_VAGUE } from './numbers';
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
  spacedScaleAbbreviations: { md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9 },
  gluedScales: { always: { k: 1e3, K: 1e3, M: 1e6 }, spaced: { k: 1e3, K: 1e3, M: 1e6 }, afterCurrency: {}, withDecimals: { G: 1e9, b: 1e9, B: 1e9 } },
  currencyOf: ["d'", 'd’', 'de'],
  // "3 millions de livres" pay in pounds; "trois livres" are books, so "livres" is no currency elsewhere.
  currencyNamesAfterScale: { livres: 'GBP', livre: 'GBP' },
  dozens: FR_DOZEN,
  fractions: FR_FRACTIONS,
  and: 'et',
  readAndFraction: (text, at) => readFrenchAndFraction(text, at, fr),
  // "3 millions et demi", "2 milliards et 300 millions": parts after a scaled number. "cents" after
  // digits is the coin (docs/conformance-scope.md), so only "mille" names a part.
  partsAfterScale: { partScaleWords: ['mille'] },
  ratioJoints: { sur: 'in' },
  ratioNounBetween: true,
  minusWords: ['moins', 'négatif', 'négative', 'negatif', 'negative'],
  belowZero: ['sous zéro', 'en dessous de zéro', 'au-dessous de zéro', 'en-dessous de zéro', 'sous zero', 'en dessous de zero', 'au-dessous de zero'],
  ordinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme', 'nd', 'nde'],
  // None of these is a French word by itself (unlike "nd"'s neighbours in English), so one set apart still ends a number.
  spacedOrdinalSuffixes: ['er', 're', 'ère', 'e', 'ème', 'eme'],
  vague: FR_VAGUE,
  units: [...SYMBOL_UNITS, ...FR_UNITS],
  prepositionUnits: [],
  currencyNames: {
    'livre sterling': 'GBP', 'livres sterling': 'GBP', 'franc suisse': 'CHF', 'francs suisses': 'CHF', yens: 'JPY', centime: 'cent', centimes: 'cent',
    'dollars américains': 'USD', 'dollar américain': 'USD', 'dollars canadiens': 'CAD', 'dollar canadien': 'CAD', 'dollars australiens': 'AUD', roupies: 'INR', roupie: 'INR', 'roupies indiennes': 'INR', yuans: 'CNY',
    'francs cfa': 'XOF', 'franc cfa': 'XOF', fcfa: 'XOF', 'f cfa': 'XOF', 'couronnes suédoises': 'SEK', 'couronne suédoise': 'SEK', 'couronnes norvégiennes': 'NOK',
    'couronne norvégienne': 'NOK', 'couronnes danoises': 'DKK', 'couronne danoise': 'DKK', 'couronnes tchèques': 'CZK', 'couronne tchèque': 'CZK',
    wons: 'KRW', réals: 'BRL', réal: 'BRL', reais: 'BRL', rands: 'ZAR', 'livres turques': 'TRY', 'livre turque': 'TRY',
    'livres égyptiennes': 'EGP', 'livre égyptienne': 'EGP', 'dirhams marocains': 'MAD', 'dirham marocain': 'MAD', 'dirhams émiratis': 'AED',
    'dollars hongkongais': 'HKD', 'dollars taïwanais': 'TWD', 'dollars singapouriens': 'SGD', 'dollars néo-zélandais': 'NZD',
    // Currencies before the euro, in archives and in older figures.
    'mark finlandais': 'FIM', 'marks finlandais': 'FIM', 'florin hollandais': 'NLG', 'florins hollandais': 'NLG', 'mark allemand': 'DEM',
    'marks allemands': 'DEM', 'francs belges': 'BEF', 'franc belge': 'BEF', 'francs français': 'FRF', 'lires italiennes': 'ITL', pesetas: 'ESP',
  },
  coins: {},
  coinIdioms: { after: [], before: [] },
  rateMoneyWords: ['euro', 'euros', 'centime', 'centimes', 'dollar', 'dollars'],
  countedInMillions: [],
  // "d'une valeur de 400 000 livres": words of paying before a count of "livres" make it pounds (rule poundsWeightOrMoney).
  pounds: {
    // The measures of mass that make a count of "livres" in fractions a weight ("une tonne est égale à 2 204,62 livres").
    forms: [], sense: 'money', moneyFromScale: 2, moneyFromValue: 0, moneyAfter: [],
    weightWords: ['tonne', 'tonnes', 'métrique', 'métriques', 'kilo', 'kilos', 'kilogramme', 'kilogrammes', 'kg', 'gramme', 'grammes', 'once', 'onces'],
    moneyWords: ['valeur', 'coûte', 'coûté', 'coûtent', 'payé', 'payer', 'paie', 'prix', 'montant', 'amende', 'salaire'],
  },
  // "un litre", "un demi-litre", "demi-litre", "un quart de litre", "quart de litre".
  unitLead: { articles: ['un', 'une'], fractions: ['demi', 'demie', 'quart', 'tiers'], of: 'de', articleAfterFraction: true },
  hedges: [
    // "le temps d'attente a dépassé 3 minutes": what a figure went past it is more than.
    [['plus de', "plus d'", 'plus d’', 'plus que', 'au-delà de', 'supérieur à', 'supérieure à', 'a dépassé', 'ont dépassé', 'avait dépassé'], 'more-than'],
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
  // "le défilé du 14-Juillet", "le 1er-Mai": a holiday is named by its date, hyphened.
  dayMonthHyphen: true,
  monthFirst: false,
  slashDates: 'day-first',
  // "3 h du matin", "10 heures du soir": the part of the day makes the hours a time of day.
  clockMarkers: ['h du matin', 'h du soir', "h de l'après-midi", 'h de l’après-midi', 'heures du matin', 'heures du soir', "heures de l'après-midi", 'heures de l’après-midi', 'heure du matin'],
  // Minutes of a council's notices are written after a capital H too: "à 20 H 30".
  clockHourMarks: ['h', 'H'],
  clockAfterWords: {
    // A day before the hour names a time too: "jusqu'à mardi 6 h", "dimanche 18 h".
    words: [
      'à', 'vers', 'dès', 'depuis', 'avant', 'après', 'jusqu’à', "jusqu'à", 'à partir de', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
      'samedi', 'dimanche', 'aux alentours de',
    ],
    wordsAsWritten: ['A'],
    markers: ['h', 'H'],
    spanOpeners: ['de', 'entre'],
    spanJoints: ['à', 'et'],
    spelledMarkers: ['heures', 'heure'],
    lastsAfter: ['de', 'd', "d'", 'd’'],
    // "le bulletin de 6 h", "la réunion de 14 h", "prévue pour 10 h": the hours of a scheduled thing are
    // its time. A delay, a trip or a shift ("un retard de 3 h", "un trajet de 5 h") is none, so lasts.
    scheduled: {
      things: [
        'bulletin', 'bulletins', 'journal', 'journaux', 'édition', 'éditions', 'flash', 'rendez-vous', 'réunion', 'réunions', 'conférence',
        'séance', 'audience', 'messe', 'train', 'vol', 'prévu', 'prévue', 'prévus', 'prévues', 'fixé', 'fixée', 'programmé', 'programmée', 'convoqué', 'convoquée', 'convoqués',
      ],
      joints: ['de', 'du', 'pour'],
      // "une réunion de 2 h a suffi", "un vol de 10 h": with an indefinite article, the hours are its length.
      measuredAfter: ['un', 'une'],
    },
  },
  scoreBefore: ['menaient', 'menait', 'gagné', 'battu', 'battant', 'perdu', 'victoire', 'défaite', 'score'],
  productOf: 'de',
  // "d'" and "l'" are elided words ("six millions d'habitants", "9 l'an dernier"), no noun.
  // Nor are the words that follow an amount to place or qualify it: "139 milliards prévus", "6,8 millions
  // supplémentaires", "65 milliards sur les marchés", "51,7 milliards lors de son annonce".
  notNouns: [
    'd', 'l', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'à', 'au', 'aux', 'en', 'ou', 'par', 'pour', 'est', 'sont', 'était', 'étaient', 'ont',
    'sur', 'lors', 'dont', 'contre', 'dans', 'avec', 'selon', 'soit', 'fin', 'prévus', 'prévues', 'inscrits', 'inscrites', 'annoncés', 'annoncées',
    'supplémentaires', 'supplémentaire', 'attendus', 'attendues', 'budgétés', 'budgétées', 'ce', 'cet', 'cette', 'ces',
  ],
  nounsCapitalized: false,
  concepts: FR_CONCEPTS,
  readShare: readFrenchShare,
  // The cardinals' first words, the ordinals in words ("sixième", "millième") and the "la" of "la moitié".
  startsWords: (word) => STARTERS.has(word) || Object.hasOwn(FR_ORDINAL_CARDINALS, word) || word === 'la',
  context: FR_CONTEXT,
};
