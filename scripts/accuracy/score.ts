/**
 * Scores the engine on the accuracy benchmark: how well it reads the figures of annotated articles,
 * and how a lint of honest drafts with planted errors goes against those articles as sources.
 * Pure: the caller hands in the files' text, so the unit test runs it on a fixture of its own.
 */
import { Backcheck, type FigureReport } from '../../src/core/service';
import type { Finding, Lang } from '../../src/core/types';
import { countWords, overlaps, parseAnnotated, parsePlanted, type Mark, type Planted } from './annotations';

export interface CorpusFile {
  /** The language folder the file is in. */
  lang: string;
  /** The path printed in listings (relative to the benchmark folder). */
  path: string;
  text: string;
}

/** The rules whose findings say a figure is wrong: on an honest figure each is a false alarm. */
export const FIGURE_RULES = new Set(['figure-unmatched', 'figure-not-in-cited-source', 'citation-locator-mismatch', 'figure-subject-mismatch']);

export interface Listed { path: string; line: number; text: string; note?: string }

export interface LanguageScore {
  lang: string;
  articles: number;
  marks: number;
  figures: number;
  /** Marks some engine figure overlaps. */
  found: number;
  /** Engine figures that overlap a mark. */
  figuresOnMarks: number;
  /** Of found marks, those whose overlapping figure has the marked unit (both none counts). */
  unitsRight: number;
  valuesRight: number;
  kindsRight: number;
  /** Of found marks with a subject, those whose figure's `subject` agrees; null when the engine names no subjects. */
  subjectsMarked: number;
  subjectsRight: number | null;
  drafts: number;
  draftWords: number;
  falseAlarms: number;
  planted: number;
  caught: number;
  /** The engine could not read this language (it threw): the message. */
  engineError?: string;
  misses: Listed[];
  falseFigures: Listed[];
  wrongUnits: Listed[];
  wrongValues: Listed[];
  alarms: Listed[];
  uncaught: Listed[];
  /** figure-uncited findings on honest figures (information, not alarms). */
  uncited: Listed[];
  /** Problems of the data itself (bad marks, unknown keys, missing planted text): to fix in the corpus. */
  dataErrors: Listed[];
}

export interface Score {
  languages: LanguageScore[];
}

/** The corpus's format (bench/accuracy/README.md): files outside it are listed as data errors. */
const ARTICLE_WORDS = [250, 450];
const DRAFT_WORDS = [150, 300];

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function scoreCorpus(articles: CorpusFile[], drafts: CorpusFile[]): Score {
  const engine = new Backcheck();
  const langs = [...new Set([...articles, ...drafts].map((f) => f.lang))].sort();
  const byLang = new Map(langs.map((lang) => [lang, emptyScore(lang)]));
  const parsed = articles.map((file) => ({ file, ...parseAnnotated(file.text) }));
  for (const { file, plain, marks, errors } of parsed) {
    const score = byLang.get(file.lang)!;
    for (const e of errors) score.dataErrors.push({ path: file.path, line: e.line, text: e.message });
    const words = plain.split(/\s+/).filter(Boolean).length;
    if (words < ARTICLE_WORDS[0] || words > ARTICLE_WORDS[1]) score.dataErrors.push({ path: file.path, line: 1, text: `${words} words`, note: `an article has ${ARTICLE_WORDS.join('–')}` });
    engine.library.set({
      path: file.path,
      bytes: new TextEncoder().encode(plain),
      sidecar: new TextEncoder().encode(JSON.stringify({ lang: file.lang })),
    });
    try {
      scoreArticle(score, file, plain, marks, engine.figures(plain, { lang: file.lang as Lang, markdown: false }));
    } catch (error) {
      score.engineError = (error as Error).message;
    }
  }
  for (const file of drafts) {
    const score = byLang.get(file.lang)!;
    try {
      scoreDraft(score, file, engine.lint(file.text, { lang: file.lang as Lang }));
    } catch (error) {
      score.engineError = (error as Error).message;
    }
  }
  return { languages: [...byLang.values()] };
}

function scoreArticle(score: LanguageScore, file: CorpusFile, plain: string, marks: Mark[], figures: FigureReport[]): void {
  score.articles++;
  score.marks += marks.length;
  score.figures += figures.length;
  for (const mark of marks) {
    const on = figures.filter((f) => overlaps(f.span, mark.span));
    if (on.length === 0) {
      score.misses.push({ path: file.path, line: mark.line, text: mark.text, note: describeMark(mark) });
      continue;
    }
    score.found++;
    // The figure that covers most of the mark is the one the engine reports for it.
    const figure = on.reduce((best, f) => (overlapSize(f.span, mark.span) > overlapSize(best.span, mark.span) ? f : best));
    const got = `${figure.text} -> ${figure.value}${figure.unit ? ' ' + figure.unit : ''} ${figure.kind}`;
    if ((figure.unit ?? '') === (mark.unit ?? '')) score.unitsRight++;
    else score.wrongUnits.push({ path: file.path, line: mark.line, text: mark.text, note: `marked ${describeMark(mark)}, read ${got}` });
    if (same(figure.value, mark.value)) score.valuesRight++;
    else score.wrongValues.push({ path: file.path, line: mark.line, text: mark.text, note: `marked ${describeMark(mark)}, read ${got}` });
    if (!mark.kind || mark.kind === figure.kind) score.kindsRight++;
    const subject = (figure as { subject?: string }).subject;
    if (mark.subject) {
      score.subjectsMarked++;
      if (subject !== undefined) score.subjectsRight = (score.subjectsRight ?? 0) + (subject === mark.subject ? 1 : 0);
    }
  }
  for (const figure of figures) {
    if (marks.some((m) => overlaps(figure.span, m.span))) score.figuresOnMarks++;
    else score.falseFigures.push({ path: file.path, line: figure.range.start.line + 1, text: figure.text, note: `read as ${figure.value}${figure.unit ? ' ' + figure.unit : ''} ${figure.kind}: ${context(plain, figure.span)}` });
  }
}

function scoreDraft(score: LanguageScore, file: CorpusFile, findings: Finding[]): void {
  const { planted, errors } = parsePlanted(file.text);
  const words = countWords(file.text);
  score.drafts++;
  score.draftWords += words;
  if (words < DRAFT_WORDS[0] || words > DRAFT_WORDS[1]) score.dataErrors.push({ path: file.path, line: 1, text: `${words} words`, note: `a draft has ${DRAFT_WORDS.join('–')}` });
  if (planted.length + errors.length < 2 || planted.length + errors.length > 3) score.dataErrors.push({ path: file.path, line: 1, text: `${planted.length + errors.length} planted errors`, note: 'a draft has 2–3' });
  score.planted += planted.length;
  for (const e of errors) score.dataErrors.push({ path: file.path, line: e.line, text: e.message });
  const figureFindings = findings.filter((f) => FIGURE_RULES.has(f.ruleId));
  for (const p of planted) {
    if (figureFindings.some((f) => overlaps(f.span, p.span))) score.caught++;
    else score.uncaught.push({ path: file.path, line: p.line, text: p.text, note: nearbyFinding(findings, p) });
  }
  for (const f of findings) {
    const at = { path: file.path, line: f.range.start.line + 1, text: file.text.slice(f.span.start, f.span.end) };
    if (FIGURE_RULES.has(f.ruleId)) {
      if (!planted.some((p) => overlaps(f.span, p.span))) {
        score.falseAlarms++;
        score.alarms.push({ ...at, note: `${f.ruleId}: ${f.message}` });
      }
    } else if (f.ruleId === 'figure-uncited') {
      // An honest draft cites every figure: an uncited one is a slip in the corpus or a sentence
      // the engine split in two ("die 14. Etappe"). Listed, not counted as an alarm (it is information).
      if (!planted.some((p) => overlaps(f.span, p.span))) score.uncited.push({ ...at, note: f.message });
    } else {
      // Unknown keys, paragraphs out of range, unmatched quotations: the corpus is wrong.
      score.dataErrors.push({ ...at, note: `${f.ruleId}: ${f.message}` });
    }
  }
}

function nearbyFinding(findings: Finding[], p: Planted): string {
  const f = findings.find((x) => overlaps(x.span, p.span));
  return f ? `only ${f.ruleId}: ${f.message}` : 'no finding';
}

function describeMark(m: Mark): string {
  return [m.value, m.unit, m.kind, m.subject && `subject=${m.subject}`].filter(Boolean).join(' ');
}

function overlapSize(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function context(text: string, span: { start: number; end: number }): string {
  const from = Math.max(0, span.start - 30);
  return `…${text.slice(from, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 30)}…`.replace(/\s+/g, ' ');
}

function emptyScore(lang: string): LanguageScore {
  return {
    lang, articles: 0, marks: 0, figures: 0, found: 0, figuresOnMarks: 0, unitsRight: 0, valuesRight: 0, kindsRight: 0,
    subjectsMarked: 0, subjectsRight: null, drafts: 0, draftWords: 0, falseAlarms: 0, planted: 0, caught: 0,
    misses: [], falseFigures: [], wrongUnits: [], wrongValues: [], alarms: [], uncaught: [], uncited: [], dataErrors: [],
  };
}

/** The headline rates of one language, as fractions (null when there is nothing to divide by). */
export function rates(s: LanguageScore) {
  const div = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    recall: div(s.found, s.marks),
    precision: div(s.figuresOnMarks, s.figures),
    units: div(s.unitsRight, s.found),
    values: div(s.valuesRight, s.found),
    kinds: div(s.kindsRight, s.found),
    subjects: s.subjectsRight === null ? null : div(s.subjectsRight, s.subjectsMarked),
    falseAlarmsPer1000Words: div(s.falseAlarms * 1000, s.draftWords),
    plantedCaught: div(s.caught, s.planted),
  };
}
