/**
 * How long one slice of work holds the extension host's event loop before it yields: the
 * writer's typing, VS Code's own messages and other extensions run between slices.
 */
export const SLICE_MS = 8;

/**
 * Runs `steps` to the end a slice at a time: steps run back to back until a slice's SLICE_MS is
 * used up, then the event loop runs what waits before the next slice. Every long piece of work
 * of the extension that could block the host (judging the open drafts' figures, linting them,
 * turning findings into diagnostics, adding loaded sources to the library) goes through here.
 * `stop` is asked before every step after the first: when it says so (a newer version of the
 * draft, a closed document, a newer load) the rest is dropped and the result is undefined.
 */
export async function runInSlices<T>(steps: Iterator<unknown, T, undefined>, stop: () => boolean = () => false): Promise<{ value: T } | undefined> {
  let sliceStart = Date.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { value: step.value };
    if (Date.now() - sliceStart >= SLICE_MS) {
      await nextTask();
      sliceStart = Date.now();
    }
    if (stop()) {
      steps.return?.(undefined as T);
      return undefined;
    }
  }
}

/** Lets the extension host run what waits (typing, other extensions) before going on. */
export function nextTask(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}
