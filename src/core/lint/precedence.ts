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
  return mistakesAgainst([], draft)(findings);
}

/**
 * Precedence where some findings stand fixed: `standing` findings, of rules that are never the
 * loser of a row (every loser is a figure rule), are keyed once, and the returned filter applies
 * the table to one batch of other findings at a time, dropping only from that batch. The lint
 * judges a dense draft's figures batch by batch against its citations' findings with it, so that
 * no more than one batch of figure findings is held at once (lint.ts).
 */
export function mistakesAgainst(standing: Finding[], draft: Draft): (found: Finding[]) => Finding[] {
  const standingByRule = groupByRule(standing);
  const standingKeys = new Map<Row, Set<string>>();
  for (const row of PRECEDENCE) {
    const winners = standingByRule.get(row.winner);
    if (winners && row.winnerKey) standingKeys.set(row, keysOf(winners, row.winnerKey, draft));
  }
  return (found) => {
    const byRule = groupByRule(found);
    const dropped = new Set<Finding>();
    for (const row of PRECEDENCE) {
      const losers = byRule.get(row.loser) ?? [];
      if (losers.length === 0) continue;
      const winners = (byRule.get(row.winner) ?? []).filter((w) => !dropped.has(w));
      const fixed = standingByRule.get(row.winner) ?? [];
      if (winners.length === 0 && fixed.length === 0) continue;
      if (row.winnerKey && row.loserKey) {
        const keys = keysOf(winners, row.winnerKey, draft);
        const fixedKeys = standingKeys.get(row);
        for (const loser of losers) {
          const key = row.loserKey(loser, draft);
          if (key !== undefined && (keys.has(key) || fixedKeys?.has(key))) dropped.add(loser);
        }
      } else {
        for (const loser of losers) if (winners.some((w) => row.sameMistake!(w, loser)) || fixed.some((w) => row.sameMistake!(w, loser))) dropped.add(loser);
      }
    }
    return dropped.size === 0 ? found : found.filter((f) => !dropped.has(f));
  };
}

function groupByRule(findings: Finding[]): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  return byRule;
}

function keysOf(findings: Finding[], key: (f: Finding, draft: Draft) => string | undefined, draft: Draft): Set<string> {
  const keys = new Set<string>();
  for (const f of findings) {
    const k = key(f, draft);
    if (k !== undefined) keys.add(k);
  }
  return keys;
}
