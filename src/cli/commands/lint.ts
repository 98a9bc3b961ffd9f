import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';

import type { Finding } from '../../core/types';
import { ConfigError, findConfig, readConfig, type BackcheckConfig } from '../../node/config';
import { loadBackcheck } from '../../node/loadLibrary';
import { DEFAULT_SOURCES_GLOB } from '../../node/sourceFiles';
import type { FileResult } from '../formats/fileResult';
import { formatJson } from '../formats/json';
import { formatStylish } from '../formats/stylish';
import { UsageError } from '../usageError';

export const LINT_HELP = `Usage: backcheck lint [--sources PATH]... [--config FILE] [--format stylish|json]
                      [--max-warnings N] FILE|GLOB...

Checks every figure in the Markdown drafts against the figures in the sources.

Options:
  --sources PATH     a folder or glob of source documents (repeatable); default: "sources"
                     from .backcheckrc.json, else ${DEFAULT_SOURCES_GLOB}
  --config FILE      a .backcheckrc.json to use instead of the nearest one
  --format NAME      stylish (default) or json (ESLint's JSON shape)
  --max-warnings N   exit 1 when there are more than N warnings
  -h, --help         this help

Exit codes: 0 no errors and warnings within --max-warnings; 1 findings over that; 2 usage or runtime error.`;

const FORMATS = ['stylish', 'json'] as const;

export interface CommandIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export async function runLint(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sources: { type: 'string', multiple: true },
      config: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      'max-warnings': { type: 'string' },
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
  if (positionals.length === 0) throw new UsageError('no drafts given: name the Markdown files to lint, e.g. backcheck lint draft.md');

  const config = loadConfig(values.config, io.cwd);
  const sourcePatterns = values.sources ?? config?.sources?.map((s) => resolve(config.root, s)) ?? [DEFAULT_SOURCES_GLOB];
  const { backcheck, files } = await loadBackcheck(sourcePatterns, io.cwd);
  if (files.length === 0) {
    throw new UsageError(`no sources found under ${sourcePatterns.join(', ')}: pass --sources or set "sources" in .backcheckrc.json`);
  }

  const drafts = await expandDrafts(positionals, io.cwd);
  const results: FileResult[] = [];
  for (const draft of drafts) {
    const text = await readFile(draft, 'utf8');
    results.push({ filePath: draft, findings: backcheck.lint(text, { lang: config?.lang, severities: config?.rules }) });
  }
  // Unreadable sources are reported once, against the source file itself.
  for (const unreadable of backcheck.library.unreadable) {
    const finding: Finding = {
      ruleId: 'source-unreadable',
      severity: 'error',
      message: `${relative(io.cwd, unreadable.path)} cannot be read: ${unreadable.reason}`,
      span: { start: 0, end: 0 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    };
    results.push({ filePath: unreadable.path, findings: [finding] });
  }

  io.stdout(format === 'json' ? formatJson(results) + '\n' : formatStylish(results.map((r) => ({ ...r, filePath: relative(io.cwd, r.filePath) || r.filePath })), io.isTTY));
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0;
}

function loadConfig(explicit: string | undefined, cwd: string): BackcheckConfig | undefined {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return undefined;
  if (!existsSync(file)) throw new UsageError(`config file ${explicit} does not exist`);
  try {
    return readConfig(file);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

async function expandDrafts(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    if (existsSync(absolute)) {
      out.push(absolute);
      continue;
    }
    const matches = await glob(pattern, { cwd, absolute: true });
    if (matches.length === 0) throw new UsageError(`no file matches "${pattern}"`);
    out.push(...matches.sort());
  }
  return [...new Set(out)];
}
