import type { Draft } from '../draft';
import { sentenceAt } from '../text/sentences';
import type { Finding, Span } from '../types';

/**
 * One finding per mistake. Rules look at a draft from different sides, so one mistake can set
 * off two of them (`[@key, para. 40]` on a six-paragraph source is out of range, and so "six"
 * is not in para. 40 either). Each row says which finding wins and when two findings are the
 * same mistake; the loser is dropped. docs/rules.md has this table for writers.
 *
 * Precedence is applied before suppression comments, so suppressing the winner suppresses the
 * mistake; a winner whose rule is `off` does not run, and then the other finding reports it.
 */
interface Row {
  winner: string;
  loser: string;
  sameMistake(winner: Finding, loser: Finding, draft: Draft): boolean;
}

/** Rules that report a figure, most fundamental first: fix the figure before its attribution. */
export const FIGURE_RULES = ['figure-unmatched', 'figure-not-in-cited-source', 'figure-subject-mismatch', 'citation-locator-mismatch', 'figure-uncited'];

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const sameSpan = (a: Finding, b: Finding) => a.span.start === b.span.start && a.span.end === b.span.end;
const sameSentence = (a: Finding, b: Finding, draft: Draft) => sentenceAt(draft.sentences, a.span.start).start === sentenceAt(draft.sentences, b.span.start).start;
const spanOf = (data: Record<string, unknown> | undefined, field: string) => data?.[field] as Span | undefined;

export const PRECEDENCE: readonly Row[] = [
  // The locator is the mistake; the figure cannot be in a paragraph that does not exist.
  {
    winner: 'citation-locator-out-of-range',
    loser: 'citation-locator-mismatch',
    sameMistake: (w, l) => spanOf(w.data, 'keySpan')?.start === spanOf(l.data, 'citationSpan')?.start,
  },
  // The key is the mistake; the figure looks uncited only because its citation names no source.
  { winner: 'citation-unknown-source', loser: 'figure-uncited', sameMistake: sameSentence },
  // A quotation no source has: its figures are part of that one claim.
  ...FIGURE_RULES.map((loser) => ({ winner: 'quote-unmatched', loser, sameMistake: (w: Finding, l: Finding) => within(l.span, w.span) })),
  // Two figure rules on one figure: the more fundamental one.
  ...FIGURE_RULES.flatMap((winner, i) => FIGURE_RULES.slice(i + 1).map((loser) => ({ winner, loser, sameMistake: sameSpan }))),
];

export function oneFindingPerMistake(findings: Finding[], draft: Draft): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const dropped = new Set<Finding>();
  for (const row of PRECEDENCE) {
    const winners = (byRule.get(row.winner) ?? []).filter((w) => !dropped.has(w));
    if (winners.length === 0) continue;
    for (const loser of byRule.get(row.loser) ?? []) {
      if (winners.some((w) => row.sameMistake(w, loser, draft))) dropped.add(loser);
    }
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
