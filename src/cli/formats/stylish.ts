import type { FileResult } from './fileResult';

/**
 * ESLint's "stylish" layout: findings grouped per file, then a summary line. Colour only when
 * the stream is a terminal, so logs and pipes stay plain text.
 */
export function formatStylish(results: FileResult[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const { filePath, findings } of results) {
    if (findings.length === 0) continue;
    lines.push('', color ? `\u001b[4m${filePath}\u001b[24m` : filePath);
    for (const f of findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const label = f.severity === 'error' ? paint(31, 'error') : f.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info');
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else infos++;
      lines.push(`  ${dim(where.padEnd(7))} ${label.padEnd(color ? 17 : 7)}  ${f.message}  ${dim(f.ruleId)}`);
    }
  }
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
  lines.push('', errors > 0 ? paint(31, summary) : paint(33, summary), '');
  return lines.join('\n');
}
