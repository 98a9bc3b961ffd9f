import { countFindings } from './capFindings';
import type { FileResult } from './fileResult';
import { english, message, render, type Translate } from '../../core/messages/message';
import { escapeControl } from './terminalText';

/**
 * ESLint's "stylish" layout: findings grouped per file, then a summary line. Colour only when
 * the stream is a terminal, so logs and pipes stay plain text. Paths, messages and rule ids are
 * printed with their control characters escaped, so a source cannot write to the terminal.
 */
export function formatStylish(results: FileResult[], color: boolean, translate: Translate = english): string {
  const say = (id: Parameters<typeof message>[0], args: Parameters<typeof message>[1] = {}) => render(message(id, args), translate);
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text);
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text);
  const lines: string[] = [];
  for (const { filePath, findings } of results) {
    if (findings.length === 0) continue;
    const path = escapeControl(filePath);
    lines.push('', color ? `\u001b[4m${path}\u001b[24m` : path);
    for (const f of findings) {
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const label = f.severity === 'error' ? paint(31, say('cli.label.error')) : f.severity === 'warning' ? paint(33, say('cli.label.warning')) : paint(36, say('cli.label.info'));
      lines.push(`  ${dim(where.padEnd(7))} ${label.padEnd(color ? 17 : 7)}  ${escapeControl(f.message)}  ${dim(escapeControl(f.ruleId))}`);
    }
  }
  const { errors, warnings, infos } = countFindings(results);
  const total = errors + warnings + infos;
  if (total === 0) return '';
  const count = (noun: 'problems' | 'errors' | 'warnings' | 'infos', n: number) => (n === 1 ? message(`cli.${noun}.one`) : message(`cli.${noun}.many`, { count: n }));
  const summary = say('cli.summary', { problems: count('problems', total), errors: count('errors', errors), warnings: count('warnings', warnings), infos: count('infos', infos) });
  lines.push('', errors > 0 ? paint(31, summary) : paint(33, summary), '');
  return lines.join('\n');
}
