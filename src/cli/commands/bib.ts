import { parseArgs } from 'node:util';

import { message, render } from '../../core/messages/message';
import type { Source } from '../../core/sources/source';
import { safeJson } from '../formats/terminalText';
import { commandTranslator, LOCALES } from '../locale';
import type { CommandIo } from './lint';
import { loadConfig, loadSources } from './sourceOptions';

/**
 * One source as a CSL-JSON item: a news article (or a web page when it has a URL but no outlet);
 * a PDF's page count as `number-of-pages`, so `[@key, p. 4]` reads as a page of that document.
 */
export function toCsl(source: Source) {
  const { meta } = source;
  const item: Record<string, unknown> = {
    id: source.key,
    type: meta.outlet ? 'article-newspaper' : meta.url ? 'webpage' : 'document',
    title: meta.title ?? source.key,
    language: source.lang,
  };
  if (meta.author) item.author = [{ literal: meta.author }];
  if (meta.outlet) item['container-title'] = meta.outlet;
  if (source.pages !== undefined) item['number-of-pages'] = source.pages;
  if (meta.url) item.URL = meta.url;
  const date = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(meta.date ?? '');
  if (date) item.issued = { 'date-parts': [date.slice(1).filter(Boolean).map(Number)] };
  return item;
}

export async function runBib(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { sources: { type: 'string', multiple: true }, config: { type: 'string' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const translate = commandTranslator(values.locale, io.env);
  if (values.help) {
    io.stdout(render(message('cli.help.bib', { locales: LOCALES.join('|') }), translate) + '\n');
    return 0;
  }
  const { backcheck } = await loadSources(values.sources, loadConfig(values.config, io.cwd), io.cwd);
  io.stdout(safeJson(backcheck.library.sources.map(toCsl)) + '\n');
  return 0;
}
