import { splitSentences } from '../text/sentences';

const CITATION = /\[[^[\]\n]*@[^[\]\n]*\]/g;
const MAX_BEFORE = 2000;

/**
 * The words of the sentence that a citation starting at `offset` belongs to: from the sentence's
 * start to `offset`, within the paragraph (blank lines bound it). Earlier citations are blanked,
 * so their locators ("para. 3") do not count as the sentence's figures.
 */
export function sentenceBefore(text: string, offset: number): string {
  const blank = Math.max(text.lastIndexOf('\n\n', offset - 1), text.lastIndexOf('\n\r\n', offset - 1));
  // At most MAX_BEFORE characters: a sentence is shorter, and the citation pattern then scans a
  // bounded slice however the paragraph is written.
  const paragraph = text.slice(Math.max(blank < 0 ? 0 : blank + 1, offset - MAX_BEFORE), offset).replace(CITATION, (c) => ' '.repeat(c.length));
  const sentences = splitSentences(paragraph);
  const last = sentences[sentences.length - 1];
  return last ? paragraph.slice(last.start, last.end) : '';
}
