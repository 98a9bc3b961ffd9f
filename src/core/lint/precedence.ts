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
  /**
   * What makes two findings the same mistake, as a key computed for each side: findings of the
   * two rules with equal keys are one mistake. Keys make the table linear in the findings (a dense
   * draft has hundreds of thousands); `sameMistake` is for the one relation no key expresses.
   */
  winnerKey?(finding: Finding, draft: Draft): string | undefined;
  loserKey?(finding: Finding, draft: Draft): string | undefined;
  sameMistake?(winner: Finding, loser: Finding): boolean;
}

/** Rules that report a figure, most fundamental first: fix the figure before its attribution. */
export const FIGURE_RULES = ['figure-unmatched', 'figure-not-in-cited-source', 'figure-subject-mismatch', 'citation-locator-mismatch', 'figure-uncited'];

const within = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;
const spanKey = (f: Finding) => `${f.span.start}:${f.span.end}`;
const sentenceKey = (f: Finding, draft: Draft) => String(sentenceAt(draft.sentences, f.span.start).start);
const startOf = (data: Record<string, unknown> | undefined, field: string) => {
  const span = data?.[field] as Span | undefined;
  return span === undefined ? undefined : String(span.start);
};

export const PRECEDENCE: readonly Row[] = [
  // The locator is the mistake; the figure cannot be in a paragraph that does not exist.
  {
    winner: 'citation-locator-out-of-range',
    loser: 'citation-locator-mismatch',
    winnerKey: (w) => startOf(w.data, 'keySpan'),
    loserKey: (l) => startOf(l.data, 'citationSpan'),
  },
  // The key is the mistake; the figure looks uncited only because its citation names no source.
  { winner: 'citation-unknown-source', loser: 'figure-uncited', winnerKey: sentenceKey, loserKey: sentenceKey },
  // A quotation no source has: its figures are part of that one claim (quotations are few).
  ...FIGURE_RULES.map((loser) => ({ winner: 'quote-unmatched', loser, sameMistake: (w: Finding, l: Finding) => within(l.span, w.span) })),
  // Two figure rules on one figure: the more fundamental one.
  ...FIGURE_RULES.flatMap((winner, i) => FIGURE_RULES.slice(i + 1).map((loser) => ({ winner, loser, winnerKey: spanKey, loserKey: spanKey }))),
];

export function oneFindingPerMistake(findings: Finding[], draft: Draft): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const dropped = new Set<Finding>();
  for (const row of PRECEDENCE) {
    const winners = (byRule.get(row.winner) ?? []).filter((w) => !dropped.has(w));
    const losers = byRule.get(row.loser) ?? [];
    if (winners.length === 0 || losers.length === 0) continue;
    if (row.winnerKey && row.loserKey) {
      const keys = new Set(winners.map((w) => row.winnerKey!(w, draft)).filter((k) => k !== undefined));
      for (const loser of losers) {
        const key = row.loserKey(loser, draft);
        if (key !== undefined && keys.has(key)) dropped.add(loser);
      }
    } else {
      for (const loser of losers) if (winners.some((w) => row.sameMistake!(w, loser))) dropped.add(loser);
    }
  }
  return dropped.size === 0 ? findings : findings.filter((f) => !dropped.has(f));
}
