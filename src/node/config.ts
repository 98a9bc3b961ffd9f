import { isLang, LANGS } from '../core/figures/lang';
// The ESM build: the UMD one loads its parts with a require() that bundles cannot follow.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser/lib/esm/main.js';

import { RULES } from '../core/lint/rules';
import type { MessageId } from '../core/messages/catalogue';
import { message, render, type Message, type MessageArg } from '../core/messages/message';
import { DRAFT_UNREADABLE } from '../core/lint/rules/draftUnreadable';
import { SOURCE_UNREADABLE } from '../core/lint/rules/sourceUnreadable';
import type { Lang, SeveritySetting } from '../core/types';

/**
 * The `.backcheckrc.json` file and the one order in which it and the other places a setting can
 * come from are applied. No Node built-ins here: the web bundle parses the file too (the CLI
 * reads it from disk in configFile.ts). The CLI and the extension both use this module, so a draft reads the
 * same in the editor and in CI.
 */
export interface BackcheckConfig {
  /** The config file itself, as errors and logs name it. */
  file: string;
  /** The folder the config was found in; relative paths resolve against it. */
  root: string;
  /** Directories or globs, relative to `root`. */
  sources?: string[];
  /** Globs of the drafts, relative to `root`. */
  drafts?: string[];
  rules?: Record<string, SeveritySetting>;
  lang?: Lang;
  /** The largest source file read, in bytes (default DEFAULT_MAX_SOURCE_BYTES in sourceFiles.ts). */
  maxSourceBytes?: number;
}

/** Where in the file a problem is: 1-based line and column, and the key it concerns. */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  /** The JSON path of the offending key, e.g. `rules.figure-unmatched`; absent for syntax errors. */
  key?: string;
  /** Offsets into the file's text, for an editor to underline. */
  offset: number;
  length: number;
  /** Why, in English; `said` is the same as a catalogue message, for a host to show in its language. */
  reason: string;
  said?: Message;
}

/** A config file that cannot be used; its message names the file, line, column and key. */
export class ConfigError extends Error {
  /** The message as file:line:col: "key": reason, for a host to render in its language. */
  readonly located: Message;

  constructor(readonly problem: ConfigProblem) {
    const { file, line, column, key } = problem;
    const reason = problem.said ?? message('cli.usage.text', { text: problem.reason });
    const located = key ? message('config.atKey', { file, line, column, key, reason }) : message('config.at', { file, line, column, reason });
    super(render(located));
    this.located = located;
  }
}

export const CONFIG_FILE = '.backcheckrc.json';
/** Every Markdown file (outside the sources, which are never drafts). */
export const DEFAULT_DRAFTS_GLOB = '**/*.{md,markdown}';
const KEYS = ['sources', 'drafts', 'rules', 'lang', 'maxSourceBytes'] as const;
const SEVERITIES = new Set(['off', 'information', 'warning', 'error', 'hint']);

/** Rule ids of the contract (spec.md) that a config may name even where a rule is not built yet. */
const CONTRACT_RULE_IDS = ['figure-subject-mismatch'];

export function ruleIds(): string[] {
  return [...new Set([...RULES.map((r) => r.id), SOURCE_UNREADABLE.id, DRAFT_UNREADABLE.id, ...CONTRACT_RULE_IDS])];
}

/** Parses and validates a config file's text; throws a ConfigError on the first problem. */
export function parseConfig(text: string, file: string): BackcheckConfig {
  const fail = (node: { offset: number; length: number } | undefined, key: string | undefined, id: MessageId, args: Record<string, MessageArg> = {}): never => {
    const offset = node?.offset ?? 0;
    const { line, column } = lineAndColumn(text, offset);
    const said = message(id, args);
    throw new ConfigError({ file, line, column, key, offset, length: node?.length ?? 0, reason: render(said), said });
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0) fail(errors[0], undefined, 'config.json', { error: describeParseError(errors[0]) });
  if (!tree || tree.type !== 'object') fail(tree, undefined, 'config.object');

  const config: BackcheckConfig = { file, root: folderOf(file) };
  for (const property of tree!.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = String(keyNode?.value);
    if (!(KEYS as readonly string[]).includes(key)) fail(keyNode, key, 'config.unknownKey', { keys: KEYS.join(', ') });
    if (!valueNode) continue;
    if (key === 'sources' || key === 'drafts') config[key] = paths(valueNode, key, fail);
    else if (key === 'rules') config.rules = rules(valueNode, fail);
    else if (key === 'lang') {
      if (!isLang(valueNode.value)) fail(valueNode, key, 'config.lang', { langs: LANGS.join(', '), value: JSON.stringify(valueNode.value ?? null) });
      config.lang = valueNode.value as Lang;
    } else if (key === 'maxSourceBytes') {
      const bytes = valueNode.value;
      if (typeof bytes !== 'number' || !Number.isInteger(bytes) || bytes < 1) fail(valueNode, key, 'config.bytes', { value: JSON.stringify(bytes ?? null) });
      config.maxSourceBytes = bytes as number;
    }
  }
  return config;
}

type Fail = (node: JsonNode | undefined, key: string | undefined, id: MessageId, args?: Record<string, MessageArg>) => never;

/**
 * A string or an array of strings, each inside the config's folder: a config file is shared
 * with a project, and must not make Backcheck read (and quote) files elsewhere on the machine.
 * Only the command line, which is the user's own choice, may name paths outside it.
 */
function paths(node: JsonNode, key: string, fail: Fail): string[] {
  const items = node.type === 'array' ? node.children ?? [] : [node];
  return items.map((item, i) => {
    const where = node.type === 'array' ? `${key}[${i}]` : key;
    if (item.type !== 'string') fail(item, where, 'config.paths');
    const value = item.value as string;
    if (escapesRoot(value)) fail(item, where, 'config.outside', { path: JSON.stringify(value), file: CONFIG_FILE });
    return value;
  });
}

function rules(node: JsonNode, fail: Fail): Record<string, SeveritySetting> {
  if (node.type !== 'object') fail(node, 'rules', 'config.rules');
  const known = ruleIds();
  const out: Record<string, SeveritySetting> = {};
  for (const property of node.children ?? []) {
    const [idNode, severityNode] = property.children ?? [];
    const id = String(idNode.value);
    if (!known.includes(id)) fail(idNode, `rules.${id}`, 'config.unknownRule', { id, rules: known.join(', ') });
    const severity = severityNode?.value;
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      fail(severityNode ?? idNode, `rules.${id}`, 'config.severity', { id, value: JSON.stringify(severity ?? null) });
    }
    out[id] = severity as SeveritySetting;
  }
  return out;
}

/** An absolute path, a drive letter, a home folder or a `..` that climbs above the root. */
export function escapesRoot(path: string): boolean {
  if (/^([/\\~]|[A-Za-z]:)/.test(path)) return true;
  let depth = 0;
  for (const part of path.split(/[/\\]+/)) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) return true;
  }
  return false;
}

function describeParseError(error: ParseError): string {
  const code = printParseErrorCode(error.error);
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The folder a file path is in, as path.dirname gives it, for `/` and `\\` alike (no node:path here). */
export function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (cut < 0) return '.';
  const head = file.slice(0, cut);
  // The root keeps its separator: `/x` is in `/`, a file at a drive's top in the drive's root.
  return cut === 0 || /^[A-Za-z]:$/.test(head) ? file.slice(0, cut + 1) : head;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The settings that live both in `.backcheckrc.json` and in a host's own options. */
export interface ProjectSettings {
  sources: string[];
  drafts: string[];
  rules: Record<string, SeveritySetting>;
  lang: Lang | undefined;
}

/** One place a setting can come from, e.g. "command line", ".backcheckrc.json", "default". */
export interface SettingsLayer {
  name: string;
  values: Partial<ProjectSettings>;
}

export interface ResolvedSettings {
  settings: ProjectSettings;
  /** For each setting, the layer its value came from (for `rules`, per rule id). */
  origin: { sources: string; drafts: string; lang: string; rules: Record<string, string> };
}

/**
 * The one precedence, the same for every setting in both hosts: layers are given strongest
 * first and the first one that sets a value wins; `rules` are merged per rule id the same way.
 * The CLI passes [command line, config file, default]; the extension passes [workspace setting,
 * config file, user setting, default] (a user setting is a personal default for every project,
 * so a project's file wins over it; a workspace setting is this workspace's own choice, as a
 * command-line option is, so it wins over the file).
 */
export function resolveSettings(layers: SettingsLayer[]): ResolvedSettings {
  const first = <K extends 'sources' | 'drafts' | 'lang'>(key: K) => layers.find((l) => l.values[key] !== undefined && !isEmptyList(l.values[key]));
  const pick = <K extends 'sources' | 'drafts'>(key: K) => ({ value: first(key)?.values[key] ?? [], origin: first(key)?.name ?? 'default' });
  const sources = pick('sources');
  const drafts = pick('drafts');
  const lang = first('lang');
  const rules: Record<string, SeveritySetting> = {};
  const ruleOrigin: Record<string, string> = {};
  for (const layer of [...layers].reverse()) {
    for (const [id, severity] of Object.entries(layer.values.rules ?? {})) {
      rules[id] = severity;
      ruleOrigin[id] = layer.name;
    }
  }
  return {
    settings: { sources: sources.value as string[], drafts: drafts.value as string[], rules, lang: lang?.values.lang },
    origin: { sources: sources.origin, drafts: drafts.origin, lang: lang?.name ?? 'detected', rules: ruleOrigin },
  };
}

function isEmptyList(value: unknown): boolean {
  return Array.isArray(value) && value.length === 0;
}

/** The config file's settings as a layer named after the file. */
export function configLayer(config: BackcheckConfig | undefined, name = config?.file ?? CONFIG_FILE): SettingsLayer {
  if (!config) return { name, values: {} };
  return { name, values: { sources: config.sources, drafts: config.drafts, rules: config.rules, lang: config.lang } };
}
