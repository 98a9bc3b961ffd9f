import { relative } from 'node:path';
import { parseArgs } from 'node:util';

import { unreadableSources } from '../../core/lint/rules/sourceUnreadable';
import type { MessageId } from '../../core/messages/catalogue';
import { message, render, type MessageArg } from '../../core/messages/message';
import { escapeControl, safeJson } from '../formats/terminalText';
import { commandTranslator, LOCALES } from '../locale';
import { UsageError } from '../usageError';
import type { CommandIo } from './lint';
import { loadConfig, loadSources } from './sourceOptions';
import { renderReason } from '../../core/messages/reasons';

export async function runSources(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { sources: { type: 'string', multiple: true }, config: { type: 'string' }, format: { type: 'string', default: 'text' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const translate = commandTranslator(values.locale, io.env);
  if (values.help) {
    io.stdout(render(message('cli.help.sources', { locales: LOCALES.join('|') }), translate) + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('cli.usage.formatText', { format: String(values.format) });
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
  const unreadable = unreadableSources(backcheck.library);
  const problems = unreadable.map((p) => ({ path: relative(io.cwd, p.path) || p.path, reason: p.data.reason }));
  if (values.format === 'json') {
    io.stdout(safeJson({ sources: rows, unreadable: problems }) + '\n');
  } else {
    // Keys, titles and paths come from the sources: their control characters are escaped.
    const say = (id: MessageId, args: Record<string, MessageArg>) => render(message(id, args), translate);
    for (const r of rows) {
      const pages = r.pages !== undefined ? say('cli.sources.pages', { count: r.pages }) : '';
      io.stdout(say('cli.sources.row', { key: escapeControl(r.key), lang: r.lang, paragraphs: say('cli.sources.paragraphs', { count: r.paragraphs }), pages, figures: say('cli.sources.figures', { count: r.figures }), title: escapeControl(r.title ?? '') }) + '\n');
    }
    // A reason may hold a library's words or a source's key: escaped once it is in the writer's language.
    unreadable.forEach((p, i) => io.stderr(say('cli.sources.unreadable', { path: escapeControl(problems[i].path), reason: escapeControl(renderReason(p.why, translate)) }) + '\n'));
  }
  return problems.length > 0 ? 1 : 0;
}
