import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import * as vscode from 'vscode';

import type { BackcheckApi } from '../../src/extension/extension';
import { backcheckApi, workspaceUri } from './helpers';

/** Resolves once `condition` holds (checked every 100 ms), or fails naming `what`. */
async function until(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The keys the Sources view lists, under its groups too. */
function treeKeys(api: BackcheckApi): string[] {
  const tree = api.sourcesTree;
  return tree
    .getChildren()
    .flatMap((node) => (node.kind === 'group' ? tree.getChildren(node) : [node]))
    .flatMap((node) => (node.kind === 'source' ? [node.source.key] : []));
}

/**
 * A `git checkout` that brings new nested folders of sources: VS Code's file watcher misses files
 * in a folder made inside one it does not watch yet (4 of 10 tries with one folder, see
 * firstContact.spec.ts), so the extension scans each new folder. Three trees four deep, written
 * at once, make a miss of the watcher alone all but certain.
 */
describe('sources in new nested folders', () => {
  const root = () => workspaceUri('sources', 'checkout').fsPath;

  after(async function () {
    this.timeout(60_000);
    rmSync(root(), { recursive: true, force: true });
    // Put the fixture back as the other suites expect it, whatever the watcher reported.
    const api = await backcheckApi();
    await vscode.commands.executeCommand('backcheck.refreshSources');
    await until(() => api.backcheck.library.sources.length === 2 && api.workspace.isCurrent, 'the fixture\'s two sources');
  });

  it('shows a source written into a new folder tree in the Sources view, without Refresh Sources', async function () {
    this.timeout(90_000);
    const api = await backcheckApi();
    await until(() => api.workspace.isCurrent && api.workspace.state.kind === 'ready', 'the sources to load');
    const scannedBefore = api.workspace.foldersScanned;
    const keys = ['levels_north', 'levels_south', 'levels_east'];
    for (const key of keys) {
      const folder = join(root(), key, '2026', 'june', 'gauges');
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${key}.txt`), `The gauge read 7.${keys.indexOf(key) + 1} metres on Sunday morning.\n`);
    }
    await until(() => keys.every((key) => treeKeys(api).includes(key)), `${keys.join(', ')} in the Sources view (has: ${treeKeys(api).join(', ')})`);
    assert.ok(api.workspace.foldersScanned > scannedBefore, 'the new folders were scanned');
    assert.equal(api.backcheck.library.byKey('levels_south')?.paragraphs[0].figures[0].value, 7.2);
  });
});
