import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { message } from '../core/messages/message';
import { CONFIG_FILE, ConfigError, parseConfig, type BackcheckConfig } from './config';

// Reading `.backcheckrc.json` from disk and looking for it in parent folders, for the CLI; the
// parsing and the precedence are in config.ts, which has no Node built-ins (the web bundle uses it).

export function readConfig(file: string): BackcheckConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError({ file, line: 1, column: 1, offset: 0, length: 0, reason: `cannot be read: ${(error as Error).message}`, said: message('source-unreadable', { reason: (error as Error).message }) });
  }
  return parseConfig(text, file);
}

/** Looks for `.backcheckrc.json` in `dir` and its parents. */
export function findConfig(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(current) === current) return undefined;
  }
}
