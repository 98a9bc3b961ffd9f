import type { MessageId } from '../core/messages/catalogue';
import { message, render, type Message, type MessageArg } from '../core/messages/message';

/**
 * A mistake in how the command was called or configured: printed without a stack, exit 2. It
 * keeps its catalogue id and arguments, so main prints it in the writer's language; its
 * `message` is the English.
 */
export class UsageError extends Error {
  readonly said: Message;

  constructor(id: MessageId, args: Record<string, MessageArg> = {}) {
    const said = message(id, args);
    super(render(said));
    this.said = said;
  }
}
