import { CATALOGUE, type MessageId } from './catalogue';
import { message, render, type Message, type Translate } from './message';

/**
 * Why a file cannot be read, as a message. The hosts' readers (src/node, the web host) write the
 * reason in English from the catalogue's `reason.*` templates, and it travels as text: through
 * the worker thread, the source cache and the library. Here it is matched back to its template,
 * so a host renders it in the writer's language. A reason no template matches (an operating
 * system's or a library's own words) stays as written; rendered in English, a matched one is
 * the same text, byte for byte.
 */
export function reasonMessage(reason: string): string | Message {
  for (const id of reasonIds()) {
    const args = fillsOf(CATALOGUE[id], reason);
    if (args) return message(id, Object.fromEntries(Object.entries(args).map(([name, value]) => [name, reasonMessage(value)])));
  }
  return reason;
}

let ids: MessageId[] | undefined;

function reasonIds(): MessageId[] {
  ids ??= (Object.keys(CATALOGUE) as MessageId[]).filter((id) => id.startsWith('reason.'));
  return ids;
}

/**
 * The placeholders' values if `text` is `template` filled, else undefined. Matched by its
 * literal parts with startsWith, indexOf and endsWith, not a regular expression built from the
 * template: linear in the text whatever a library put into it. A placeholder takes the shortest
 * non-empty text up to the next literal part; two placeholders side by side never match.
 */
export function fillsOf(template: string, text: string): Record<string, string> | undefined {
  const parts = template.split(/(\{\w+\})/);
  if (parts.length === 1) return text === template ? {} : undefined;
  if (!text.startsWith(parts[0])) return undefined;
  const args: Record<string, string> = {};
  let at = parts[0].length;
  for (let i = 1; i < parts.length; i += 2) {
    const literal = parts[i + 1];
    const last = i + 2 >= parts.length;
    const end = last ? (text.endsWith(literal) ? text.length - literal.length : -1) : literal === '' ? -1 : text.indexOf(literal, at + 1);
    if (end <= at) return undefined;
    args[parts[i].slice(1, -1)] = text.slice(at, end);
    at = end + literal.length;
  }
  return args;
}

/** A reason as a host shows it: in the language `translate` speaks where a template matches. */
export function renderReason(reason: string, translate: Translate): string {
  const said = reasonMessage(reason);
  return typeof said === 'string' ? said : render(said, translate);
}
