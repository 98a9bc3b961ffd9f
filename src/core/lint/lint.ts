import type { Draft } from '../draft';
import type { SourceLibrary } from '../sources/library';
import type { Finding, SeveritySetting } from '../types';
import type { Rule } from './rule';
import { oneFindingPerMistake } from './precedence';
import { applySuppressions } from './suppressions';

export type SeverityOverrides = Record<string, SeveritySetting | undefined>;

/**
 * Runs the rules over a draft. A rule that throws becomes one finding that says so, rather than
 * taking the whole lint (and the editor's diagnostics) down with it.
 */
export function lintDraft(draft: Draft, library: SourceLibrary, rules: readonly Rule[], overrides: SeverityOverrides = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = overrides[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    try {
      for (const result of rule.check({ draft, library })) {
        findings.push({ ruleId: rule.id, severity, ...result, range: draft.lines.rangeOf(result.span) });
      }
    } catch (error) {
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `rule ${rule.id} failed: ${(error as Error).message}`,
        span: { start: 0, end: 0 },
        range: draft.lines.rangeOf({ start: 0, end: 0 }),
      });
    }
  }
  // One finding per mistake first, so that suppressing the winner suppresses the mistake.
  const kept = applySuppressions(draft.text, draft.lines, oneFindingPerMistake(findings, draft));
  return kept.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}
