import type { Lang } from '../../types';

// The language codes alone, without their packs: the HTML reader, bundled apart (dist/html.js),
// checks a page's <html lang> with this and would otherwise carry every pack (140 KB minified).
// `satisfies` makes it list every Lang and nothing else, as the packs in index.ts do.
const CODES = { en: true, de: true, fr: true } as const satisfies Record<Lang, true>;

/** Is `value` a language Backcheck reads ("en", "de", ...)? For metadata, options and flags. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CODES, value);
}
