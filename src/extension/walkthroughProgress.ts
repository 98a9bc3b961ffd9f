import * as vscode from 'vscode';

/**
 * The Get Started walkthrough ticks a step on a context key (package.json `completionEvents`
 * "onContext:…"), set here only once the writer has actually done the step, never on a command
 * merely being invoked: sources listed in the view, a draft checked with its figures shown, a
 * citation inserted.
 *
 * VS Code (1.100) registers walkthroughs lazily and ticks no step whose key is already true when
 * it registers; so each time a step is done its key goes false then true, a change the
 * walkthrough sees whenever it is open.
 */
function mark(key: string): void {
  void Promise.resolve(vscode.commands.executeCommand('setContext', key, false)).then(() => vscode.commands.executeCommand('setContext', key, true));
}

/** The Sources view was shown with sources in it. */
export const sourcesShownOnce = () => mark('backcheck.walkthrough.sourcesShown');

const checkedDrafts = new WeakSet<vscode.TextDocument>();

/** A Markdown draft was checked and its figures listed in the This Draft view (once per draft shown). */
export function checkedOnce(document: vscode.TextDocument): void {
  if (checkedDrafts.has(document)) return;
  checkedDrafts.add(document);
  mark('backcheck.walkthrough.checked');
}

/** A citation went into a draft (Insert Citation, or an accepted completion). */
export const citedOnce = () => mark('backcheck.walkthrough.cited');
