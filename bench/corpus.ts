/**
 * A deterministic news-like corpus for benchmarks: English and German source articles (one
 * paragraph a line, figures in each locale's format) and Markdown drafts that cite them. The same
 * seed gives the same text on every machine, so runs compare.
 */

import { layoutPdfText, type PdfPage } from '../src/core/sources/pdfLayout';
import type { ExtractedText } from '../src/core/sources/source';
import { rng } from './rng';

export interface Corpus {
  /** Every fifth source stands for a PDF: `extracted` is its text layer laid out by page. */
  sources: Array<{ path: string; text: string; extracted?: ExtractedText }>;
  drafts: Array<{ path: string; text: string }>;
}


const EN = [
  (n: string) => `More than ${n} residents were moved to safety, officials said on Tuesday.`,
  (n: string) => `The ministry said ${n} homes had been without power since the weekend.`,
  (n: string) => `About ${n} volunteers joined the effort, according to the city council.`,
  (n: string) => `Damage to roads was put at ${n} euros, a spokesperson said.`,
];
const DE = [
  (n: string) => `Mehr als ${n} Anwohner wurden nach Angaben der Behörden in Sicherheit gebracht.`,
  (n: string) => `Das Ministerium teilte mit, dass ${n} Haushalte seit dem Wochenende ohne Strom sind.`,
  (n: string) => `Rund ${n} Freiwillige beteiligten sich an den Arbeiten, hieß es aus dem Rathaus.`,
  (n: string) => `Die Schäden an Straßen wurden auf ${n} Euro beziffert, sagte ein Sprecher.`,
];

export function makeCorpus(options: { sources: number; drafts: number; paragraphs: number; seed?: number }): Corpus {
  const random = rng(options.seed ?? 42);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const amount = () => Math.floor(random() * 200) * 100 + 100;
  const values: number[] = [];
  const sources = Array.from({ length: options.sources }, (_, i) => {
    const de = i % 2 === 1;
    const lines = Array.from({ length: options.paragraphs }, () => {
      const value = amount();
      values.push(value);
      const text = value.toLocaleString(de ? 'de-DE' : 'en-US');
      return `${pick(de ? DE : EN)(text)} ${pick(de ? DE : EN)(String(Math.floor(random() * 50) + 2))}`;
    });
    const name = `${de ? 'de' : 'en'}_${String(i).padStart(3, '0')}`;
    if (i % 5 === 4) return { path: `sources/${name}.pdf`, text: '', extracted: layoutPdfText(asPdfPages(lines, name)) };
    return { path: `sources/${name}.txt`, text: lines.join('\n') + '\n' };
  });
  const drafts = Array.from({ length: options.drafts }, (_, d) => {
    const blocks = [`# Draft ${d + 1}`, ''];
    for (let p = 0; p < options.paragraphs; p++) {
      // Most figures come from a source; some are off, as in a real draft under edit.
      const value = random() < 0.8 ? pick(values) : amount() + 7;
      const key = pick(sources).path.replace(/^sources\/|\.(txt|pdf)$/g, '');
      blocks.push(`${pick(EN)(value.toLocaleString('en-US'))} [@${key}, para. ${1 + Math.floor(random() * options.paragraphs)}]`, '');
    }
    return { path: `drafts/draft_${d}.md`, text: blocks.join('\n') };
  });
  return { sources, drafts };
}

/**
 * Paragraphs as a PDF's text layer would hold them: lines of about 60 characters, ten paragraphs
 * a page, a running head on every page, so the bench also runs the PDF layout (pdf.js itself is
 * not timed here: it reads bytes, the corpus is text).
 */
function asPdfPages(paragraphs: string[], title: string): PdfPage[] {
  const pages: PdfPage[] = [];
  for (let p = 0; p < paragraphs.length; p += 10) {
    const items = [{ str: `${title} · report`, x: 50, y: 805, width: 80, size: 8 }];
    let y = 760;
    for (const paragraph of paragraphs.slice(p, p + 10)) {
      for (const line of paragraph.match(/.{1,60}(?:\s|$)/g) ?? []) {
        items.push({ str: line.trim(), x: 50, y, width: line.length * 5, size: 10 });
        y -= 13;
      }
      y -= 13;
    }
    pages.push({ width: 595, height: 842, items });
  }
  return pages;
}
