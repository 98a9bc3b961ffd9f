/**
 * Concepts are what a figure counts or measures, named by one English id that every language
 * pack maps its own words to ("person" for "people", "Menschen", "personnes"). Some concepts are
 * kinds of another: a figure about residents is a figure about people, so "76,000 people" agrees
 * with "76.000 Einwohner", while "6 reactors" and "6 vehicles" disagree. This is the one table of
 * those kinds; it is language-neutral, the words are in each pack's concepts.ts.
 */
export const BROADER: Readonly<Record<string, string>> = {
  resident: 'person', civilian: 'person', voter: 'person', patient: 'person', child: 'person', worker: 'person',
  employee: 'worker', doctor: 'worker', nurse: 'worker', customer: 'person', victim: 'person', spectator: 'person',
  runner: 'person', rider: 'person', student: 'person', pupil: 'person', passenger: 'person', refugee: 'person',
  soldier: 'worker', donor: 'person', defendant: 'person', member: 'person', death: 'person', injury: 'person',
  visitor: 'person', adult: 'person', woman: 'person', man: 'person', responder: 'worker', officer: 'responder', firefighter: 'responder',
  prisoner: 'person', migrant: 'person', player: 'person', teacher: 'worker', mep: 'member',
  household: 'home', reactor: 'plant', turbine: 'plant', flat: 'home', house: 'home', car: 'vehicle', bus: 'vehicle', truck: 'vehicle',
};

/**
 * Concepts that count the same things in news text, one for one, though they name different
 * things: a seat is held by a member, a bed by a patient, a customer of a utility is a household
 * or a home, a post is a worker's, a vote is a voter's. A figure of one agrees with a figure of the other.
 */
export const COUNTED_ALIKE: ReadonlyArray<readonly [string, string]> = [
  ['seat', 'member'],
  ['bed', 'patient'],
  ['customer', 'household'],
  ['customer', 'home'],
  ['job', 'worker'],
  // A house is one building, and a building damaged or seized is counted as a house is.
  ['house', 'building'],
  // One voter, one vote: "12,6 points des voix" and "12,6 Prozentpunkte gegenüber der Wahl"
  // (Wahl, Wähler: the voters' concept), "40 % des électeurs" and "40 percent of the vote".
  ['vote', 'voter'],
  // A race's starters: French says "coureurs" of cyclists and runners alike, English "riders" of the first.
  ['rider', 'runner'],
];

/** The age of a person is no count and no duration: it matches only another age. */
export const AGE = 'age';

/**
 * Days counted as occasions ("on 23 days", "an 96 Verhandlungstagen"): a count of days, which
 * another writer gives as a number of days ("23 Tagen") and matches it as such.
 */
export const DAY = 'day';

/**
 * Points of a vote or a rate: "won by 30 points" is read as percentage points where its sentence
 * speaks of a vote, and as a count of points where the words that say so are further away.
 */
export const POINT = 'point';

/** Whoever is a person: years of a person are an age ("un homme de 69 ans"). */
export const PERSON = 'person';

/** Do two concepts count the same: one is the other or a kind of it, or they are counted alike? */
export function sameCount(a: string, b: string): boolean {
  const chainA = conceptChain(a);
  const chainB = conceptChain(b);
  if (chainA.includes(b) || chainB.includes(a)) return true;
  return COUNTED_ALIKE.some(([x, y]) => (chainA.includes(x) && chainB.includes(y)) || (chainA.includes(y) && chainB.includes(x)));
}

/** The concept and every broader one, narrowest first ("employee", "worker", "person"). */
export function conceptChain(concept: string): string[] {
  const chain = [concept];
  for (let c = BROADER[concept]; c !== undefined && !chain.includes(c); c = BROADER[c]) chain.push(c);
  return chain;
}
