import { relative } from 'node:path';
import { parseArgs } from 'node:util';

import { unreadableSources } from '../../core/lint/rules/sourceUnreadable';
import { escapeControl, safeJson } from '../formats/terminalText';
import { UsageError } from '../usageError';
import type { CommandIo } from './lint';
import { loadConfig, loadSources } from './sourceOptions';

export const SOURCES_HELP = `Usage: backcheck sources [--sources PATH]... [--config FILE] [--format text|json]

Lists the sources: key, title, language, paragraphs and figure count of each, and every
source that could not be read, with why. Exit 1 when a source could not be read.`;

export async function runSources(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { sources: { type: 'string', multiple: true }, config: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(SOURCES_HELP + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}": use text or json`);
  const { backcheck } = await loadSources(values.sources, loadConfig(values.config, io.cwd), io.cwd);
  const rows = backcheck.library.sources.map((s) => ({
    key: s.key,
    path: relative(io.cwd, s.path) || s.path,
    title: s.meta.title ?? null,
    outlet: s.meta.outlet ?? null,
    date: s.meta.date ?? null,
    lang: s.lang,
    paragraphs: s.paragraphs.length,
    figures: s.paragraphs.reduce((n, p) => n + p.figures.length, 0),
    ...(s.pages !== undefined ? { pages: s.pages } : {}),
  }));
  const problems = unreadableSources(backcheck.library).map((p) => ({ path: relative(io.cwd, p.path) || p.path, reason: p.data.reason }));
  if (values.format === 'json') {
    io.stdout(safeJson({ sources: rows, unreadable: problems }) + '\n');
  } else {
    // Keys, titles and paths come from the sources: their control characters are escaped.
    for (const r of rows) io.stdout(`${escapeControl(r.key)}\t${r.lang}\t${r.paragraphs} paragraphs${r.pages !== undefined ? ` on ${r.pages} pages` : ''}\t${r.figures} figures\t${escapeControl(r.title ?? '')}\n`);
    for (const p of problems) io.stderr(`unreadable: ${escapeControl(p.path)}: ${escapeControl(p.reason)}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}
