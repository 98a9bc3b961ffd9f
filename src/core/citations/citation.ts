import type { Span } from '../types';

export interface Locator {
  /** Normalized label: `para` (also ¶, Abs.), `line` (also Z.), `page` (also S.), or the label as written. */
  label: string;
  from: number;
  to: number;
  /** The label and numbers this locator was read from (`para. 2`), which a quick fix replaces. */
  span: Span;
  /** The page of a combined locator (`[@key, p. 4, para. 2]`: label `para`, page 4), for PDF sources. */
  page?: { from: number; to: number };
}

export interface CitedKey {
  key: string;
  /** The key's own range, without the `@`, for hovers and diagnostics. */
  span: Span;
  locator?: Locator;
  suppressAuthor: boolean;
}

export interface Citation {
  /** The whole citation, brackets included. */
  span: Span;
  keys: CitedKey[];
  inText: boolean;
}
