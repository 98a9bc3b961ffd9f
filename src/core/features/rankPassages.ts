import { extractFigures } from '../figures/extractFigures';
import { lookupValue } from '../figures/figureIndex';
import type { SourceLibrary } from '../sources/library';
import type { Lang } from '../types';

export interface RankedPassage {
  key: string;
  paragraph: number;
  text: string;
  sharedFigures: number;
  sharedWords: number;
}

const STOP = new Set(['the', 'and', 'that', 'with', 'from', 'have', 'were', 'this', 'said', 'der', 'die', 'das', 'und', 'mit', 'von', 'eine', 'einer', 'wurden', 'dass', 'nach']);

const wordsOf = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));

/**
 * Every passage of every source, ranked by how well it fits a sentence: shared figures first —
 * compared by kind, unit and value, so they cross languages ("120,000" and "120.000") — then
 * shared words. Ties keep reading order.
 */
export function rankPassages(sentence: string, lang: Lang, library: SourceLibrary): RankedPassage[] {
  const figures = extractFigures(sentence, lang).map((f) => `${f.kind}|${f.unit ?? ''}|${lookupValue(f)}`);
  const words = wordsOf(sentence);
  const ranked: RankedPassage[] = [];
  for (const source of library.sources) {
    for (const paragraph of source.paragraphs) {
      const theirs = new Set(paragraph.figures.map((f) => `${f.kind}|${f.unit ?? ''}|${lookupValue(f)}`));
      const sharedFigures = figures.filter((f) => theirs.has(f)).length;
      let sharedWords = 0;
      for (const w of wordsOf(paragraph.text)) if (words.has(w)) sharedWords++;
      ranked.push({ key: source.key, paragraph: paragraph.index, text: paragraph.text, sharedFigures, sharedWords });
    }
  }
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.sharedFigures - a.r.sharedFigures || b.r.sharedWords - a.r.sharedWords || a.i - b.i)
    .map(({ r }) => r);
}
