import { extractFigures } from '../figures/extractFigures';
import { lookupValue } from '../figures/figureIndex';
import type { SourceLibrary } from '../sources/library';
import type { Paragraph } from '../sources/source';
import type { Figure, Lang } from '../types';

export interface RankedPassage {
  key: string;
  paragraph: number;
  text: string;
  sharedFigures: number;
  sharedWords: number;
}

const STOP = new Set(['the', 'and', 'that', 'with', 'from', 'have', 'were', 'this', 'said', 'der', 'die', 'das', 'und', 'mit', 'von', 'eine', 'einer', 'wurden', 'dass', 'nach']);

const wordsOf = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
const figureKey = (f: Figure) => `${f.kind}|${f.unit ?? ''}|${lookupValue(f)}`;

/**
 * A passage's words and figure keys, computed once per paragraph object (the library replaces a
 * source's paragraphs when it reloads), so ranking on every keystroke of a completion stays cheap.
 */
const passageTerms = new WeakMap<Paragraph, { words: Set<string>; figures: Set<string> }>();
function termsOf(paragraph: Paragraph) {
  let terms = passageTerms.get(paragraph);
  if (!terms) passageTerms.set(paragraph, (terms = { words: wordsOf(paragraph.text), figures: new Set(paragraph.figures.map(figureKey)) }));
  return terms;
}

/**
 * Every passage of every source, ranked by how well it fits a sentence: shared figures first —
 * compared by kind, unit and value, so they cross languages ("120,000" and "120.000") — then
 * shared words. Ties keep reading order.
 */
export function rankPassages(sentence: string, lang: Lang, library: SourceLibrary): RankedPassage[] {
  const figures = extractFigures(sentence, lang).map(figureKey);
  const words = wordsOf(sentence);
  const ranked: RankedPassage[] = [];
  for (const source of library.sources) {
    for (const paragraph of source.paragraphs) {
      const theirs = termsOf(paragraph);
      const sharedFigures = figures.filter((f) => theirs.figures.has(f)).length;
      let sharedWords = 0;
      for (const w of words) if (theirs.words.has(w)) sharedWords++;
      ranked.push({ key: source.key, paragraph: paragraph.index, text: paragraph.text, sharedFigures, sharedWords });
    }
  }
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.sharedFigures - a.r.sharedFigures || b.r.sharedWords - a.r.sharedWords || a.i - b.i)
    .map(({ r }) => r);
}
