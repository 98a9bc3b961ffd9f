import { countFindings } from './capFindings';
import type { FileResult } from './fileResult';
import { escapeControl } from './terminalText';

/**
 * ESLint's "stylish" layout: findings grouped per file, then a summary line. Colour only when
 * the stream is a terminal, so logs and pipes stay plain text. Paths, messages and rule ids are
 * printed with their control characters escaped, so a source cannot write to the terminal.
 */
export function formatStylish(results: FileResult[], color: boolean): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  for (const { filePath, findings } of results) {
    if (findings.length === 0) continue;
    const path = escapeControl(filePath);
    lines.push('', color ? `\u001b[4m${path}\u001b[24m` : path);
    for (const f of findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const label = f.severity === 'error' ? paint(31, 'error') : f.severity === 'warning' ? paint(33, 'warning') : paint(36, 'info');
      lines.push(`  ${dim(where.padEnd(7))} ${label.padEnd(color ? 17 : 7)}  ${escapeControl(f.message)}  ${dim(escapeControl(f.ruleId))}`);
    }
  }
  const { errors, warnings, infos } = countFindings(results);
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`;
  lines.push('', errors > 0 ? paint(31, summary) : paint(33, summary), '');
  return lines.join('\n');
}
