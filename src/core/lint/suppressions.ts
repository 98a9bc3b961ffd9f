import type { Finding } from '../types';
import type { LineIndex } from '../text/lineIndex';

type Rules = Set<string> | 'all';

interface Comment {
  kind: 'disable-next-line' | 'disable-file' | 'disable' | 'enable';
  rules: Rules;
  /** The line the comment ends on. */
  line: number;
}

// Matched against one comment's body only (between `<!--` and its first `-->`), never across the
// document: an unterminated `<!-- backcheck-enable x ` repeated over 1 MB was quadratic.
const BODY = /^\s*backcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*)$/;

/**
 * Inline suppression comments, as markdownlint has them:
 * `<!-- backcheck-disable-next-line [RULE...] -->`, `<!-- backcheck-disable [RULE...] -->` ...
 * `<!-- backcheck-enable [RULE...] -->`, `<!-- backcheck-disable-file -->`. No rule means all.
 * Linear: comments are found with indexOf, and findings are swept in line order once.
 */
export function applySuppressions(text: string, lines: LineIndex, findings: Finding[]): Finding[] {
  return suppressionsOf(text, lines)(findings);
}

/**
 * The suppression comments of a text, read once, as a filter over findings: the lint applies it
 * to its findings batch by batch (a batch need not be in line order; each is swept on its own).
 */
export function suppressionsOf(text: string, lines: LineIndex): (findings: Finding[]) => Finding[] {
  const comments = suppressionComments(text, lines);
  if (comments.length === 0) return (findings) => findings;
  if (comments.some((c) => c.kind === 'disable-file')) return () => [];
  const nextLine = new Map<number, Rules>();
  const toggles = comments.filter((c) => c.kind === 'disable' || c.kind === 'enable');
  for (const c of comments) if (c.kind === 'disable-next-line') nextLine.set(c.line + 1, c.rules);
  return (findings) => unsuppressed(findings, toggles, nextLine);
}

function unsuppressed(findings: Finding[], toggles: Comment[], nextLine: Map<number, Rules>): Finding[] {
  const state = new ToggleState();
  let t = 0;
  const disabled = new Set<Finding>();
  for (const f of [...findings].sort((a, b) => a.range.start.line - b.range.start.line)) {
    const line = f.range.start.line;
    for (; t < toggles.length && toggles[t].line <= line; t++) state.apply(toggles[t].rules, toggles[t].kind === 'disable');
    const next = nextLine.get(line);
    if ((next && covers(next, f.ruleId)) || state.isDisabled(f.ruleId)) disabled.add(f);
  }
  return findings.filter((f) => !disabled.has(f));
}

function suppressionComments(text: string, lines: LineIndex): Comment[] {
  const comments: Comment[] = [];
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    const close = text.indexOf('-->', open + 4);
    // No `-->` after this one: no later comment can be closed either.
    if (close < 0) break;
    const m = BODY.exec(text.slice(open + 4, close));
    if (m) {
      const rules: Rules = m[2].trim() ? new Set(m[2].trim().split(/[\s,]+/)) : 'all';
      comments.push({ kind: m[1] as Comment['kind'], rules, line: lines.positionAt(close + 3).line });
    }
    open = text.indexOf('<!--', close + 3);
  }
  return comments;
}

const covers = (rules: Rules, id: string) => rules === 'all' || rules.has(id);

/**
 * Which rules the `disable`/`enable` comments seen so far leave disabled: the latest comment that
 * covers a rule decides, whether it named the rule or named none (all).
 */
class ToggleState {
  private all = { disabled: false, at: 0 };
  private readonly byRule = new Map<string, { disabled: boolean; at: number }>();
  private count = 0;

  apply(rules: Rules, disabled: boolean): void {
    const at = ++this.count;
    if (rules === 'all') this.all = { disabled, at };
    else for (const id of rules) this.byRule.set(id, { disabled, at });
  }

  isDisabled(id: string): boolean {
    const own = this.byRule.get(id);
    return own && own.at > this.all.at ? own.disabled : this.all.disabled;
  }
}
