import type { Citation, CitedKey } from '../citations/citation';
import type { Draft } from '../draft';
import { bucketKey, lookupValue, type FigureMatch, type IndexQuery, type LocatedFigure } from '../figures/figureIndex';
import { matchFigure, sameNumberOtherSubject } from '../figures/matchFigure';
import type { LibraryChange, SourceLibrary } from '../sources/library';
import { locate } from '../sources/locate';
import { sentenceAt } from '../text/sentences';
import type { Figure, Span } from '../types';

/**
 * What the sources say of one draft figure, decided once per lint run and read by the figure
 * rules (each rule reports one verdict):
 * - `ok`: a cited source has it in a cited paragraph (or anywhere, when the citation has no locator);
 * - `locator-mismatch`: a cited source has it, but not in the cited paragraphs;
 * - `not-in-cited-source`: no cited source has it, another source does;
 * - `uncited`: a source has it and the sentence cites none;
 * - `subject-mismatch`: no source has it, but a source has its number counting something else
 *   ("6 reactors" where the cited paragraph has "6 vehicles");
 * - `unmatched`: no source has it.
 */
export type Verdict = 'ok' | 'locator-mismatch' | 'not-in-cited-source' | 'uncited' | 'subject-mismatch' | 'unmatched';

export interface FigureVerdict {
  figure: Figure;
  sentence: Span;
  /**
   * The citation that covers the figure: the first one after it in its sentence (Pandoc's
   * convention: a citation vouches for the words before it), else the last one before it.
   */
  covering?: Citation;
  /** Known sources of the covering citation, with their locators. */
  cited: CitedKey[];
  verdict: Verdict;
  /** The source figure that matched (in the cited passage when there is one), if any did. */
  match?: FigureMatch;
  /** For `subject-mismatch`: source figures with the number, about something else (cited passage first). */
  otherSubjects?: LocatedFigure[];
}

/** A draft's verdicts at a library version, with what each one read of the library. */
interface Judged {
  version: number;
  verdicts: FigureVerdict[];
  /** Per verdict: the lookups its judgement made of the whole library's figure index (undefined: not known). */
  queries: Array<IndexQuery[] | undefined>;
}

// Per draft and library, for the library's version: a draft is shared across lints (service.ts),
// and a source change must not leave a verdict standing that the change could alter.
const cache = new WeakMap<Draft, WeakMap<SourceLibrary, Judged>>();

export function figureVerdicts(draft: Draft, library: SourceLibrary): FigureVerdict[] {
  let byLibrary = cache.get(draft);
  if (!byLibrary) cache.set(draft, (byLibrary = new WeakMap()));
  const cached = byLibrary.get(library);
  if (cached?.version === library.version) return cached.verdicts;
  const judged = cached ? rejudge(cached, draft, library) : judgeAll(draft, library);
  byLibrary.set(library, judged);
  return judged.verdicts;
}

function judgeAll(draft: Draft, library: SourceLibrary): Judged {
  const figures = draft.figures.filter((f) => f.kind !== 'ordinal');
  const verdicts: FigureVerdict[] = [];
  const queries: Array<IndexQuery[] | undefined> = [];
  const memo = memoFor(library);
  for (const figure of figures) {
    const [verdict, read] = judgeRemembered(figure, draft, library, memo);
    verdicts.push(verdict);
    queries.push(read);
  }
  return { version: library.version, verdicts, queries };
}

/**
 * The verdicts after the library changed: a verdict is judged again only when a changed source
 * has a key its citation names, or a figure (old or new) inside a lookup its judgement made;
 * any other verdict would come out the same, so it stands. When the changes are not known
 * (the library was replaced whole), everything is judged again.
 */
function rejudge(cached: Judged, draft: Draft, library: SourceLibrary): Judged {
  const change = library.changesSince(cached.version);
  if (!change) return judgeAll(draft, library);
  const touched = touchedValues(change);
  const verdicts = cached.verdicts.slice();
  const queries = cached.queries.slice();
  for (let i = 0; i < verdicts.length; i++) {
    const { figure, covering } = verdicts[i];
    // A judgement kept from an earlier run has no lookups recorded: any change judges it again.
    const read = queries[i];
    if (read && !covering?.keys.some((k) => change.keys.has(k.key)) && !read.some((q) => hits(q, touched))) continue;
    [verdicts[i], queries[i]] = judgeRecorded(figure, draft, library);
  }
  return { version: library.version, verdicts, queries };
}

/**
 * What a figure's judgement came to at one library version, by what it depends on: the figure
 * itself (all but where it stands) and the keys and locators of the citation covering it. Each
 * keystroke makes a new draft, with new figure objects; without this, every figure of a long
 * draft would be judged again against the whole library at every keystroke, though only the
 * edited sentence's figures can come out differently.
 */
export type Remembered = Pick<FigureVerdict, 'verdict' | 'match' | 'otherSubjects'> & {
  /** Undefined for a judgement kept from an earlier run (its lookups not kept): any change judges it again. */
  queries: IndexQuery[] | undefined;
};
interface Memo {
  version: number;
  judged: Map<string, Remembered>;
  /** Judgements an earlier run made against this very library (keepJudgements), asked on a miss. */
  kept?: KeptJudgements;
}

/** Judgements kept from an earlier run, by the key judgeRemembered gives them. */
export interface KeptJudgements {
  get(key: string): Remembered | undefined;
}
const memos = new WeakMap<SourceLibrary, Memo>();
/** Past this many remembered judgements the memo starts again, so a long session's stays bounded. */
const MEMO_LIMIT = 50_000;

function memoFor(library: SourceLibrary): Memo {
  let memo = memos.get(library);
  if (!memo || memo.version !== library.version || memo.judged.size > MEMO_LIMIT) {
    const kept = memo?.version === library.version ? memo.kept : undefined;
    memos.set(library, (memo = { version: library.version, judged: new Map(), kept }));
  }
  return memo;
}

/**
 * Lets the judgements of an earlier run stand for this library at its present version: a CLI
 * run whose sources are all as cached (the stored figure index standing) judges only the
 * figures those judgements do not cover, not every figure of a draft with one line added. A
 * change to the library drops them with the memo.
 */
export function keepJudgements(library: SourceLibrary, kept: KeptJudgements): void {
  memos.set(library, { version: library.version, judged: new Map(), kept });
}

/** The judgements made (or taken from those kept) at the library's present version, by key: for a cache to keep. */
export function judgementsOf(library: SourceLibrary): ReadonlyMap<string, Remembered> {
  const memo = memos.get(library);
  return memo?.version === library.version ? memo.judged : new Map();
}

function judgeRemembered(figure: Figure, draft: Draft, library: SourceLibrary, memo: Memo): [FigureVerdict, IndexQuery[] | undefined] {
  const sentence = sentenceAt(draft.sentences, figure.span.start);
  const covering = coveringCitation(draft.citations, sentence, figure.span);
  const cited = (covering?.keys ?? []).filter((k) => library.byKey(k.key));
  const key = `${claimKey(figure)}|${cited.length === 0 ? '' : JSON.stringify(cited.map(citedAs))}`;
  let known = memo.judged.get(key);
  if (!known && (known = memo.kept?.get(key))) memo.judged.set(key, known);
  if (known) {
    const { queries, ...outcome } = known;
    return [{ figure, sentence, covering, cited, ...outcome }, queries];
  }
  const [verdict, queries] = judgeRecorded(figure, draft, library);
  const { figure: _f, sentence: _s, covering: _c, cited: _k, ...outcome } = verdict;
  memo.judged.set(key, { ...outcome, queries });
  return [verdict, queries];
}

/** A cited key as judgement reads it: the key and what its locator names, not where it is written. */
function citedAs({ key, locator }: CitedKey): unknown[] {
  return locator ? [key, locator.label, locator.from, locator.to, locator.page?.from, locator.page?.to] : [key];
}

/**
 * Claim keys by figure object, for the figures a keystroke's draft takes over from the last
 * (draftFigures.ts). A Map emptied when full, not a WeakMap: a WeakMap's table grows with every
 * figure a draft holds (17 MB at 500,000), past the heap a lint of 1 MB of "1-2-3" must fit in.
 */
const claimKeys = new Map<Figure, string>();
const CLAIM_KEYS_LIMIT = 20_000;

/**
 * A figure as its judgement reads it: all but where it stands (its span, and where its number
 * is written in it), so a figure that an edit before it only moved is judged as it was.
 */
export function claimKey(figure: Figure): string {
  let key = claimKeys.get(figure);
  if (key === undefined) {
    const { span: _span, number: _number, ...claim } = figure;
    key = JSON.stringify(claim);
    if (claimKeys.size >= CLAIM_KEYS_LIMIT) claimKeys.clear();
    claimKeys.set(figure, key);
  }
  return key;
}

/** Judges one figure, recording the lookups made of the whole library's index meanwhile. */
function judgeRecorded(figure: Figure, draft: Draft, library: SourceLibrary): [FigureVerdict, IndexQuery[]] {
  const index = library.figureIndex;
  const read: IndexQuery[] = [];
  index.queries = read;
  try {
    return [judge(figure, draft, library), read];
  } finally {
    index.queries = undefined;
  }
}

/** The changed figures' lookup values by bucket, and by kind for whole-kind queries (figureIndex.ts). */
function touchedValues(change: LibraryChange): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const push = (key: string, value: number) => {
    const list = out.get(key);
    if (list) list.push(value);
    else out.set(key, [value]);
  };
  for (const figure of change.figures) {
    push(bucketKey(figure), lookupValue(figure));
    push(`${figure.kind}|*`, 0);
  }
  return out;
}

function hits(query: IndexQuery, touched: Map<string, number[]>): boolean {
  const values = touched.get(query.key);
  return values !== undefined && values.some((v) => v >= query.low && v <= query.high);
}

/** An empty paragraph range (from > to). */
const NO_PARAGRAPH = { from: 1, to: 0 };

function judge(figure: Figure, draft: Draft, library: SourceLibrary): FigureVerdict {
  const sentence = sentenceAt(draft.sentences, figure.span.start);
  const covering = coveringCitation(draft.citations, sentence, figure.span);
  const cited = (covering?.keys ?? []).filter((k) => library.byKey(k.key));
  const base = { figure, sentence, covering, cited };
  if (cited.length > 0) {
    for (const key of cited) {
      const located = locate(library.byKey(key.key)!, key.locator);
      // A locator past the source's end names no paragraph: nothing there has the figure, so the
      // figure is a locator mismatch, which the out-of-range finding then stands for (precedence.ts).
      const range = !located ? undefined : 'range' in located ? located.range : NO_PARAGRAPH;
      const match = matchFigure(figure, library.figureIndexOf(key.key, range));
      if (match) return { ...base, verdict: 'ok', match };
    }
    for (const key of cited) {
      const match = matchFigure(figure, library.figureIndexOf(key.key));
      if (match) return { ...base, verdict: 'locator-mismatch', match };
    }
  }
  const match = matchFigure(figure, library.figureIndex);
  if (!match) {
    const otherSubjects = sameNumberElsewhere(figure, cited, library);
    return otherSubjects.length > 0 ? { ...base, verdict: 'subject-mismatch', otherSubjects } : { ...base, verdict: 'unmatched' };
  }
  return { ...base, verdict: cited.length > 0 ? 'not-in-cited-source' : 'uncited', match };
}

/**
 * Where the sources have the figure's number about something else: in the cited passages, else
 * in the cited sources, else anywhere (so the message names the passage the writer meant).
 */
function sameNumberElsewhere(figure: Figure, cited: CitedKey[], library: SourceLibrary): LocatedFigure[] {
  if (figure.subject === undefined) return [];
  const passages = cited.flatMap((key) => {
    const located = locate(library.byKey(key.key)!, key.locator);
    return located && 'range' in located ? sameNumberOtherSubject(figure, library.figureIndexOf(key.key, located.range)) : [];
  });
  if (passages.length > 0) return passages;
  const sources = cited.flatMap((key) => sameNumberOtherSubject(figure, library.figureIndexOf(key.key)));
  return sources.length > 0 ? sources : sameNumberOtherSubject(figure, library.figureIndex);
}

/**
 * The citation covering `span` in `sentence`: the first citation starting at or after the
 * span's end within the sentence, else the last one before it. Citations are sorted by start,
 * so both are found by binary search (drafts with thousands of citations stay linear).
 */
export function coveringCitation(citations: Citation[], sentence: Span, span: Span): Citation | undefined {
  let lo = 0;
  let hi = citations.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (citations[mid].span.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const after = citations[lo];
  if (after && after.span.start < sentence.end) return after;
  const before = citations[lo - 1];
  return before && before.span.start >= sentence.start && before.span.end <= span.start ? before : undefined;
}

/** A source figure as quick fixes and messages name it. */
export function located(match: FigureMatch) {
  return { value: match.source.figure.value, text: match.source.figure.text, sourceKey: match.source.sourceKey, paragraph: match.source.paragraph, kind: match.kind };
}
