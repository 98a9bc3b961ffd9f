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

/** The age of a person is no count and no duration: it matches only another age. */
export const AGE = 'age';

/** The concept and every broader one, narrowest first ("employee", "worker", "person"). */
export function conceptChain(concept: string): string[] {
  const chain = [concept];
  for (let c = BROADER[concept]; c !== undefined && !chain.includes(c); c = BROADER[c]) chain.push(c);
  return chain;
}
