import type { LanguagePack } from '../pack';

/** The hours as a clock says them: "half past {ten}". */
const CLOCK_HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The English words the context rules read around a figure (see ../../context/). */
export const EN_CONTEXT: LanguagePack['context'] = {
  pronounOne: {
    word: 'one',
    before: ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'other', 'same', 'last', 'next', 'first', 'new', 'old', 'right', 'wrong', 'little', 'big'],
    conjunctions: ['that'],
    of: 'of',
  },
  labelsBefore: [
'Article', 'Art.', 'Section', 'Sec.', 'Chapter', 'Title', 'Paragraph', 'Clause', 'Route', 'Highway', 'Interstate', 'Flight', 'Resolution',
    'Proposition', 'Prop.', 'No.', 'Number', 'Room', 'Gate', 'Platform', 'Terminal', 'Apollo', 'Windows', 'iPhone', 'Episode', '§',
    // "in round 27 of the league": the matchday, as "27e journée" and "27. Spieltag" are.
    'round', 'Round', 'matchday', 'Matchday',
    // "a level 3 warning", "a category 4 hurricane": a step on a scale, in lower case only (the
    // accuracy corpus marks "Category 3" with its capital as a count).
    'level', 'category',
  ],
  listLabelsBefore: ['Articles', 'Sections', 'Paragraphs', 'Clauses'],
  labelWords: [
    'seat', 'seats', 'room', 'rooms', 'apartment', 'flat', 'gate', 'section', 'article', 'form', 'row', 'floor', 'unit', 'suite', 'level',
    'grade', 'class', 'model', 'type', 'version', 'chapter', 'page', 'platform', 'terminal', 'block', 'no', 'number', 'vitamin', 'size',
  ],
  boundWords: ['minus', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'some', 'just', 'roughly', 'up', 'to', 'at'],
  weatherWords: [
    'temperature', 'temperatures', 'temp', 'temps', 'degree', 'degrees', 'heat', 'heatwave', 'hot', 'hotter', 'warm', 'warmer', 'warming',
    'cold', 'colder', 'cool', 'cooler', 'freezing', 'frost', 'weather', 'forecast', 'high', 'highs', 'low', 'lows', 'thermometer', 'climate',
    'celsius', 'fahrenheit', 'hottest', 'warmest', 'coldest', 'record', 'records',
  ],
  angleAfter: ['angle', 'angles', 'turn', 'turns', 'rotation', 'rotations', 'tilt', 'tilts', 'slope', 'slopes', 'bend', 'bends', 'arc', 'arcs', 'pivot', 'pivots'],
  angleVerbAfter: [],
  turningBefore: [
    'angle', 'angles', 'rotation', 'rotations', 'rotate', 'rotates', 'rotated', 'rotating', 'turn', 'turns', 'turned', 'turning',
    'tilt', 'tilts', 'tilted', 'tilting', 'swivel', 'swivels', 'swiveled', 'swivelled', 'swivelling', 'pivot', 'pivots', 'pivoted', 'pivoting',
  ],
  weatherAfter: ['warmer', 'colder', 'cooler', 'hotter', 'higher', 'lower'],
  halfAfterUnit: ['and a half'],
  setPhrases: [
    '{one} of the *est', '{one} of the most', '{one} of the * *est', '{one} of the * most', '{one} of the least', '{one} of the best', '{one} of the worst', '{one} of its', '{one} of his',
    '{one} of her', '{one} of their', '{one} of our', 'at {one} point', '{one}-off', 'net-{zero}', 'net {zero}', '{one} more than', '{one} another', 'no {one}', 'below {zero}',
    '{one} by one', '{one} or two', '{one} or another',
    // "at half past ten", "quarter to eight": a time of day told in words, no count.
    ...['half past', 'quarter past', 'quarter to'].flatMap((words) => CLOCK_HOURS.map((hour) => `${words} {${hour}}`)),
    // "quarter" too, but not "a" before it: every "a" of a text would be asked (a tenth slower in
    // English, measured); "a quarter to eight" is clockFraction's, below.
    ...['past', 'to'].flatMap((joint) => CLOCK_HOURS.map((hour) => `{quarter} ${joint} ${hour}`)),
    // "number nine on his shirt", "a number one hit": a name, no count.
    // "Channel Four", "BBC Two", "Radio Five Live": channels named in words.
    'Channel {Four}', 'Channel {Five}', 'BBC {One}', 'BBC {Two}', 'BBC {Three}', 'BBC {Four}', 'Radio {Four}', 'Radio {Five}', 'Air Force {One}',
    ...['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((n) => `number {${n}}`), '{one} and only', 'all in {one}', 'every {second}', 'every {third}', 'every {fourth}', 'every {fifth}',
  ],
  // "in 2000 people moved", "the 2020 vote", "since 2010 prices": the year stays (yearOrCount).
  yearBefore: [
    'in', 'since', 'by', 'until', 'till', 'from', 'before', 'after', 'during', 'between', 'and', 'or', 'to', 'through', 'of', 'for',
    'the', 'a', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'last', 'next', 'year', 'summer', 'spring', 'autumn', 'fall', 'winter',
    'early', 'late', 'mid',
  ],
  // "a quarter to eight", "a quarter past 10": read as the fraction "a quarter" first, then the time.
  clockFraction: { joints: ['to', 'past', 'after'], hours: [...CLOCK_HOURS, 'noon', 'midnight'] },
  // "the round of 16" is a stage of a cup (the "Achtelfinale"), no count of sixteen; French names
  // kept in English news: "Ligue 1", "the RN 90" (a national road).
  letterWords: ['A', 'I'],
  namesBefore: ['type', 'junction', 'junctions', 'number', 'ring', 'dial', 'call', 'reactor', 'unit', 'round of', 'Ligue', 'RN', 'Stream'],
  nameFollowers: ['stopped', 'plant', 'plants', 'reactor', 'reactors', 'unit', 'units', 'station', 'pipeline', 'and', 'in', 'was', 'were', 'is', 'had', 'has', 'near', 'at', 'on'],
  // Names whose number is part of them: channels ("Fox 45 reported", "on Channel 4", "BBC Radio 4",
  // "ITV 1"), stock indices ("the FTSE 100 fell", "the S&P 500"), aircraft ("a Boeing 737"), a union's local.
  numberedNames: [
    'Fox', 'FOX', 'Channel', 'Radio', 'ABC', 'NBC', 'CBS', 'CW', 'PBS', 'BBC', 'ITV', 'Sky', 'TV', 'RTÉ', 'RTE', 'TVNZ',
    'FTSE', 'S&P', "Poor's", 'Poor’s', 'Nasdaq', 'DAX', 'Dax', 'CAC', 'Stoxx', 'STOXX', 'Nikkei', 'ASX', 'Boeing', 'Local',
  ],
  // "a town of around 2000" counts; "in about 2000", "founded around 1850", "circa 1850" are years.
  hedgedYear: {
    before: [
      'in', 'since', 'until', 'till', 'from', 'by', 'before', 'after', 'during', 'between', 'to', 'through', 'year', 'summer', 'spring', 'autumn',
      'fall', 'winter', 'early', 'late', 'mid', 'founded', 'built', 'born', 'died', 'established', 'opened', 'closed', 'began', 'started', 'ended',
      'dated', 'dates', 'dating', 'written', 'made', 'completed',
    ],
    hedges: ['circa', 'ca.', 'ca', 'c.'],
  },
  // German clubs named in English sports news: "Hannover 96", "Schalke 04", "1860 Munich".
  namesWithNumbers: ['Hannover 96', 'Schalke 04', 'Bayer 04', 'Mainz 05', 'Darmstadt 98', '1860 Munich', '1860 München', 'TSV 1860', 'TSG 1899'],
  // A rate's base: "12 cases per million", "58 doctors per 100,000 people" (rule rateBase).
  rateBaseBefore: ['per'],
  // North American call signs: "WJZ 13", "KTLA 5" (K and W in the United States).
  callSignInitials: ['K', 'W'],
  notCallSigns: ['WHO', 'WTO', 'WFP', 'WWF', 'WWE', 'WWI', 'WWII', 'WNBA', 'KGB', 'KFC', 'KPMG', 'WEF'],
  ordinalWords: {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
    thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  },
  fractionAfter: ['of', 'the', 'their', 'its', 'his', 'her', 'our', 'all', 'them', 'were', 'are', 'was', 'is', 'as', 'more', 'less', 'fewer', 'that', 'what'],
  multipliers: { twice: 2, thrice: 3, tenfold: 10, twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, hundredfold: 100 },
  dayRangeJoints: ['and', 'to', '-', '–'],
  ageNouns: [
    'boy', 'girl', 'man', 'woman', 'son', 'daughter', 'driver', 'victim', 'teenager', 'defendant', 'mother', 'father', 'pensioner', 'student',
    'child', 'rider', 'player', 'runner', 'nurse', 'officer', 'pupil', 'resident', 'passenger', 'cyclist', 'pedestrian', 'husband', 'wife',
  ],
  ageBefore: [
    'aged', 'age of', 'ages of', 'aged between', 'between the ages of',
    // "the retirement age to 66", "their average age is 51.2": the age word, then a verb or "to".
    'age to', 'age is', 'age was', 'age rises to', 'age rose to', 'age will rise to', 'age of about',
  ],
  ageDeterminers: ['the', 'its', 'his', 'her', 'their', 'our'],
  decadeSuffixes: ['s', "'s", '’s'],
  rangeJoints: ['to', 'and', 'or', '-', '–'],
  rangeOpeners: ['between'],
  daysCounted: {
    before: ['on'],
    of: 'of',
    determiners: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'each', 'every', 'receiving', 'being'],
    notAfter: ['within', 'in', 'after', 'last', 'past', 'next', 'first'],
  },
  requirement: { after: ['needed for', 'needed to', 'required for', 'required to', 'necessary for', 'necessary to'] },
  points: {
    words: ['points', 'point'],
    pollWords: ['percent', 'per cent', 'poll', 'polls', 'polling', 'vote', 'votes', 'swing', 'turnout', 'ballot', 'election', 'elections', 'approval', 'governor', 'candidate', 'primary', 'referendum'],
  },
};
