import { existsSync, rmSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';

import { unreadableSources } from '../../core/lint/rules/sourceUnreadable';
import { english, message, render as renderMessage, renderFinding, says, type Translate } from '../../core/messages/message';
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
import { commandTranslator, LOCALES } from '../locale';
import { UsageError } from '../usageError';
import { readDraft } from './readDraft';
import { terminalProgress } from '../terminalProgress';
import { loadConfig, loadSources, resolvePaths } from './sourceOptions';
import { cacheFileAt, CACHE_FILE, engineStamp, SourceCacheFile } from '../../node/sourceCache';
import { CacheDamaged } from '../../node/storedIndex';
import type { BackcheckConfig } from '../../node/config';
import type { Backcheck, LintOptions } from '../../core/service';
import { reasonArg, type Reason } from '../../core/messages/reasons';

/** lint's --help in a language; the defaults it names come from where they are set. */
export function lintHelp(translate: Translate = english): string {
  return renderMessage(message('cli.help.lint', { locales: LOCALES.join('|'), sourcesGlob: DEFAULT_SOURCES_GLOB, cacheFile: CACHE_FILE }), translate);
}

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** The environment whose LC_ALL, LC_MESSAGES and LANG pick the messages' language; none: English. */
  env?: Record<string, string | undefined>;
  /** The language of help and human output, as main picked it from --locale and env; none: English. */
  translate?: Translate;
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
    io.stdout(lintHelp(io.translate) + '\n');
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError('cli.usage.format', { format: String(values.format), formats: FORMATS.join(', ') });
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('cli.usage.maxWarnings', { value: String(values['max-warnings']) });
  const translate = commandTranslator(values.locale, io.env);
  const config = loadConfig(values.config, io.cwd);
  // Named files are the user's explicit choice; otherwise the drafts setting says which to lint.
  // Its default is the spec's and the extension's (as ESLint lints "." when given nothing): every
  // Markdown file in the config's folder, else here, outside the sources. Where no sources are
  // found this is no Backcheck workspace, and loading them says so (exit 2).
  const draftPatterns = positionals.length > 0 ? positionals : resolvePaths('drafts', values.drafts, config) ?? [resolve(config?.root ?? io.cwd, DEFAULT_DRAFTS_GLOB)];
  const loaded = await lintThroughCache(draftPatterns, positionals.length > 0, { sources: values.sources, config, cache: values.cache, cacheLocation: values['cache-location'] }, io, translate);
  const { backcheck, results } = loaded;
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

interface LoadSettings {
  sources: string[] | undefined;
  config: BackcheckConfig | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
}

/**
 * Loads the sources (through the cache with `--cache`) and lints the drafts. A cache entry that
 * turns out damaged only when the lint reads it (entries are read as needed) is said so, and
 * the run starts again without the cache, rebuilding it: the findings never depend on it.
 */
async function lintThroughCache(draftPatterns: string[], named: boolean, settings: LoadSettings, io: CommandIo, translate: Translate) {
  const cache = settings.cache ? openCache(settings.cacheLocation, io, translate) : undefined;
  try {
    const progress = terminalProgress(io, 'cli.progress.sources', translate, { shownFrom: SOURCES_SHOWN_FROM });
    const { backcheck, files } = await loadSources(settings.sources, settings.config, io.cwd, cache, (done, total) => progress.update(done, total)).finally(() => progress.done());
    const drafts = await expandDrafts(draftPatterns, io.cwd, named ? [] : files);
    // A draft changed since the cache was written is read around its change, as a keystroke's is.
    cache?.keepReadings();
    const results = await lintDrafts(drafts, backcheck, { config: settings.config, cache }, io, translate);
    if (cache) saveCache(cache, backcheck, io, translate);
    return { backcheck, results };
  } catch (error) {
    if (!cache || !(error instanceof CacheDamaged)) throw error;
    cache.close();
    io.stderr(`backcheck: ${renderMessage(message('cli.cache.unusable', { file: relative(io.cwd, cache.file) || cache.file, problem: error.message }), translate)}\n`);
    rmSync(cache.file, { force: true });
    return lintThroughCache(draftPatterns, named, settings, io, translate);
  } finally {
    cache?.close();
  }
}

/** Fewer sources than this load in well under a second: no progress line (a cold 10,000 take seconds). */
const SOURCES_SHOWN_FROM = 200;
/** A draft's lint takes tens of milliseconds: progress for a folder of more than this many. */
const DRAFTS_SHOWN_FROM = 21;

/** Each draft's findings (capped), or why it could not be read; progress on a terminal. */
async function lintDrafts(drafts: string[], backcheck: Backcheck, { config, cache }: { config?: BackcheckConfig; cache?: SourceCacheFile }, io: CommandIo, translate: Translate): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const options = { lang: config?.lang, severities: config?.rules };
  const progress = terminalProgress(io, 'cli.progress', translate, { shownFrom: DRAFTS_SHOWN_FROM });
  try {
    for (const draft of drafts) {
      const read = await readDraft(draft);
      if ('reason' in read) results.push(unreadableDraft(draft, read, io.cwd));
      else results.push(capFindings({ filePath: draft, text: read.text, findings: lintOnce(read.text, options, backcheck, cache) }));
      progress.update(results.length, drafts.length);
    }
  } finally {
    progress.done();
  }
  return results;
}

/** A draft's findings: the cache's, when it has them for this text, options and library; else linted (and kept). */
function lintOnce(text: string, options: LintOptions, backcheck: Backcheck, cache: SourceCacheFile | undefined): Finding[] {
  const cached = cache?.cachedLint<Finding>(text, options);
  if (cached) return cached;
  const findings = backcheck.lint(text, options);
  cache?.storeLint(text, options, findings);
  return findings;
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
    if (matches.length === 0) throw new UsageError('cli.usage.noMatch', { pattern });
    out.push(...matches.sort());
  }
  const sources = new Set(exclude.map((f) => resolve(f)));
  return [...new Set(out)].filter((f) => !sources.has(resolve(f)));
}

/**
 * The cache `--cache` reads, at `--cache-location` (ESLint's semantics). One that is damaged is
 * said so on stderr and rebuilt; the lint itself never depends on it.
 */
function openCache(location: string | undefined, io: CommandIo, translate: Translate): SourceCacheFile {
  const cache = new SourceCacheFile(cacheFileAt(location, io.cwd), engineStamp(VERSION, typeof __filename === 'string' ? __filename : undefined));
  if (cache.problem) io.stderr(`backcheck: ${renderMessage(message('cli.cache.unusable', { file: relative(io.cwd, cache.file) || cache.file, problem: cache.problem }), translate)}\n`);
  return cache;
}

function saveCache(cache: SourceCacheFile, backcheck: Backcheck, io: CommandIo, translate: Translate): void {
  try {
    cache.save(backcheck.library);
  } catch (error) {
    // Found writing the index (every source is read then): the run starts again without the cache.
    if (error instanceof CacheDamaged) throw error;
    io.stderr(`backcheck: ${renderMessage(message('cli.cache.unwritable', { file: cache.file, problem: (error as Error).message }), translate)}\n`);
  }
}

/** A draft that could not be read: one `draft-unreadable` error naming it and why. */
function unreadableDraft(path: string, why: Reason, cwd: string): FileResult {
  const zero = { line: 0, character: 0 };
  return {
    filePath: path,
    findings: [{ ruleId: 'draft-unreadable', severity: 'error', ...says(message('file.problem', { file: relative(cwd, path) || path, problem: message('source-unreadable', { reason: reasonArg(why) }) })), span: { start: 0, end: 0 }, range: { start: zero, end: zero }, data: { path, reason: why.reason } }],
  };
}
