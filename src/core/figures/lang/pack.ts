import type { FigureKind, Hedge, Lang } from '../../types';
import type { NumberPhrase } from '../tokens';

/** A unit as a language writes it after a number: its forms, the contract's symbol, the kind. */
export type UnitEntry = [forms: string[], unit: string, kind: FigureKind];

/**
 * What a language's figures count or measure, as concepts shared across languages (ids in
 * ../common/concepts.ts): the words naming each concept, folded by a stemmer, and the words
 * around a figure that make it an age or a fall.
 */
export interface ConceptWords {
  /** A Snowball stemmer of the language, over lower-case words. */
  stem: (word: string) => string;
  /** Concept id -> words that name it (one inflected form is enough: they are stemmed). */
  nouns: Readonly<Record<string, readonly string[]>>;
  /** A compound names what its last part names ("Atomreaktoren" -> "Reaktor"). */
  compoundHeads?: boolean;
  /** Endings of verb forms a stemmer folds into a noun ("voted" -> "vote"): such a word names nothing. */
  verbEndings?: readonly string[];
  /** Nouns modify a noun after them ("House seats", "power plants"): the last of a run is counted. */
  modifierNounsBefore?: boolean;
  /** Elided articles glued to the noun ("d'électeurs"). */
  elisions?: readonly string[];
  /** Words between a figure and its noun ("of the", "von", "des", "after"). */
  linkWords: readonly string[];
  /** Words between a noun and a figure after it that make the noun the figure's ("growth of 1.1 percent", "croissance de"). */
  ofBefore: readonly string[];
  /** Words right before a figure that make it an age ("aged", "im Alter von", "âgé de"). */
  ageBefore: readonly string[];
  /** Words right after a figure that make it an age ("-year-old", "-Jährige"), lower case. */
  ageAfter: readonly string[];
  /** Verbs and words of falling near a figure ("fell", "gesunken", "baissé"): the figure is a fall. */
  fallWords: readonly string[];
}

/** How a ratio's joint word reads ("one out of three", "1 in 5", "one over twenty", "zwei von drei"). */
export type RatioRule = 'out-of' | 'over' | 'in' | 'of-whole';

/** A reader of a language's own grammar: number words, shares in words. It reads at `at` or returns undefined. */
export type PackReader<T> = (text: string, at: number, pack: LanguagePack) => T | undefined;

/**
 * Everything one language knows about writing figures, as data (and, where a grammar is more
 * than a table, a reader of its own: German compounds, English and French cardinals). The
 * machinery (scanner, number, quantity and figure stages, context rules) reads a pack and never
 * asks which language it is. Adding a language is one folder under `lang/` and one line in
 * `lang/index.ts`.
 */
export interface LanguagePack {
  lang: Lang;
  /** The language's name in English, for views that group by language. */
  name: string;
  /** The BCP 47 locale numbers are written back in ("76,000" / "76.000" / "76 000"). */
  locale: string;
  /** Words that are frequent and distinctive for the language, to tell it from the others. */
  functionWords: readonly string[];

  // Numbers
  /** The decimal mark the language writes; the other of "." and "," groups thousands. */
  decimalMark: '.' | ',';
  /**
   * Marks after a whole amount that stand for "no cents" ("79.000,- €", "1.800,– Euro"): read
   * as part of the number, so the currency after them is the figure's.
   */
  wholeAmountMarks?: readonly string[];
  /** Number words: a reader of the cardinals, and the tables it and the other stages share. */
  readCardinal: PackReader<NumberPhrase>;
  /** The words a digit is named by after a spoken decimal mark ("point five seven"). */
  digitWords: Readonly<Record<string, number>>;
  /** A compound number word reader for spoken decimals ("Komma fünfzehn"), when the language has one. */
  parseNumberWord?: (word: string) => number | undefined;
  /** The spoken decimal mark: "point", "Komma". */
  decimalWords: readonly string[];
  /** Scale words after a number ("million", "Mio.", "Milliarden"); forms with a dot keep it. */
  scales: Readonly<Record<string, number>>;
  /** Scale abbreviations read after a space only as the first scale word ("2.5 bn"). */
  spacedScaleAbbreviations: Readonly<Record<string, number>>;
  /** Scale letters glued to digits, as written (case matters): "15k", "3M", "2.5bn". */
  gluedScales: {
    always: Readonly<Record<string, number>>;
    /** After a space too: "10 k", "2.5 bn". */
    spaced: Readonly<Record<string, number>>;
    /** Only right after a currency ("£2.5m") or before what is counted in millions ("2m people"). */
    afterCurrency: Readonly<Record<string, number>>;
    /** Only when the number has decimals (".0012G", "1.5b"). */
    withDecimals: Readonly<Record<string, number>>;
  };
  /** Words between a scale and its currency: "2 milliards d'euros", "10 millions de dollars". */
  currencyOf?: readonly string[];
  /**
   * Currency names read only after a scale and its "of" word, being other words elsewhere:
   * "3 millions de livres" are pounds, "trois livres" books. Lower case.
   */
  currencyNamesAfterScale?: Readonly<Record<string, string>>;
  /** "dozen", "Dutzend": a count of twelve (or a score of twenty). */
  dozens: Readonly<Record<string, number>>;
  /**
   * Dozen words that multiply only a number in words ("four score"): after digits they are the
   * noun they also are ("her 2021 score").
   */
  dozensAfterWordsOnly?: readonly string[];
  /** Fraction words: "half", "thirds", "Drittel", "quart". */
  fractions: Readonly<Record<string, number>>;
  /** The word that joins the parts of a number or measure: "and", "und", "et". */
  and?: string;
  /** "5 and a half million": a whole number and a fraction after it. */
  readAndFraction?: (text: string, at: number) => { end: number; value: number } | undefined;
  /** "4 thousand 3 hundred and 21": parts after a scaled number in digits. */
  partsAfterScale?: { partScaleWords: readonly string[] };
  /** Ratio joints between two numbers, by how they read. */
  ratioJoints: Readonly<Record<string, RatioRule>>;
  /** The word between a ratio's joint and its whole: "one in every five". */
  ratioEvery?: string;
  /** The ratio's noun written between its part and its joint: "une clinique sur cinq", "un train sur quatre". */
  ratioNounBetween?: boolean;
  /** Words of a negative number before it: "minus", "negative". */
  minusWords: readonly string[];
  /** Written after a number to put it below zero: "below zero", "unter null". */
  belowZero: readonly string[];
  /** Suffixes of an ordinal in digits: "1st", "1er". */
  ordinalSuffixes: readonly string[];
  /**
   * The suffixes that text taken from a PDF may write one space after the digits, a superscript
   * set apart: French "au 3 e trimestre", "le 1 er janvier" (rule ordinalSuffix, and dates).
   */
  spacedOrdinalSuffixes?: readonly string[];
  /** The vague quantities: "thousands", "Zehntausende". */
  vague: Readonly<Record<string, number>>;

  // Quantities
  units: readonly UnitEntry[];
  /** Unit forms that are also prepositions ("in"): a unit only where nothing follows. */
  prepositionUnits: readonly string[];
  /** Currency names that are no ISO name ("euros", "Franken", "bucks"), lower case. */
  currencyNames: Readonly<Record<string, string>>;
  /** Coins and slang counted as money: "ten dimes", "10 grand". */
  coins: Readonly<Record<string, { value: number; unit: string }>>;
  /** Idioms a coin stands in, no money: "a dime a dozen" (after), "turn on a dime" (before). */
  coinIdioms: { after: readonly string[]; before: readonly string[] };
  /** Words right before the "a" of a rate ("20 cents a litre"): money words. */
  rateMoneyWords: readonly string[];
  /** What "a 2m ..." counts in millions: people, barrels; a length in metres never is. */
  countedInMillions: readonly string[];
  /** The pound that weighs or pays, and what decides it. */
  pounds: {
    /** The unit forms that are pounds ("pound", "pounds", "Pfund"). */
    forms: readonly string[];
    /** Without evidence, what the pound is. */
    sense: 'money' | 'weight';
    /** From this scale on the pound pays ("£2 million", "2,46 Milliarden Pfund"). */
    moneyFromScale: number;
    /** From this amount on a pound that weighs by default pays, unless a weight word is near:
     *  German news weighs butter in Pfund, but hundreds of Pfund are prices ("122 Pfund im Monat"). */
    moneyFromValue: number;
    /** Words after the number that make it money ("Pfund Sterling"). */
    moneyAfter: readonly string[];
    /** Words shortly before that make it weight, and money words that win over them. */
    weightWords: readonly string[];
    moneyWords: readonly string[];
  };
  /** "a kilogram", "half a litre", "einen Euro": a unit without digits. */
  unitLead: {
    articles: readonly string[];
    fractions: readonly string[];
    /** "tenth of a gallon" */
    of?: string;
    /** "half a litre": an article may follow the fraction, and a hyphen join it ("quarter-litre"). */
    articleAfterFraction: boolean;
  };

  // Figures
  hedges: ReadonlyArray<[forms: string[], hedge: Hedge]>;
  /**
   * Hedge forms that exclude their number ("more than", "fewer than"; not "over", which also
   * says "amounting to": "a package over $1.2 trillion"), and the words before such a form that
   * make it a comparison whose figure is the point compared with ("8 percent fewer than ten
   * years ago"), as digits before it do ("25 more than 2021").
   */
  strictHedges?: { forms: readonly string[]; comparedAfter: readonly string[] };
  months: Readonly<Record<string, number>>;
  /** Month names that are also words ("may", "march"): a month only when capitalized. */
  monthsAlsoWords: readonly string[];
  /** What may stand between a day and its month: "6th of August", "1er septembre". */
  daySuffixes: readonly string[];
  dayMonthJoint?: string;
  /** A day hyphened to its month names the day ("le 14-Juillet", "le 1er-Mai"): a date as "14 juillet" is. */
  dayMonthHyphen?: boolean;
  /** Month before day ("August 6"), as English writes it. */
  monthFirst: boolean;
  /**
   * Dates in figures with slashes ("17/05/2018") and their order, where the language's papers write
   * them; without it, the numbers are read one by one.
   */
  slashDates?: 'day-first' | 'month-first';
  /**
   * The language's papers write slashed dates in both orders (English: US month/day, UK
   * day/month): a date whose two numbers could each be the month ("05/06/2024") is read in
   * `slashDates` order but marked `eitherOrder`, and matches a date of either reading, so neither
   * convention is ever warned about. A number above 12 decides the order alone.
   */
  slashDatesEitherOrder?: boolean;
  /** Markers of a time of day after the hour ("5 p.m.", "17 Uhr", "17 h"). */
  clockMarkers: readonly string[];
  /**
   * Markers that make a time of day only after one of the words: French "à 17 h", "de 20 h à
   * 8 h" are times, "17 h de route" a duration.
   */
  clockAfterWords: {
    words: readonly string[];
    /** Words of `words` that are others in lower case, so matched as written: French "A 10h" (an "à" whose capital lost its accent; "il a 10 h de retard" has a verb). */
    wordsAsWritten?: readonly string[];
    markers: readonly string[];
    /** Words that open two times, each a time only before a joint and the other: "de 20 h à 8 h", "entre 18 h et 20 h". */
    spanOpeners?: readonly string[];
    spanJoints?: readonly string[];
    /** Markers in words, times only after the words and not before what lasts: "dès 18 heures", not "après 18 heures de route". */
    spelledMarkers?: readonly string[];
    lastsAfter?: readonly string[];
    /** Words naming a scheduled thing and the joints after them that make the hours its time: French "le journal de 20 h", "prévue pour 10 h". */
    scheduled?: {
      things: readonly string[];
      joints: readonly string[];
      /** Articles before the thing that make its hours a length: French "une réunion de 2 h", "un vol de 10 h". */
      measuredAfter?: readonly string[];
    };
  };
  /**
   * Letters written between the hours and the minutes of a time of day, as a colon is: French
   * "15h30", "15 h 30". With two-digit minutes it is a time whatever the word before, as "15:30" is.
   * Given, minutes are also read after the other markers of a time after a word: "à 17 heures 30".
   */
  clockHourMarks?: readonly string[];
  /** Words right before "15:13" that make it a score, not a time: "zur Pause mit 15:13". */
  scoreBefore: readonly string[];
  /** Words between a quantity and what it measures: "500 grams of strawberries". */
  productOf?: string;
  /** Words after a count that are no noun it counts ("of", "the", "und"). */
  notNouns: readonly string[];
  /** German capitalizes nouns: a lower-case word after a count names nothing. */
  nounsCapitalized: boolean;
  /** What figures count: concepts shared across languages (see ConceptWords). */
  concepts: ConceptWords;
  /** Shares in words: "half of voters", "die Hälfte", "jeder Fünfte". */
  readShare?: PackReader<{ end: number; value: number; kind: FigureKind; unit?: string }>;
  /**
   * The words (lower case, without a trailing dot) the language's readers of words, its cardinals
   * and its shares, may start at: when given, the scanner calls them only at such a word, and
   * turns every other word of a text away with one lookup. It must accept every word they start
   * at ("sixty", "a", "half", "dreijährige"). Absent: they are asked at every word.
   */
  startsWords?: (word: string) => boolean;

  // Context words (see context/)
  context: {
    /** "the one", "which one": "one" is a pronoun. */
    /**
     * "the one you mentioned": the word and the words before it that make it a pronoun; `ofAfter`
     * are words of those that are also conjunctions, with the joint after "one" that makes it a
     * number again ("found that one of the wounds": one wound).
     */
    pronounOne?: { word: string; before: readonly string[]; conjunctions?: readonly string[]; of?: string };
    /** Words that name a place in a series before its number ("Article 5", "Absatz 2"). */
    labelsBefore: readonly string[];
    /**
     * Plural labels, which head a list of labelled numbers ("Articles 13, 14 et 56"; context/label.ts).
     * A singular label's "and" joins a count: "Route 66 and 5 articles".
     */
    listLabelsBefore?: readonly string[];
    /**
     * Letters of a code that may stand between one of `labels` and its number, each with its dot
     * or a space: French law's "article L. 2121-29", "art. R.413-17" (L législatif, R réglementaire).
     */
    labelCodes?: { labels: readonly string[]; letters: readonly string[] };
    /** Labels before a number that make a glued "C"/"F" no temperature ("seat 14F"). */
    labelWords: readonly string[];
    /** Words before a number that are no name even capitalized ("About 40C"). */
    boundWords: readonly string[];
    /** Words of heat, cold and climate. */
    weatherWords: readonly string[];
    /** Degrees: what names an angle after, a verb of turning after, before; weather changes after. */
    angleAfter: readonly string[];
    angleVerbAfter: readonly string[];
    turningBefore: readonly string[];
    weatherAfter: readonly string[];
    /** Set phrases a number word stands in, no figure; `{}` marks the number: "at {one} point", "net-{zero}". */
    setPhrases?: readonly string[];
    /**
     * A fraction before a clock's joint and an hour is a time of day: "a quarter {to} {eight}",
     * "ein Viertel {vor} {acht}" (the hours in words; 1 to 12 in digits are read alike).
     */
    clockFraction?: { joints: readonly string[]; hours: readonly string[] };
    /**
     * Words before four digits that keep them a year though a counted noun follows: prepositions
     * of time and determiners ("in 2000 people moved", "the 2020 vote", "im Jahr 2000", "seit 2010").
     */
    yearBefore?: readonly string[];
    /** Words before a number that make it part of a name or a code: "type 2", "junction 38", "Rückennummer 9". */
    /**
     * Capital letters that are words of the language where they open a sentence ("A 17-year-old
     * was arrested"): there they name no road or line. Where none is given, every letter may ("A 4
     * bei Chemnitz" is the Autobahn).
     */
    letterWords?: readonly string[];
    namesBefore?: readonly string[];
    /**
     * Names as written whose number after them is part of the name: television and radio stations
     * ("Fox 45", "Channel 4", "Radio" for "BBC Radio 4"), stock indices ("FTSE 100", "S&P 500"),
     * aircraft models ("Boeing 737"), union locals ("Local 218"). A name glued to its number by a
     * dot lists the dot ("Sat." for "Sat.1").
     */
    numberedNames?: readonly string[];
    /**
     * Courts' file references, "4 KLs 10/20", "1 BvR 2656/18": the registers' letters as written
     * ("KLs", "StR", "BvR"), and the labels before a reference ("Az.", "Aktenzeichen") after which
     * any short register is one (context/fileNumber.ts).
     */
    /**
     * Four digits after an approximating hedge count ("a town of around 2000"), but stay a year
     * after a word of `before` ahead of the hedge ("in about 2000", "founded around 1850") or
     * after a hedge of `hedges` that dates ("circa 1850"), lower case (context/yearOrCount.ts).
     */
    hedgedYear?: { before: readonly string[]; hedges: readonly string[] };
    /**
     * Names listed whole with the number in them, as written: sports clubs ("Hannover 96",
     * "Schalke 04", "Bayer 04", "1860 München"). The number is part of the name, no figure.
     */
    namesWithNumbers?: readonly string[];
    /**
     * Words before a rate's base, "12 cases per million", "per 100,000 people" (context/rateBase.ts):
     * a bare hundred, thousand ... million after one is no figure of its own.
     */
    rateBaseBefore?: readonly string[];
    fileNumbers?: { registers: readonly string[]; labels: readonly string[] };
    /** First letters of broadcasters' call signs, three or four capitals before a channel ("WJZ 13", "KTLA 5"). */
    callSignInitials?: readonly string[];
    /** Words of a call sign's shape that are no broadcaster ("WHO", "WWII"). */
    notCallSigns?: readonly string[];
    /**
     * The ranges of the codes places are given in brackets after their name, "l'Aube (10)",
     * "Paris (75)": French départements, 1 to 95 and 971 to 976 (context/placeCode.ts).
     */
    placeCodes?: ReadonlyArray<readonly [number, number]>;
    /** Capitalized names a number in brackets after them counts for, no place's code: parties and groups ("Renaissance (45)" seats). */
    notPlaces?: readonly string[];
    /**
     * Addresses: the words of a street a building's number stands before ("12 rue des Lilas",
     * singular), the words after such a number ("4 bis"), and how many digits a postcode has
     * after the address ("59110 LA MADELEINE"): no counts (context/streetAddress.ts).
     */
    streetAddress?: { streets: readonly string[]; repeats: readonly string[]; postcodeDigits: number };
    /** Words a plus and a number after them make a level's name: French "Bac +5", "bac+3" (context/levelName.ts). */
    levelsBeforePlus?: readonly string[];
    /** Numbers that are names by themselves, as written: French "le 49.3" (an article of the constitution), no amount. */
    numberNames?: readonly string[];
    /** Words after "Isar 2" that show the number ends a capitalized name ("plant", "und", "im"). */
    nameFollowers?: readonly string[];
    /** The same after a comma: "Flamanville 3, dans la Manche" (not "Labour 412, the Conservatives 121"). */
    nameFollowersAfterComma?: readonly string[];
    /** Nouns before a capitalized word and a number that make them a name, whatever follows: French "l'incendie Cochrane 13 progresse". */
    namedThingsBefore?: readonly string[];
    /** Ordinal words, each form to its number ("first", "sixth", "zweite", "Neunter"). */
    ordinalWords?: Readonly<Record<string, number>>;
    /** Words after a fraction word that keep it a fraction ("a sixth of"), not an ordinal ("a sixth victim"). */
    fractionAfter?: readonly string[];
    /** Words of a multiple: "twice", "tenfold", "zweimal", "doppelt". */
    multipliers?: Readonly<Record<string, number>>;
    /** Between the days of "14. und 15. Juli", "14 and 15 July". */
    dayRangeJoints?: readonly string[];
    /** "des 20. Jahrhunderts", "die 14. Etappe": words before or after "N." that make it an ordinal. */
    ordinalDot?: { before: readonly string[]; after: readonly string[] };
    /** Words before ages: "aged", "im Alter von". */
    ageBefore?: readonly string[];
    /** People an age follows between commas: "a boy, 16, was" (names are told by their capital). */
    ageNouns?: readonly string[];
    /**
     * Words before a noun that make "noun, N," an appositive age whatever the noun ("The
     * developer, 58, said", "Its manager, 61, was"): a determiner, then the one word, then the age.
     */
    ageDeterminers?: readonly string[];
    /** Joints of a range or list whose last number carries the unit of all: "300 bis 350 Millimeter", "28, 56 und 78 Jahren". */
    rangeJoints?: readonly string[];
    /**
     * Whether the scale after a range's last number is every number's too, "5 à 10 millions de
     * passagers" (5 million). Left out where the conformance cases read the first number as written.
     */
    rangeScale?: boolean;
    /**
     * Words that open a range ("between ten and 12 years"): after one, both ends are of one unit
     * even when one is in words and one in digits ("eight to 10 feet" alone may be a count and a length).
     */
    rangeOpeners?: readonly string[];
    /** After a decade's first year: "1960s", "1960er". */
    decadeSuffixes?: readonly string[];
    /** A superlative after units of time, which makes them things counted: "les dix années les plus chaudes". */
    superlativeAfter?: readonly string[];
    /** Symbols of a time measured in parts, to their units: "2 h 04 min 31 s". */
    durationSymbols?: Readonly<Record<string, string>>;
    /** Words before hours and bare minutes that make them last ("a duré 3 heures 30"), else a time of day (rule hoursAndMinutes). */
    lastingBefore?: readonly string[];
    /** A half written after the unit: "neuf ans et demi", "two hours and a half", "a year and a half". */
    halfAfterUnit?: readonly string[];
    /** Plain degrees ("6 Grad") are Celsius where they are no angle. */
    degreesAreCelsius?: boolean;
    /**
     * Hundreds in words after digits, where the language's coin has the same name (rule
     * hundredsAfterDigits): the forms after a scale ("4 mille 3 cents"), and the form written
     * before a further number ("3 cent un").
     */
    hundredsAfterDigits?: { forms: readonly string[]; beforeNumber: string };
    /** "4 000 000 de degrés": digits that say a round number of millions take "of" as the scale word would (rule millionsInDigits). */
    ofAfterMillionsInDigits?: boolean;
    /** Words of a threshold: after the figure and its noun ("needed for"), or right before it ("nötigen"). */
    requirement?: { after?: readonly string[]; before?: readonly string[] };
    /** Nouns that say an amount is a number of something ("die Zahl der Beschäftigten"), no money. */
    countWords?: readonly string[];
    /** Adjectives between a number and its unit of time or measure: "zwei weitere Jahre", "les deux derniers kilomètres". */
    durationAdjectives?: readonly string[];
    /** "14.2 points" is percentage points where the sentence speaks of votes or polls. */
    points?: { words: readonly string[]; pollWords: readonly string[] };
    /**
     * Days counted as occasions ("on 23 days", "96 days of hearings"): the words before the number,
     * the joint after the unit, the determiners after it that make a deadline instead ("30 days
     * of the ruling"), and words before the number that keep a length ("within", "for").
     */
    daysCounted?: { before: readonly string[]; of: string; determiners: readonly string[]; notAfter: readonly string[] };
  };
}
