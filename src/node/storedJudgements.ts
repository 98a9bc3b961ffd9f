import { createHash } from 'node:crypto';

import type { FigureMatch, LocatedFigure, MatchKind } from '../core/figures/figureIndex';
import type { KeptJudgements, Remembered, Verdict } from '../core/lint/figureVerdicts';
import type { Source } from '../core/sources/source';
import { figureOfParagraph, placeOfFigure } from '../core/sources/storedParagraph';
import type { Figure } from '../core/types';
import { entriesByHash, withKeptBefore } from './keptByHash';
import { CacheDamaged } from './storedIndex';

/**
 * Where a source figure is, as a cache keeps it: the file's place in the cache (the library's
 * load order), the paragraph's place in the source and the figure's place in it, and the
 * paragraph's number (what a LocatedFigure says).
 */
type FigureRef = [file: number, p: number, f: number, paragraph: number];

/**
 * One judgement as a cache's trailer line keeps it: a hash of its key (the figure's claim and
 * what covers it, figureVerdicts.ts), its verdict, its match (kind and figure) or 0, the other
 * subjects' figures or 0. Its lookups are not kept: the CLI's library does not change after it.
 */
export type StoredJudgement = [keyHash: string, verdict: Verdict, match: [MatchKind, FigureRef] | 0, others: FigureRef[] | 0];

const VERDICTS = new Set<unknown>(['ok', 'locator-mismatch', 'not-in-cited-source', 'uncited', 'subject-mismatch', 'unmatched']);
const KINDS = new Set<unknown>(['exact', 'rounded', 'converted']);

/** A key's hash: a fixed 22 characters instead of the figure's JSON (about 200), in a line written at every run. */
export function keyHash(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/**
 * The judgements to keep, as stored: those of this run (`judged`), then those kept from the run
 * before that this run did not use (`before`, as read), while they number at most `limit`. A
 * judgement one of whose figures has no ref (not in a cached source) is left out: judged again.
 */
export function storedJudgements(judged: ReadonlyMap<string, Remembered>, refOf: (located: LocatedFigure) => FigureRef | undefined, before: ReadonlyMap<string, StoredJudgement>, limit: number): StoredJudgement[] {
  const out: StoredJudgement[] = [];
  const written = new Set<string>();
  for (const [key, { verdict, match, otherSubjects }] of judged) {
    const matchRef = match && refOf(match.source);
    const others = otherSubjects?.map(refOf);
    if ((match && !matchRef) || others?.some((ref) => !ref)) continue;
    const hash = keyHash(key);
    written.add(hash);
    out.push([hash, verdict, match ? [match.kind, matchRef!] : 0, others ? (others as FigureRef[]) : 0]);
  }
  return withKeptBefore(out, before, written, limit);
}

/** The stored judgements of a trailer line by their key's hash; none when the line's are not a list. */
export function judgementsByHash(value: unknown): Map<string, StoredJudgement> {
  return entriesByHash(value, isStoredJudgement);
}

/**
 * The kept judgements over `sources` (the cache's files in its order, as the library holds
 * them): a judgement's figures are looked up in their sources only when read (a finding naming
 * one), so a source is parsed for the matches the findings show, not for every judgement.
 */
export function keptJudgements(stored: ReadonlyMap<string, StoredJudgement>, sources: readonly Source[]): KeptJudgements & { refOf(located: LocatedFigure): FigureRef | undefined } {
  const refs = new WeakMap<LocatedFigure, FigureRef>();
  const located = (ref: FigureRef): LocatedFigure => {
    const made = storedLocated(sources, ref);
    refs.set(made, ref);
    return made;
  };
  let byKey: Map<string, number[]> | undefined;
  return {
    get(key) {
      const judgement = stored.get(keyHash(key));
      if (!judgement || !refsFit(judgement, sources.length)) return undefined;
      const [, verdict, match, others] = judgement;
      const remembered: Remembered = { verdict, queries: undefined };
      if (match) remembered.match = { kind: match[0], source: located(match[1]) } satisfies FigureMatch;
      if (others) remembered.otherSubjects = others.map(located);
      return remembered;
    },
    refOf: (figure) => refs.get(figure) ?? refFromSource(figure, sources, (byKey ??= placesByKey(sources))),
  };
}

/** A figure's ref found in its source (which a judgement this run has read already). */
function refFromSource(located: LocatedFigure, sources: readonly Source[], byKey: ReadonlyMap<string, number[]>): FigureRef | undefined {
  for (const file of byKey.get(located.sourceKey) ?? []) {
    const place = placeOfFigure(sources[file], located.paragraph, located.figure);
    if (place) return [file, place[0], place[1], located.paragraph];
  }
  return undefined;
}

/** The places of the sources by key (a key is one source's in a library; a list, not to assume it). */
function placesByKey(sources: readonly Source[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  sources.forEach((source, file) => {
    const places = out.get(source.key);
    if (places) places.push(file);
    else out.set(source.key, [file]);
  });
  return out;
}

/**
 * A located figure whose figure is read from its source when first asked for (the same object
 * the source's paragraph lists), its key and paragraph at hand. `figure` is an own enumerable
 * getter, first as in any LocatedFigure: the object spreads and serialises as a plain one.
 */
function storedLocated(sources: readonly Source[], [file, p, f, paragraph]: FigureRef): LocatedFigure {
  const source = sources[file];
  let figure: Figure | undefined;
  const located = {} as LocatedFigure;
  Object.defineProperty(located, 'figure', {
    enumerable: true,
    configurable: true,
    get: () => (figure ??= figureAt(source, p, f, paragraph)),
  });
  located.sourceKey = source.key;
  located.paragraph = paragraph;
  return located;
}

function figureAt(source: Source, p: number, f: number, paragraph: number): Figure {
  // Its text read first: a cache's lazy source is parsed by that, its columns then at hand.
  void source.text;
  const found = figureOfParagraph(source, p, f);
  if (!found || found.paragraph !== paragraph) throw new CacheDamaged();
  return found.figure;
}

function refsFit([, , match, others]: StoredJudgement, files: number): boolean {
  return (!match || match[1][0] < files) && (!others || others.every((ref) => ref[0] < files));
}

function isStoredJudgement(value: unknown): value is StoredJudgement {
  if (!Array.isArray(value) || value.length !== 4 || typeof value[0] !== 'string' || !VERDICTS.has(value[1])) return false;
  const [, , match, others] = value as unknown[];
  const matchFits = match === 0 || (Array.isArray(match) && match.length === 2 && KINDS.has(match[0]) && isRef(match[1]));
  return matchFits && (others === 0 || (Array.isArray(others) && others.every(isRef)));
}

function isRef(value: unknown): value is FigureRef {
  return Array.isArray(value) && value.length === 4 && value.every((n) => Number.isInteger(n) && n >= 0);
}
