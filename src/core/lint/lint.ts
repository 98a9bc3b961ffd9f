import { throwIfCancelled, type CancellationToken } from '../cancellation';
import type { Draft } from '../draft';
import type { SourceLibrary } from '../sources/library';
import type { Finding, SeveritySetting } from '../types';
import type { Rule } from './rule';
import { oneFindingPerMistake } from './precedence';
import { applySuppressions } from './suppressions';

export type SeverityOverrides = Record<string, SeveritySetting | undefined>;

/**
 * Runs the rules over a draft. A rule that throws becomes one finding that says so, rather than
 * taking the whole lint (and the editor's diagnostics) down with it. A cancelled token stops it
 * between rules with `Cancelled`.
 */
export function lintDraft(draft: Draft, library: SourceLibrary, rules: readonly Rule[], overrides: SeverityOverrides = {}, token?: CancellationToken): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    // A newer version of the draft is waiting: stop between rules rather than finish for nothing.
    throwIfCancelled(token);
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
