import { CATALOGUE, type MessageId } from './catalogue';
import { message, render, type Message, type MessageArg, type Translate } from './message';

/**
 * Why a file cannot be read, as it travels from the reader that found out (src/node, the web
 * host, the core's decoder) through the worker thread and the library to the hosts: the English
 * text (what the CLI's JSON and the spec show) and, where the reader wrote it from the
 * catalogue's `reason.*` templates, the message itself, id and arguments, as findings carry
 * theirs. A reason without one is an operating system's or a library's own words ("EACCES").
 */
export interface Reason {
  reason: string;
  said?: Message;
}

/**
 * An Error that says why as a catalogue message; its `message` is the English. Plain data rides
 * on it (`said`), so the reason survives a bundle boundary (dist/documents.js has its own copy of
 * this class) where `instanceof` would not: `reasonOf` reads the property, not the class.
 */
export class ReasonError extends Error {
  readonly said: Message;

  constructor(said: Message) {
    super(render(said));
    this.said = said;
  }
}

/** Throwable why: `throw reasonError('reason.pdfNoText')`. */
export function reasonError(id: MessageId, args: Record<string, MessageArg> = {}): ReasonError {
  return new ReasonError(message(id, args));
}

/** The reason an error gives: its catalogue message if it has one, else its text as written. */
export function reasonOf(error: unknown): Reason {
  const { said, message: text } = (error ?? {}) as { said?: unknown; message?: unknown };
  if (isMessage(said)) return { reason: render(said), said };
  return { reason: typeof text === 'string' ? text : String(error) };
}

/** As `reasonOf`, but an operating system's error by its code alone ("ENOENT"), as the CLI names it. */
export function reasonOrCode(error: unknown): Reason {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? { reason: code } : reasonOf(error);
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string' && typeof (value as Message).args === 'object';
}

/** A reason as an argument of another message ("cannot be read: {reason}"): its message, else its text. */
export function reasonArg(why: Reason): MessageArg {
  return why.said && CATALOGUE[why.said.id] !== undefined ? why.said : why.reason;
}

/** A reason as a host shows it: in the language `translate` speaks where it has a message. */
export function renderReason(why: Reason, translate: Translate): string {
  const arg = reasonArg(why);
  return typeof arg === 'string' ? arg : render(arg as Message, translate);
}
