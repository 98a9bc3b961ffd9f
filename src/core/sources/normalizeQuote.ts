/** Case, white space, quotation marks, dashes and apostrophes do not make a quotation differ. */
export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´']/g, "'")
    .replace(/[–—‒-]/g, '-')
    .replace(/[“”„"«»‚]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s?([,.;:!?])/g, '$1')
    .trim();
}

/** The words of a normalised text, as quotations are compared by. */
export function quoteWords(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}']+/gu) ?? [];
}
