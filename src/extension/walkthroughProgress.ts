import * as vscode from 'vscode';

/**
 * The Get Started walkthrough ticks a step on a context key (package.json `completionEvents`
 * "onContext:…"), set here only once the writer has actually done the step, never on a command
 * merely being invoked: a draft checked with its figures shown, a citation inserted.
 */
const done = new Set<string>();

function mark(key: string): void {
  if (done.has(key)) return;
  done.add(key);
  void vscode.commands.executeCommand('setContext', key, true);
}

/** A Markdown draft was checked and its figures listed in the This Draft view. */
export const checkedOnce = () => mark('backcheck.walkthrough.checked');

/** A citation went into a draft (Insert Citation, or an accepted completion). */
export const citedOnce = () => mark('backcheck.walkthrough.cited');
