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
  for (const { id, pattern } of readers()) {
    const match = pattern.exec(reason);
    if (match) return message(id, Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, reasonMessage(value)])));
  }
  return reason;
}

let compiled: Array<{ id: MessageId; pattern: RegExp }> | undefined;

/** Each `reason.*` template as an anchored pattern, its placeholders as named groups. */
function readers(): Array<{ id: MessageId; pattern: RegExp }> {
  compiled ??= (Object.keys(CATALOGUE) as MessageId[])
    .filter((id) => id.startsWith('reason.'))
    .map((id) => ({ id, pattern: new RegExp(`^${CATALOGUE[id].split(/(\{\w+\})/).map(toPattern).join('')}$`) }));
  return compiled;
}

function toPattern(part: string): string {
  const placeholder = /^\{(\w+)\}$/.exec(part);
  return placeholder ? `(?<${placeholder[1]}>[\\s\\S]+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A reason as a host shows it: in the language `translate` speaks where a template matches. */
export function renderReason(reason: string, translate: Translate): string {
  const said = reasonMessage(reason);
  return typeof said === 'string' ? said : render(said, translate);
}
