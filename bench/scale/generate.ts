/**
 * A deterministic newsroom-scale corpus: N source articles of about 4 KB each (a third German,
 * one in four a Markdown file with front matter, the rest plain text with one paragraph a line),
 * dense with figures from `newsText`, and an English draft of about 10,000 words that cites them
 * the way a feature story does: most figures right, some off, some cited at the wrong paragraph.
 * The same seed gives the same bytes on every machine, so runs and machines compare.
 */
import { newsText, type BenchLang } from '../newsText';
import { rng } from '../rng';

export interface ScaleFile {
  path: string;
  text: string;
}

export interface ScaleCorpus {
  sources: ScaleFile[];
  /** The 10,000-word feature draft, citing the sources. */
  draft: ScaleFile;
  /** A short draft with one quotation taken from a source, and nothing else to check. */
  quoteDraft: ScaleFile;
}

export interface ScaleOptions {
  sources: number;
  seed?: number;
  draftWords?: number;
}

const LINES_PER_SOURCE = 20;
const OUTLETS = ['Elbe Kurier', 'Morning Ledger', 'Rheinische Post-Bote', 'The Harbour Times', 'Nordwest Echo', 'Valley Herald'];

/** Prose with no figures, so the draft reads like a story and not a list of claims. */
const FILLER = [
  'The decision came after weeks of talks between the regional government and the unions.',
  'Residents in the lower districts said they had been given little warning.',
  'Critics argue that the plan does too little for small businesses along the river.',
  'The mayor defended the response at a press conference in the town hall.',
  'Several aid groups have called for an independent review of how the money is spent.',
  'Engineers are still assessing the damage to bridges and railway lines.',
  'Opposition politicians accused the ministry of publishing its figures too late.',
  'Many families are staying with relatives until their homes can be repaired.',
  'The insurance industry has warned that premiums in the region are likely to rise.',
  'Local schools have opened their gyms as shelters for those who lost their homes.',
];

const HEADINGS = ['The response', 'Counting the cost', 'Jobs and the economy', 'What comes next', 'Voices from the valley', 'The money'];

/** A figure found in a source paragraph, written the way an English draft writes it. */
interface CitedFigure {
  english: (offBy: number) => string;
}

export function makeScaleCorpus(options: ScaleOptions): ScaleCorpus {
  const seed = options.seed ?? 15;
  const random = rng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const sources = Array.from({ length: options.sources }, (_, i) => makeSource(i, seed));
  const draft = makeDraft(sources, options.draftWords ?? 10_000, random, pick);
  return { sources, draft, quoteDraft: makeQuoteDraft(sources) };
}

export function sourceLang(i: number): BenchLang {
  return i % 3 === 2 ? 'de' : 'en';
}

export function sourceKey(i: number): string {
  return `${sourceLang(i)}_${String(i).padStart(5, '0')}`;
}

function makeSource(i: number, seed: number): ScaleFile {
  const lang = sourceLang(i);
  const lines = newsText(lang, LINES_PER_SOURCE, (seed * 100_003 + i) | 0).trimEnd().split('\n');
  const key = sourceKey(i);
  if (i % 4 !== 3) return { path: `sources/${lang}/${key}.txt`, text: lines.join('\n') + '\n' };
  // Markdown sources: front matter, and paragraphs as blocks separated by blank lines.
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const title = lines[0].split(' ').slice(0, 8).join(' ').replace(/[,.]$/, '');
  const front = ['---', `title: "${title}"`, `outlet: ${OUTLETS[i % OUTLETS.length]}`, `date: 2026-${month}-${day}`, `lang: ${lang}`, '---', ''];
  return { path: `sources/${lang}/${key}.md`, text: front.join('\n') + lines.join('\n\n') + '\n' };
}

/** Paragraph texts of a generated source, numbered from 1 as the library numbers them. */
function paragraphsOf(source: ScaleFile): string[] {
  const body = source.text.replace(/^---\n[\s\S]*?\n---\n/, '');
  return body.split('\n').filter((line) => line.trim() !== '');
}

function makeDraft(sources: ScaleFile[], words: number, random: () => number, pick: <T>(items: readonly T[]) => T): ScaleFile {
  const blocks = ['# After the flood: a region counts the cost', ''];
  let count = 0;
  let paragraphs = 0;
  while (count < words) {
    if (paragraphs % 8 === 7) blocks.push(`## ${pick(HEADINGS)}`, '');
    const sentences = [pick(FILLER)];
    for (let claims = 1 + Math.floor(random() * 2); claims > 0; claims--) {
      const s = Math.floor(random() * sources.length);
      const paras = paragraphsOf(sources[s]);
      const p = Math.floor(random() * paras.length);
      const figure = firstFigure(paras[p], pick);
      if (!figure) continue;
      const roll = random();
      // Most figures are right; some are off (figure-unmatched), some cite the wrong paragraph.
      const offBy = roll < 0.1 ? 7 : 0;
      const para = roll >= 0.1 && roll < 0.2 ? 1 + ((p + 1) % paras.length) : p + 1;
      sentences.push(figure.english(offBy).replace(/\.$/, ` [@${sourceKey(s)}, para. ${para}].`));
    }
    if (random() < 0.5) sentences.push(pick(FILLER));
    const paragraph = sentences.join(' ');
    blocks.push(paragraph, '');
    count += paragraph.split(/\s+/).length;
    paragraphs++;
  }
  return { path: 'drafts/feature.md', text: blocks.join('\n') };
}

const CLAIMS = {
  count: [
    (n: string) => `Officials counted ${n} people affected in the area.`,
    (n: string) => `By the end of the week, ${n} residents had registered for help.`,
    (n: string) => `The authorities put the number of households hit at ${n}.`,
  ],
  share: [
    (x: string) => `The rate stood at ${x}% in the second quarter.`,
    (x: string) => `That is a share of ${x}%, according to the latest figures.`,
  ],
  euros: [
    (x: string) => `The region was promised ${x} million euros in aid.`,
    (x: string) => `Repairs are expected to cost ${x} million euros.`,
  ],
};

/** The first count, share or sum of euros in a source paragraph, in English. */
function firstFigure(paragraph: string, pick: <T>(items: readonly T[]) => T): CitedFigure | undefined {
  const count = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)(?![\d])/.exec(paragraph);
  if (count) {
    const n = Number(count[1].replace(/[.,]/g, ''));
    const claim = pick(CLAIMS.count);
    return { english: (off) => claim((n + off).toLocaleString('en-US')) };
  }
  const share = /(\d+)[.,](\d) ?(?:%|per cent|Prozent)/.exec(paragraph);
  if (share) {
    const claim = pick(CLAIMS.share);
    return { english: (off) => claim(`${Number(share[1]) + off}.${share[2]}`) };
  }
  const euros = /(\d+)[.,](\d) (?:million euros|Millionen Euro|Mio\. Euro)/.exec(paragraph);
  if (euros) {
    const claim = pick(CLAIMS.euros);
    return { english: (off) => claim(`${Number(euros[1]) + off}.${euros[2]}`) };
  }
  return undefined;
}

/**
 * One quotation: eight words with no digits from one sentence of an English source halfway
 * through the corpus, so the draft has a quotation to find and no figure to check.
 */
function makeQuoteDraft(sources: ScaleFile[]): ScaleFile {
  let i = Math.floor(sources.length / 2);
  while (sourceLang(i) !== 'en' && i > 0) i--;
  const sentences = paragraphsOf(sources[i]).flatMap((p) => p.split(/(?<=\.) /));
  const words = sentences.map((s) => s.replace(/\.$/, '').split(' ')).find((w) => w.length >= 8 && !/\d/.test(w.slice(-8).join(' ')));
  const quote = (words ?? ['the', 'water', 'came', 'faster', 'than', 'anyone', 'had', 'expected']).slice(-8).join(' ');
  return { path: 'drafts/quote.md', text: `# A note\n\nAs a report put it, “${quote}” [@${sourceKey(i)}].\n` };
}

