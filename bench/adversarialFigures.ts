/**
 * Inputs built to make a figure reader slow: each a unit repeated to any length, the densest
 * and most ambiguous shapes the readers meet. `npm run bench:figures` times them at 1 MB; the
 * reliability suite asserts each stays linear (doubling the input does not quadruple the time).
 */
export const ADVERSARIAL_UNITS: ReadonlyArray<readonly [name: string, unit: string]> = [
  ['one digit run', '7'],
  ['"1,1,1,..."', '1,'],
  ['"1.1.1..."', '1.'],
  ['"1 000 000 ..." groups', '1 000 '],
  ['number words', 'one hundred and twenty thousand '],
  ['German compounds', 'einhundertzwanzigtausend '],
  ['French number words', 'quatre-vingt-dix-sept mille '],
  ['hedges and units', 'more than 5 km and about 6 % and '],
  ['"1-2-3-..." (densest)', '1-'],
  ['money in parts', '$20 and 43c, 3 dollars 50 cents, 42 kuwaiti dinar '],
  ['ratios and fractions', 'one out of three, one twenty-fifth, a quarter million '],
  ['measures in parts', '5 feet 2 inches and 2 km and 1 meter '],
  // Bare amounts after money in one endless paragraph: each may borrow an earlier currency.
  ['money of the sentence', '3 Milliarden Euro und 20 Millionen, 4 milliards d’euros et 2 millions, '],
  // Pounds after a word of money or weight, the noun written as the pack spells it or not.
  ['pounds', 'for 5 pounds a week, 3 Pfund Sterling, 2 livres sterling, '],
  ['dates and years', 'am 6. August 2024, le 1er septembre 1999, on June 3, 2021, '],
];

/** An input of at least `chars` characters: the unit repeated. */
export function adversarialInput(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}
