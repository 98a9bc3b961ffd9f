/**
 * The context rules, in the order the reader applies them to a candidate figure. Each rule is one
 * file here, with its examples beside it (`<rule>.<lang>.txt`, in the inline-expectation format:
 * what it must read and what it must not). Each calls `decided(name)` when it settles a reading,
 * so `backcheck figures --explain` names the rules behind every figure.
 */
export const CONTEXT_RULES: ReadonlyArray<{ name: string; decides: string }> = [
  { name: 'clockTime', decides: 'a time of day ("5 p.m.", "17 Uhr") is stepped over, no figure' },
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
];
