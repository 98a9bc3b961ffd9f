import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { isLang } from '../core/figures/lang';
import type { Lang, SeveritySetting } from '../core/types';

/** The `.backcheckrc.json` file, read by the CLI and the extension alike. */
export interface BackcheckConfig {
  /** Directories or globs, relative to the config file's folder. */
  sources?: string[];
  rules?: Record<string, SeveritySetting>;
  lang?: Lang;
  /** The largest source file read, in bytes (default DEFAULT_MAX_SOURCE_BYTES in sourceFiles.ts). */
  maxSourceBytes?: number;
  /** The folder the config was found in; relative paths resolve against it. */
  root: string;
}

export class ConfigError extends Error {}

const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);

export function readConfig(file: string): BackcheckConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError(`${file}: expected a JSON object`);
  const record = raw as Record<string, unknown>;
  const config: BackcheckConfig = { root: dirname(file) };
  if (record.sources !== undefined) {
    const sources = typeof record.sources === 'string' ? [record.sources] : record.sources;
    if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) throw new ConfigError(`${file}: "sources" must be a string or an array of strings`);
    config.sources = sources as string[];
  }
  if (record.rules !== undefined) {
    if (typeof record.rules !== 'object' || record.rules === null) throw new ConfigError(`${file}: "rules" must be an object of rule id to severity`);
    for (const [id, severity] of Object.entries(record.rules)) {
      if (typeof severity !== 'string' || !SEVERITIES.has(severity)) throw new ConfigError(`${file}: rule "${id}" has severity ${JSON.stringify(severity)}; use off, information, warning or error`);
    }
    config.rules = record.rules as Record<string, SeveritySetting>;
  }
  if (isLang(record.lang)) config.lang = record.lang;
  if (record.maxSourceBytes !== undefined) {
    if (typeof record.maxSourceBytes !== 'number' || !Number.isInteger(record.maxSourceBytes) || record.maxSourceBytes < 1) throw new ConfigError(`${file}: "maxSourceBytes" must be a whole number of bytes, not ${JSON.stringify(record.maxSourceBytes)}`);
    config.maxSourceBytes = record.maxSourceBytes;
  }
  return config;
}

/** Looks for `.backcheckrc.json` in `dir` and its parents. */
export function findConfig(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, '.backcheckrc.json');
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}
