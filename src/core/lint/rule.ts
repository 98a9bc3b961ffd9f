import type { Draft } from '../draft';
import type { SourceLibrary } from '../sources/library';
import type { Localizable, RelatedInfo, Severity, Span } from '../types';

export interface RuleContext {
  draft: Draft;
  library: SourceLibrary;
}

/** What a rule reports; the linter adds the rule id, severity and line/character range. */
export interface RuleResult extends Localizable {
  span: Span;
  message: string;
  data?: Record<string, unknown>;
  related?: RelatedInfo[];
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  description: string;
  check(context: RuleContext): RuleResult[];
}
