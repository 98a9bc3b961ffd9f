import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ConfigError, configLayer, resolveSettings, type BackcheckConfig } from '../../node/config';
import { findConfig, readConfig } from '../../node/configFile';
import { loadBackcheck } from '../../node/loadLibrary';
import type { SourceCacheFile } from '../../node/sourceCache';
import { DEFAULT_SOURCES_GLOB } from '../../node/sourceFiles';
import { UsageError } from '../usageError';

/** The config in force: `--config FILE`, else the nearest .backcheckrc.json, else none. */
export function loadConfig(explicit: string | undefined, cwd: string): BackcheckConfig | undefined {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!file) return undefined;
  if (!existsSync(file)) throw new UsageError('cli.usage.noConfig', { file: String(explicit) });
  try {
    return readConfig(file);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.located.id, error.located.args);
    throw error;
  }
}

/**
 * Loads the sources named by --sources, else the config's (relative to its folder), else the
 * default glob; never none. The order is the one `resolveSettings` documents.
 */
export async function loadSources(sources: string[] | undefined, config: BackcheckConfig | undefined, cwd: string, cache?: SourceCacheFile, progress?: (done: number, total: number) => void) {
  const patterns = resolvePaths('sources', sources, config) ?? [DEFAULT_SOURCES_GLOB];
  const loaded = await loadBackcheck(patterns, cwd, { maxBytes: config?.maxSourceBytes, cache, progress, workerFile: join(__dirname, 'sourceWorker.js') });
  if (loaded.files.length === 0) {
    throw new UsageError('cli.usage.noSources', { patterns: patterns.join(', ') });
  }
  return loaded;
}

/** A path setting after precedence: the command line's as given, the file's resolved against its folder. */
export function resolvePaths(key: 'sources' | 'drafts', fromCommandLine: string[] | undefined, config: BackcheckConfig | undefined): string[] | undefined {
  const { settings, origin } = resolveSettings([{ name: 'command line', values: { [key]: fromCommandLine } }, configLayer(config)]);
  if (origin[key] === 'command line') return settings[key];
  if (config && origin[key] === config.file) return settings[key].map((p) => resolve(config.root, p));
  return undefined;
}
