import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

import { ConfigError, findConfig, readConfig, type BackcheckConfig } from '../../node/config';
import { loadBackcheck } from '../../node/loadLibrary';
import { DEFAULT_SOURCES_GLOB } from '../../node/sourceFiles';
import { UsageError } from '../usageError';

/** The config in force: `--config FILE`, else the nearest .backcheckrc.json, else none. */
export function loadConfig(explicit: string | undefined, cwd: string): BackcheckConfig | undefined {
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

/** Loads the sources named by --sources, else the config's, else the default glob; never none. */
export async function loadSources(sources: string[] | undefined, config: BackcheckConfig | undefined, cwd: string) {
  const patterns = sources ?? config?.sources?.map((s) => resolve(config.root, s)) ?? [DEFAULT_SOURCES_GLOB];
  const loaded = await loadBackcheck(patterns, cwd, { maxBytes: config?.maxSourceBytes });
  if (loaded.files.length === 0) {
    throw new UsageError(`no sources found under ${patterns.join(', ')}: pass --sources or set "sources" in .backcheckrc.json`);
  }
  return loaded;
}
