import type { Span } from '../types';

export interface Locator {
  /** Normalized label: `para` (also ¶, Abs.), `line` (also Z.), or the label as written. */
  label: string;
  from: number;
  to: number;
  /** The page a paragraph locator counts within: `[@key, p. 4, para. 2]` (a PDF source). */
  page?: { from: number; to: number };
  span: Span;
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
