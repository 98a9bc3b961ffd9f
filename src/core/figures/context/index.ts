/**
 * The context rules, in the order the reader applies them to a candidate figure. Each rule is one
 * file here, with its examples beside it (`<rule>.<lang>.txt`, in the inline-expectation format:
 * what it must read and what it must not). Each calls `decided(name)` when it settles a reading,
 * so `backcheck figures --explain` names the rules behind every figure.
 */
export const CONTEXT_RULES: ReadonlyArray<{ name: string; decides: string }> = [
  { name: 'clockTime', decides: 'a time of day ("5 p.m.", "17 Uhr") is stepped over, no figure' },
  { name: 'season', decides: '"2020/21", "2020-21": a season over the turn of a year is its first year' },
  { name: 'slashPair', decides: 'a slashed pair that is no fraction ("9/11", "24/7") is stepped over' },
  { name: 'metreOrMillion', decides: 'a glued "m" is a million after a currency or before what is counted, else metres' },
  { name: 'code', decides: 'digits inside a word or code ("COVID-19", "5G") are no figure' },
  { name: 'temperatureLetter', decides: 'a glued "C" or "F" is a temperature where the sentence speaks of weather' },
  { name: 'poundsWeightOrMoney', decides: 'pounds weigh or pay, by the words around them' },
  { name: 'inchOrPreposition', decides: '"in" after a number is inches only where nothing follows' },
  { name: 'degreesAngle', decides: 'degrees are an angle where a turn is named, else a temperature' },
  { name: 'pronounOne', decides: '"the one", "which one" is a pronoun, no count' },
  { name: 'belowZero', decides: '"below zero", "unter null" make the number negative' },
  { name: 'label', decides: 'a number after a label ("Article 5") is an ordinal' },
  { name: 'rate', decides: 'the unit of a rate ("20 cents a litre") is no amount of its own' },
  { name: 'restatedInBrackets', decides: '"thirty (30) days" is one figure' },
  { name: 'stopwatch', decides: 'a time measured ("2:06:18", "20:41,3 Minuten") is a duration in seconds' },
  { name: 'durationInParts', decides: '"2 hours 15 minutes 37 seconds", "eine Minute und vier Sekunden" is one duration in its smallest unit' },
  { name: 'andAHalf', decides: '"neuf ans et demi" is 9.5 years: a half after the unit belongs to the number' },
  { name: 'dayRange', decides: '"14. und 15. Juli": the first day is a date of the month after it' },
  { name: 'ordinalDot', decides: '"des 20. Jahrhunderts", "die 14. Etappe": digits with a dot are an ordinal' },
  { name: 'ordinalWord', decides: '"a sixth victim", "die zweite Runde" are ordinals; "a sixth of" stays a fraction' },
  { name: 'ordinalSuffix', decides: '"the 58th minute" is an ordinal, "6th of August" a date' },
  { name: 'decadeYear', decides: '"the 1960s", "1960er-Jahre" are the year 1960' },
  { name: 'multiplier', decides: '"twice", "zweimal", "doppelt" are counts of times' },
  { name: 'setPhrase', decides: '"one of the worst", "at one point", "net-zero" count nothing' },
  { name: 'nameNumber', decides: '"Isar 2", "type 2", "A 4", "number 7 shirt" are names, no figures' },
  { name: 'age', decides: '"aged 45 to 75", "im Alter von 28, 56 und 78 Jahren", "Woidke, 62," are ages in years' },
  { name: 'rangeUnit', decides: '"300 bis 350 Millimeter": the unit after the last number is every number\'s' },
  { name: 'moneyOfSentence', decides: '"50.3 billion in net borrowing" after a currency in the sentence is money' },
  { name: 'plainDegrees', decides: '"6 Grad" that is no angle is °C where the language measures in Celsius' },
  { name: 'points', decides: '"a lead of 15 points" in a sentence about votes is percentage points' },
  { name: 'monthYear', decides: '"March 2011" is a date of that month, not the year alone' },
];
