import de from '../../l10n/bundle.l10n.de.json';
import { english, fill, type Translate } from '../core/messages/message';
import { UsageError } from './usageError';

/**
 * The CLI's languages: English (the catalogue itself, and what the spec fixes) and every language
 * with a bundle in l10n/, the same files VS Code reads for the extension, keyed by the English
 * templates. The bundles are built into dist/cli.js, so the CLI needs no file beside it.
 */
const BUNDLES: Record<string, Record<string, string>> = { de };
const DEFAULT_LOCALE = 'en';
export const LOCALES = [DEFAULT_LOCALE, ...Object.keys(BUNDLES)];

/** The environment variables that name the messages' language, strongest first (POSIX). */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of the CLI's messages: `--locale` when given (a language it has not is a usage
 * error), else the first set of LC_ALL, LC_MESSAGES, LANG ("de_DE.UTF-8" -> de); a language it has
 * no bundle for, "C" or "POSIX" mean English.
 */
export function pickLocale(flag: string | undefined, env: Record<string, string | undefined> = {}): string {
  if (flag !== undefined) {
    if (!LOCALES.includes(flag)) throw new UsageError('cli.usage.locale', { locales: LOCALES.join(', '), value: flag });
    return flag;
  }
  const named = LOCALE_VARIABLES.map((name) => env[name]).find((value) => value !== undefined && value !== '');
  const language = named?.split(/[_.@-]/)[0].toLowerCase();
  return language && LOCALES.includes(language) ? language : DEFAULT_LOCALE;
}

/**
 * The language main speaks before a command has read its options: `--locale` as argv gives it,
 * else the environment's. One the CLI has not is English here; the command itself then says so.
 */
export function translatorOfArgv(argv: string[], env: Record<string, string | undefined> = {}): Translate {
  const at = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  const flag = at < 0 ? undefined : argv[at].startsWith('--locale=') ? argv[at].slice('--locale='.length) : argv[at + 1];
  try {
    return translatorFor(pickLocale(flag, env));
  } catch {
    return english;
  }
}

/**
 * The language a command speaks after reading its options: its `--locale` (checked, so an unknown
 * one is a usage error in every command) or, without one, the environment's.
 */
export function commandTranslator(flag: string | undefined, env: Record<string, string | undefined> = {}): Translate {
  return translatorFor(pickLocale(flag, env));
}

/** Fills catalogue templates in `locale`: its bundle's translation, or the English where it has none. */
export function translatorFor(locale: string): Translate {
  const bundle = BUNDLES[locale];
  return bundle ? (template, args) => fill(bundle[template] ?? template, args) : english;
}
