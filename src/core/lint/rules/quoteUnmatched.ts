import type { SourceLibrary } from '../../sources/library';
import { normalizeQuote } from '../../sources/normalizeQuote';
import type { Span } from '../../types';
import type { Rule } from '../rule';
import { message, says } from '../../messages/message';
import { withLocator } from '../withLocator';

// Opening and closing marks of English and German quotations: “ ” " " „ “ « » » « ‚ ‘ ‘ ’.
const QUOTE_RE = /“([^”“]+)”|"([^"]+)"|„([^“”"]+)[“”"]|«([^»]+)»|»([^«]+)«|‚([^‘’]+)[‘’]/g;
const MIN_WORDS = 5;

export { normalizeQuote };

function words(text: string): string[] {
  return normalizeQuote(text).match(/[\p{L}\p{N}']+/gu) ?? [];
}

/**
 * `quote-unmatched`: a quotation of five words or more that no source contains.
 * data: { quote, closest?: { sourceKey, paragraph, locator, text } } (the passage sharing most words)
 */
export const quoteUnmatched: Rule = {
  id: 'quote-unmatched',
  defaultSeverity: 'warning',
  description: 'A quotation of five words or more is found in no source.',
  check({ draft, library }) {
    const results = [];
    // Quotations are read from the draft's prose: `draft.text` with non-prose (code, links) would
    // risk matching code strings, so only quotes inside sentences are considered.
    for (const sentence of draft.sentences) {
      const text = draft.text.slice(sentence.start, sentence.end);
      for (const m of text.matchAll(QUOTE_RE)) {
        const quote = m.slice(1).find((g) => g !== undefined)!;
        if (words(quote).length < MIN_WORDS) continue;
        const needle = withoutTrailingPunctuation(normalizeQuote(quote));
        // The library's index of normalised words, not every source normalised per quotation.
        if (library.containsQuote(needle)) continue;
        const span: Span = { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length };
        const passage = closestPassage(quote, library);
        const closest = passage && withLocator(passage, library);
        results.push({
          span,
          ...says(closest ? message('quote-unmatched.closest', { key: closest.sourceKey, locator: closest.locator }) : message('quote-unmatched')),
          data: { quote, closest },
          related: closest ? [{ sourceKey: closest.sourceKey, paragraph: closest.paragraph, message: closest.text }] : [],
        });
      }
    }
    return results;
  },
};

function closestPassage(quote: string, library: SourceLibrary): { sourceKey: string; paragraph: number; text: string } | undefined {
  const wanted = new Set(words(quote));
  let best: { sourceKey: string; paragraph: number; text: string; score: number } | undefined;
  for (const source of library.sources) {
    for (const paragraph of source.paragraphs) {
      const score = words(paragraph.text).filter((w) => wanted.has(w)).length;
      if (score > 0 && (!best || score > best.score)) best = { sourceKey: source.key, paragraph: paragraph.index, text: paragraph.text, score };
    }
  }
  return best && { sourceKey: best.sourceKey, paragraph: best.paragraph, text: best.text };
}

/** The text without its closing `,.;:!?` run; a loop, as `/[,.;:!?]+$/` is quadratic on a run of them. */
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ',.;:!?'.includes(text[end - 1])) end--;
  return text.slice(0, end);
}
