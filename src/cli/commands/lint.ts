import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';

import { unreadableSources } from '../../core/lint/rules/sourceUnreadable';
import { message, renderFinding, says, type Translate } from '../../core/messages/message';
import type { Finding } from '../../core/types';
import { VERSION } from '../version';
import { DEFAULT_SOURCES_GLOB } from '../../node/sourceFiles';
import { capFindings, countFindings } from '../formats/capFindings';
import { DEFAULT_DRAFTS_GLOB } from '../../node/config';
import type { FileResult } from '../formats/fileResult';
import { formatGithub } from '../formats/github';
import { formatJson } from '../formats/json';
import { formatSarif } from '../formats/sarif';
import { formatStylish } from '../formats/stylish';
import { pickLocale, translatorFor } from '../locale';
import { UsageError } from '../usageError';
import { readDraft } from './readDraft';
import { loadConfig, loadSources, resolvePaths } from './sourceOptions';
import { cacheFileAt, CACHE_FILE, engineStamp, SourceCacheFile } from '../../node/sourceCache';

export const LINT_HELP = `Usage: backcheck lint [--sources PATH]... [--drafts GLOB]... [--config FILE]
                      [--format stylish|json|sarif|github] [--max-warnings N] [--locale en|de]
                      [--cache] [--cache-location PATH] [FILE|GLOB...]

Checks every figure in the Markdown drafts against the figures in the sources.

Options:
  --sources PATH     a folder or glob of source documents (repeatable); default: "sources"
                     from .backcheckrc.json, else ${DEFAULT_SOURCES_GLOB}
  --drafts GLOB      the drafts to lint when no FILE is given (repeatable); default: "drafts"
                     from .backcheckrc.json, else with a .backcheckrc.json every Markdown file
                     in its folder. Source files are never linted as drafts.
  --config FILE      a .backcheckrc.json to use instead of the nearest one
  --format NAME      stylish (default), json (ESLint's JSON shape), sarif (SARIF 2.1.0,
                     for code scanning) or github (workflow annotations)
  --max-warnings N   exit 1 when there are more than N warnings
  --locale en|de     the language of the findings' messages; default: from LC_ALL,
                     LC_MESSAGES or LANG, else English
  --cache            keep what was read of each source in a cache, and read unchanged
                     sources from it next time (keyed by content and engine version)
  --cache-location PATH
                     the cache file, or a folder for it; default: ./${CACHE_FILE}
  -h, --help         this help

Exit codes: 0 no errors and warnings within --max-warnings; 1 findings over that; 2 usage or runtime error.`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The environment whose LC_ALL, LC_MESSAGES and LANG pick the messages' language; none: English. */
  env?: Record<string, string | undefined>;
}

export async function runLint(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sources: { type: 'string', multiple: true },
      drafts: { type: 'string', multiple: true },
      config: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      'max-warnings': { type: 'string' },
      locale: { type: 'string' },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP + '\n');
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}": use one of ${FORMATS.join(', ')}`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not "${values['max-warnings']}"`);
  const translate = translatorFor(pickLocale(values.locale, io.env));
  const config = loadConfig(values.config, io.cwd);
  // Named files are the user's explicit choice; otherwise the drafts setting says which to lint.
  // In a project with a config file, the default is the extension's: every Markdown file there.
  const draftPatterns = positionals.length > 0 ? positionals : resolvePaths('drafts', values.drafts, config) ?? (config ? [resolve(config.root, DEFAULT_DRAFTS_GLOB)] : undefined);
  if (!draftPatterns) throw new UsageError('no drafts given: name the Markdown files to lint, e.g. backcheck lint draft.md, or pass --drafts GLOB');
  const cache = values.cache ? openCache(values['cache-location'], io) : undefined;
  const { backcheck, files: sourceFiles } = await loadSources(values.sources, config, io.cwd, cache);
  if (cache) saveCache(cache, io);

  const drafts = await expandDrafts(draftPatterns, io.cwd, positionals.length > 0 ? [] : sourceFiles);
  const results: FileResult[] = [];
  for (const draft of drafts) {
    const read = await readDraft(draft);
    if ('reason' in read) results.push(unreadableDraft(draft, read.reason, io.cwd));
    else results.push(capFindings({ filePath: draft, text: read.text, findings: backcheck.lint(read.text, { lang: config?.lang, severities: config?.rules }) }));
    if (io.isTTY && drafts.length > 20) io.stderr(`\rlinted ${results.length}/${drafts.length} drafts`);
  }
  if (io.isTTY && drafts.length > 20) io.stderr('\n');
  // Unreadable sources (and duplicate keys) are reported once, against the source file itself.
  const unreadableSeverity = config?.rules?.['source-unreadable'] ?? 'error';
  if (unreadableSeverity !== 'off') {
    for (const problem of unreadableSources(backcheck.library)) {
      const finding: Finding = {
        ruleId: 'source-unreadable',
        severity: unreadableSeverity,
        ...says(message('file.problem', { file: relative(io.cwd, problem.path) || problem.path, problem: problem.problem })),
        span: { start: 0, end: 0 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        data: problem.data,
      };
      results.push({ filePath: problem.path, findings: [finding] });
    }
  }

  io.stdout(render(format, inLanguage(results, translate), io, translate));
  const { errors, warnings } = countFindings(results);
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

/** The findings with their messages in the chosen language (English: unchanged, byte for byte). */
function inLanguage(results: FileResult[], translate: Translate): FileResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, message: renderFinding(f, translate) })) }));
}

function render(format: (typeof FORMATS)[number], results: FileResult[], io: CommandIo, translate: Translate): string {
  switch (format) {
    case 'json':
      return formatJson(results) + '\n';
    case 'sarif':
      return formatSarif(results, io.cwd, VERSION) + '\n';
    case 'github':
      return formatGithub(results, io.cwd);
    default:
      return formatStylish(results.map((r) => ({ ...r, filePath: relative(io.cwd, r.filePath) || r.filePath })), io.isTTY, translate);
  }
}

/** The files the patterns name, without `exclude` (the sources, when drafts come from a glob setting). */
async function expandDrafts(patterns: string[], cwd: string, exclude: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute)) {
      out.push(absolute);
      continue;
    }
    const matches = await glob(isAbsolute(pattern) ? relative(cwd, pattern).split('\\').join('/') : pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'] });
    if (matches.length === 0) throw new UsageError(`no file matches "${pattern}"`);
    out.push(...matches.sort());
  }
  const sources = new Set(exclude.map((f) => resolve(f)));
  return [...new Set(out)].filter((f) => !sources.has(resolve(f)));
}

/**
 * The cache `--cache` reads, at `--cache-location` (ESLint's semantics). One that is damaged is
 * said so on stderr and rebuilt; the lint itself never depends on it.
 */
function openCache(location: string | undefined, io: CommandIo): SourceCacheFile {
  const cache = new SourceCacheFile(cacheFileAt(location, io.cwd), engineStamp(VERSION, typeof __filename === 'string' ? __filename : undefined));
  if (cache.problem) io.stderr(`backcheck: the cache ${relative(io.cwd, cache.file) || cache.file} is not usable (${cache.problem}); rebuilding it\n`);
  return cache;
}

function saveCache(cache: SourceCacheFile, io: CommandIo): void {
  try {
    cache.save();
  } catch (error) {
    io.stderr(`backcheck: could not write the cache ${cache.file}: ${(error as Error).message}\n`);
  }
}

/** A draft that could not be read: one `draft-unreadable` error naming it and why. */
function unreadableDraft(path: string, reason: string, cwd: string): FileResult {
  const zero = { line: 0, character: 0 };
  return {
    filePath: path,
    findings: [{ ruleId: 'draft-unreadable', severity: 'error', ...says(message('file.problem', { file: relative(cwd, path) || path, problem: message('source-unreadable', { reason }) })), span: { start: 0, end: 0 }, range: { start: zero, end: zero }, data: { path, reason } }],
  };
}
