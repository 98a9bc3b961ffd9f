/**
 * The plain data that flows between the core, the CLI and the extension.
 * Offsets are UTF-16 code-unit indexes into the document text (as JavaScript strings index);
 * positions are 0-based lines and characters, like LSP. The CLI adds 1 when printing.
 */

import type { MessageId } from './messages/catalogue';
import type { MessageArg } from './messages/message';

export type Lang = 'en' | 'de' | 'fr';

/** A half-open range of UTF-16 offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * What a figure counts. `vague` is "thousands"/"Zehntausende": recognized, but only ever
 * matched to the same vague expression.
 */
export type FigureKind =
  | 'count'
  | 'percent'
  | 'money'
  | 'quantity'
  | 'duration'
  | 'date'
  | 'year'
  | 'ordinal'
  | 'vague';

/** A bound or hedge written next to a figure ("more than", "rund"), normalized across languages. */
export type Hedge = 'more-than' | 'less-than' | 'at-least' | 'at-most' | 'up-to' | 'about' | 'nearly' | 'exactly';

export interface Figure {
  span: Span;
  /** Where the number itself is written, when the span holds more ("$20" -> "20", "3 years" -> "3"). */
  number?: Span;
  /** The figure exactly as written, e.g. "120.000" or "2,4 Prozent". */
  text: string;
  /**
   * The number as written times its scale word, not converted between units. Dates are encoded
   * as yyyymmdd with 0 for an absent year (6 August -> 806), so they compare across formats.
   */
  value: number;
  /** A canonical unit symbol from the contract (`%`, `km`, `EUR`, `day`, ...), absent for plain counts. */
  unit?: string;
  kind: FigureKind;
  lang: Lang;
  hedge?: Hedge;
  /**
   * The hedge is a strict bound that excludes its own number ("more than 375,000" is not
   * 375,000), where the pack says so of the form written (pack `strictHedges`).
   */
  strictBound?: true;
  /** The noun the figure counts when one follows ("76,000 people" -> "people"). */
  noun?: string;
  /**
   * What the figure counts or measures, as a concept shared across languages ("76,000 people",
   * "76.000 Menschen" -> "person"; "aged 75" -> "age"), where the text names one.
   */
  subject?: string;
  /** The word that names the subject, as written ("Menschen"). */
  subjectWord?: string;
  /** A figure written as a fall ("fell 3.8 percent"): it stands for the signed change (-3.8). */
  change?: 'fall';
  /**
   * The factor of the scale word the figure is written with ("1.2 million" -> 1e6, "£2.5bn" ->
   * 1e9, "12 lakh" -> 1e5), absent without one: such a figure is rounded to the scale.
   */
  scale?: number;
  /** A threshold the text states, not an outcome: "the 172 needed for a majority". */
  requirement?: true;
  /**
   * A slashed date that reads either way round ("05/06/2024" in English: 6 May or 5 June): its
   * value is one reading, and it matches a date of the other too (pack `slashDatesEitherOrder`).
   */
  eitherOrder?: true;
}

/**
 * A message's id in the catalogue and its arguments, beside its English text, so a host can
 * render it in the writer's language (src/core/messages). Optional: a host that has only the
 * English (an older cache) shows that.
 */
export interface Localizable {
  messageId?: MessageId;
  messageArgs?: Record<string, MessageArg>;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface RelatedInfo extends Localizable {
  /** A source key, or the draft itself when absent. */
  sourceKey?: string;
  paragraph?: number;
  message: string;
}

/** One lint result, plain data: the CLI prints it, the extension turns it into a Diagnostic. */
export interface Finding extends Localizable {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  range: Range;
  /** What a quick fix needs (candidate figures, keys, passages); shape documented per rule. */
  data?: Record<string, unknown>;
  related?: RelatedInfo[];
}
