import type { MessageId } from '../core/messages/catalogue';
import { message, render, type Translate } from '../core/messages/message';

/** At most one line a tenth of a second: a terminal redrawn per source would cost more than the load. */
const EVERY_MS = 100;

/**
 * A line of progress on a terminal ("loaded 4210/10000 sources"), redrawn in place, as a cold
 * run of a newsroom's sources takes seconds and would otherwise look hung. Nothing is written
 * off a terminal (CI logs, pipes) or for fewer than `shownFrom` items, which finish before a
 * line could be read; `done` clears the line, so what is left on the terminal is the findings.
 */
export function terminalProgress(io: { stderr: (text: string) => void; isTTY: boolean }, id: MessageId, translate: Translate, options: { shownFrom: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  let last = -Infinity;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!io.isTTY || total < options.shownFrom) return;
      const at = now();
      if (done < total && at - last < EVERY_MS) return;
      last = at;
      shown = true;
      io.stderr(`\r${render(message(id, { done, total }), translate)}`);
    },
    done(): void {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
