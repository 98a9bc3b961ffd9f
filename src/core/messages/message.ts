import { CATALOGUE, type MessageId } from './catalogue';

/** An argument of a message: a value as written, or another message (rendered in the same language). */
export type MessageArg = string | number | Message;

/** A message as data: its catalogue id and its arguments. Plain JSON, so it survives a cache or a worker. */
export interface Message {
  id: MessageId;
  args: Record<string, MessageArg>;
}

/**
 * How a host puts a catalogue template into its language and fills it: the extension passes
 * `vscode.l10n.t`, the CLI a reader of the same bundle. `args` are already rendered to text.
 */
export type Translate = (template: string, args: Record<string, string>) => string;

/** Fills `{name}` placeholders as `vscode.l10n.t` does; an unknown name stays as written. */
export function fill(template: string, args: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(args, name) ? args[name] : whole));
}

/** The catalogue's English, which the CLI and the spec print. */
export const english: Translate = fill;

export function message(id: MessageId, args: Record<string, MessageArg> = {}): Message {
  return { id, args };
}

/** A message in the language `translate` speaks; nested messages first, in the same language. */
export function render(msg: Message, translate: Translate = english): string {
  const args: Record<string, string> = {};
  for (const [name, value] of Object.entries(msg.args)) args[name] = typeof value === 'object' ? render(value, translate) : String(value);
  // An id the catalogue lacks (a finding from a newer engine in an older cache) shows as its id.
  return translate(CATALOGUE[msg.id] ?? msg.id, args);
}

/**
 * What a rule returns for its message: the English text and, beside it, the id and arguments a
 * host renders in another language. Spread into a rule result: `...says(message(id, args))`.
 */
export function says(msg: Message): { message: string; messageId: MessageId; messageArgs: Record<string, MessageArg> } {
  return { message: render(msg), messageId: msg.id, messageArgs: msg.args };
}

/** A finding's (or related note's) message in a language; one without an id (older caches, other hosts) keeps its English. */
export function renderFinding(finding: { message: string; messageId?: MessageId; messageArgs?: Record<string, MessageArg> }, translate: Translate): string {
  return finding.messageId && CATALOGUE[finding.messageId] !== undefined ? render({ id: finding.messageId, args: finding.messageArgs ?? {} }, translate) : finding.message;
}
