import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { explainFigures } from '../../core/figures/extractFigures';
import { isLang, LANGS } from '../../core/figures/lang';
import { english, message, render, type Translate } from '../../core/messages/message';
import { Backcheck } from '../../core/service';
import type { Lang } from '../../core/types';
import { decodeText } from '../../core/sources/decode';
import { isBinaryDocument, withDocumentExtracted } from '../../node/documentSources';
import { htmlReader } from '../../node/htmlReaderOnDemand';
import { escapeControl, safeJson } from '../formats/terminalText';
import { commandTranslator, LOCALES } from '../locale';
import { reasonArg, reasonOf } from '../../core/messages/reasons';
import { UsageError } from '../usageError';
import type { CommandIo } from './lint';

const LANG_CHOICES = LANGS.join('|');

/** figures' --help in a language, naming the languages it reads. */
export function figuresHelp(translate: Translate = english): string {
  return render(message('cli.help.figures', { langs: LANG_CHOICES, langsPadded: LANG_CHOICES.padEnd(10), locales: LOCALES.join('|') }), translate);
}

/** A document's text as Backcheck reads it: decoded as sources are, an HTML page's article only. */
async function readDocument(path: string, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError('cli.usage.cannotRead', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  if (isBinaryDocument(file)) {
    // A PDF or Word file: its text as a source's, read through pdf.js or mammoth.
    const extracted = await withDocumentExtracted({ path, bytes }).catch((error: Error) => {
      throw new UsageError('cli.usage.cannotRead', { file, reason: reasonArg(reasonOf(error)) });
    });
    return extracted.extracted!.text;
  }
  let text: string;
  try {
    text = decodeText(bytes);
  } catch (error) {
    throw new UsageError('cli.usage.cannotDecode', { file, reason: reasonArg(reasonOf(error)) });
  }
  if (!/\.html?$/i.test(file)) return text;
  try {
    return htmlReader().extractHtmlArticle(text).text;
  } catch (error) {
    // A page with no article, or nested past the reader's depth: its reason, as `sources` gives it.
    throw new UsageError('cli.usage.cannotRead', { file, reason: reasonArg(reasonOf(error)) });
  }
}

export async function runFigures(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string' }, format: { type: 'string', default: 'text' }, explain: { type: 'boolean' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const translate = commandTranslator(values.locale, io.env);
  if (values.help) {
    io.stdout(figuresHelp(translate) + '\n');
    return 0;
  }
  if (values.lang !== undefined && !isLang(values.lang)) throw new UsageError('cli.usage.lang', { langs: LANGS.join(', '), value: values.lang });
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('cli.usage.formatText', { format: String(values.format) });
  if (positionals.length === 0) throw new UsageError('cli.usage.noFile');
  const backcheck = new Backcheck();
  const rows = [];
  for (const file of positionals) {
    const text = await readDocument(resolve(io.cwd, file), file);
    const markdown = /\.(md|markdown)$/i.test(file);
    const figures = backcheck.figures(text, { lang: values.lang as Lang | undefined, markdown });
    const why = values.explain && figures.length > 0 ? rulesBySpan(text, figures[0].lang) : undefined;
    for (const f of figures) {
      rows.push({
        ...(positionals.length > 1 ? { file } : {}),
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        text: f.text,
        value: f.value,
        unit: f.unit ?? null,
        kind: f.kind,
        lang: f.lang,
        ...(f.hedge ? { hedge: f.hedge } : {}),
        ...(f.noun ? { noun: f.noun } : {}),
        // What the figure counts, as a concept shared across languages (the spec's `subject`).
        ...(f.subject ? { subject: f.subject } : {}),
        ...(why ? { rules: why.get(`${f.span.start}:${f.span.end}`) ?? [] } : {}),
      });
    }
  }
  if (values.format === 'json') io.stdout(safeJson(rows) + '\n');
  // A figure's text is the document's own: its control characters are escaped for the terminal.
  else for (const r of rows) io.stdout(`${r.line}:${r.column}\t${r.kind}\t${escapeControl(r.text)}\t= ${r.value}${r.unit ? ' ' + escapeControl(r.unit) : ''}${r.rules ? '\t' + (r.rules.length ? r.rules.join(', ') : '-') : ''}\n`);
  return 0;
}

/**
 * The context rules that decided each figure, by its span. Read over the whole text: a draft's
 * figures are read from its prose, at the same offsets, so each finds its own entry.
 */
function rulesBySpan(text: string, lang: Lang): Map<string, string[]> {
  return new Map(explainFigures(text, lang).map(({ figure, rules }) => [`${figure.span.start}:${figure.span.end}`, rules]));
}
