/**
 * A cancellation token as the core sees it: structurally the same as `vscode.CancellationToken`
 * and LSP's, so the extension passes its own and the CLI passes none. Long loops (rules over a
 * draft, files of a library load) look at it between steps and stop with `Cancelled`.
 */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/** The token of an operation nobody cancels (the CLI's). */
export const NOT_CANCELLED: CancellationToken = Object.freeze({ isCancellationRequested: false });

/** Thrown out of an operation whose token was cancelled; callers drop the partial result. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new Cancelled();
}

export function isCancelled(error: unknown): error is Cancelled {
  return error instanceof Cancelled;
}

/** A token the holder cancels itself (a newer document version, a reload). */
export class CancellationSource {
  private cancelled = false;

  /** Live: it reads the source's state each time it is asked. */
  readonly token: CancellationToken = Object.defineProperty({}, 'isCancellationRequested', { get: () => this.cancelled }) as CancellationToken;

  cancel(): void {
    this.cancelled = true;
  }
}
