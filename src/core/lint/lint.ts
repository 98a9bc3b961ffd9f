import { throwIfCancelled, type CancellationToken } from '../cancellation';
import type { Draft } from '../draft';
import type { SourceLibrary } from '../sources/library';
import type { Finding, Severity, SeveritySetting } from '../types';
import { message, says } from '../messages/message';
import type { Rule } from './rule';
import { FirstFindings, MAX_FINDINGS_PER_FILE } from './firstFindings';
import { FIGURE_RULES, mistakesAgainst } from './precedence';
import { suppressionsOf } from './suppressions';
import { SourceDataLost } from '../sources/provider';

export type SeverityOverrides = Record<string, SeveritySetting | undefined>;

export interface LintLimits {
  /** Findings listed at most; past it they are counted in one `draft-over-limit` note (firstFindings.ts). */
  maxFindings?: number;
  /** Figures judged at a time by the figure rules. */
  figuresPerBatch?: number;
  /** A newer version of the draft is waiting: the lint stops between rules and batches with `Cancelled`. */
  token?: CancellationToken;
}

/**
 * Figures judged at a time. A dense draft has hundreds of thousands of figures; judging them all
 * at once held a verdict and a finding for each (660 MB for 1 MB of "1-2-3-…"), while a batch's
 * verdicts and findings are dropped once the batch's first findings are kept.
 */
const FIGURES_PER_BATCH = 5000;

/**
 * Figures judged at a time when the lint can be cancelled (a newer keystroke in the editor):
 * the token is looked at between batches, so a stale lint of a long draft stops within a few
 * milliseconds of judging instead of after all of it. Batches do not change the findings
 * (lintBatches.test.ts).
 */
const FIGURES_PER_CANCELLABLE_BATCH = 200;

interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/**
 * Runs the rules over a draft: the draft's first findings in order of position (at most
 * MAX_FINDINGS_PER_FILE, the rest counted in one note). A rule that throws becomes one finding
 * that says so, rather than taking the whole lint (and the editor's diagnostics) down with it.
 *
 * The figure rules (FIGURE_RULES) report only on `draft.figures`, so they run over the figures
 * batch by batch; the other rules run once over the whole draft, and their findings are the
 * standing winners of precedence for every batch (no figure rule's finding wins over them, and
 * precedence.test.ts holds every loser to be a figure rule).
 */
export function lintDraft(draft: Draft, library: SourceLibrary, rules: readonly Rule[], overrides: SeverityOverrides = {}, limits: LintLimits = {}): Finding[] {
  const steps = lintSteps(draft, library, rules, overrides, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `lintDraft` a step at a time: the steps pause after each draft rule and after each batch of
 * figures, and the last one returns the findings. The extension runs them in slices, yielding
 * to its event loop between them: in one go, a 10,000-word draft's lint at 10,000 sources held
 * the extension host about 270 ms. The findings are the same however the steps are run.
 */
export function* lintSteps(draft: Draft, library: SourceLibrary, rules: readonly Rule[], overrides: SeverityOverrides = {}, limits: LintLimits = {}): Generator<void, Finding[], void> {
  const active = activeRules(rules, overrides);
  const figureRules = active.filter((a) => FIGURE_RULES.includes(a.rule.id));
  const draftRules = active.filter((a) => !FIGURE_RULES.includes(a.rule.id));
  const failed = new Set<Rule>();
  const first = new FirstFindings(limits.maxFindings ?? MAX_FINDINGS_PER_FILE);
  const suppress = suppressionsOf(draft.text, draft.lines);
  const standing: Finding[] = [];
  for (const rule of draftRules) {
    standing.push(...runRules([rule], draft, library, failed, limits.token));
    yield;
  }
  // One finding per mistake first, so that suppressing the winner suppresses the mistake.
  const oneFindingPerMistake = mistakesAgainst(standing, draft);
  first.add(suppress(standing));
  const size = Math.max(1, limits.figuresPerBatch ?? (limits.token ? FIGURES_PER_CANCELLABLE_BATCH : FIGURES_PER_BATCH));
  // At least one batch, even of no figures: a figure rule that throws is still reported.
  for (let at = 0; at === 0 || at < draft.figures.length; at += size) {
    throwIfCancelled(limits.token);
    const batch = figureBatch(draft, at, at + size);
    first.add(suppress(oneFindingPerMistake(runRules(figureRules, batch, library, failed, limits.token))));
    yield;
  }
  return first.result();
}

/**
 * Drafts of up to this many figures keep their batches (below): a 10,000-word story has a few
 * thousand figures, while a hostile draft of hundreds of thousands is judged batch by batch
 * and each batch's verdicts dropped after it (FIGURES_PER_BATCH).
 */
const KEPT_BATCH_FIGURES = 50_000;
const keptBatches = new WeakMap<Draft, Map<string, Draft>>();

/**
 * The draft with only the figures `from` to `to`, for the figure rules. The same batch object
 * for the same draft and range, lint after lint: the figure verdicts are cached per draft object
 * (figureVerdicts.ts), so a lint after a source change judges again only the verdicts the change
 * touches, and a lint with nothing changed judges nothing, instead of every figure of the draft.
 */
function figureBatch(draft: Draft, from: number, to: number): Draft {
  if (draft.figures.length > KEPT_BATCH_FIGURES) return { ...draft, figures: draft.figures.slice(from, to) };
  let batches = keptBatches.get(draft);
  if (!batches) keptBatches.set(draft, (batches = new Map()));
  const key = `${from}:${to}`;
  let batch = batches.get(key);
  if (!batch) batches.set(key, (batch = { ...draft, figures: draft.figures.slice(from, to) }));
  return batch;
}

function activeRules(rules: readonly Rule[], overrides: SeverityOverrides): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const severity = overrides[rule.id] ?? rule.defaultSeverity;
    if (severity !== 'off') active.push({ rule, severity });
  }
  return active;
}

/** The findings of these rules over a draft; a rule in `failed` threw before and is reported once. */
function runRules(rules: readonly ActiveRule[], draft: Draft, library: SourceLibrary, failed: Set<Rule>, token?: CancellationToken): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, severity } of rules) {
    // A newer version of the draft is waiting: stop between rules rather than finish for nothing.
    throwIfCancelled(token);
    if (failed.has(rule)) continue;
    try {
      for (const result of rule.check({ draft, library })) {
        findings.push({ ruleId: rule.id, severity, ...result, range: draft.lines.rangeOf(result.span) });
      }
    } catch (error) {
      // A source's data lost under the rule (a damaged cache entry) is the host's to mend.
      if (error instanceof SourceDataLost) throw error;
      failed.add(rule);
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        ...says(message('rule-failed', { rule: rule.id, error: (error as Error).message })),
        span: { start: 0, end: 0 },
        range: draft.lines.rangeOf({ start: 0, end: 0 }),
      });
    }
  }
  return findings;
}
