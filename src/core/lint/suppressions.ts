import type { Finding } from '../types';
import type { LineIndex } from '../text/lineIndex';

/**
 * Inline suppression comments, as markdownlint has them:
 * `<!-- backcheck-disable-next-line [RULE...] -->`, `<!-- backcheck-disable [RULE...] -->` ...
 * `<!-- backcheck-enable [RULE...] -->`, `<!-- backcheck-disable-file -->`. No rule means all.
 */
export function applySuppressions(text: string, lines: LineIndex, findings: Finding[]): Finding[] {
  const comments = [...text.matchAll(/<!--\s*backcheck-(disable-next-line|disable-file|disable|enable)\b([^>]*?)-->/g)];
  if (comments.length === 0) return findings;
  if (comments.some((c) => c[1] === 'disable-file')) return [];
  const nextLine = new Map<number, Set<string> | 'all'>();
  const toggles: Array<{ line: number; on: boolean; rules: Set<string> | 'all' }> = [];
  for (const c of comments) {
    const rules = c[2].trim() ? new Set(c[2].trim().split(/[\s,]+/)) : 'all';
    const line = lines.positionAt(c.index! + c[0].length).line;
    if (c[1] === 'disable-next-line') nextLine.set(line + 1, rules);
    else toggles.push({ line, on: c[1] === 'enable', rules });
  }
  const covers = (rules: Set<string> | 'all', id: string) => rules === 'all' || rules.has(id);
  return findings.filter((f) => {
    const line = f.range.start.line;
    const next = nextLine.get(line);
    if (next && covers(next, f.ruleId)) return false;
    let disabled = false;
    for (const t of toggles) {
      if (t.line > line) break;
      if (covers(t.rules, f.ruleId)) disabled = !t.on;
    }
    return !disabled;
  });
}
