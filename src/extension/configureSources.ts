import { modify } from 'jsonc-parser/lib/esm/main.js';
import * as vscode from 'vscode';

import { CONFIG_FILE } from '../node/config';
import { SOURCE_EXTENSIONS } from '../node/sourceFormats';
import type { ProjectSettings } from './projectSettings';
import type { SourceWorkspace } from './sourceWorkspace';

type Written = 'config-file' | 'workspace-settings' | 'user-settings';

/** The sources entry for the workspace folder itself. */
const WHOLE_FOLDER = `**/*.${SOURCE_EXTENSIONS}`;

/**
 * "Configure Sources Location": a folder picker, opened at the workspace folder; the folder
 * picked is written where the sources location in force is set (the `.backcheckrc.json` when
 * its `sources` apply, else the workspace's `backcheck.sources`), relative to the workspace
 * folder, or as its absolute path when it lies outside. The message that confirms it offers to
 * edit the setting, for a pattern typed by hand. Without a workspace folder there is nothing
 * to be relative to: the user setting opens, as before. `folder`: the folder, without asking.
 */
export async function configureSources(workspace: SourceWorkspace, folder?: vscode.Uri): Promise<Written | undefined> {
  await workspace.settled();
  const settings = workspace.settings;
  if (!settings?.folder) return openSourcesSetting(settings);
  const picked = folder ?? (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, defaultUri: settings.folder.uri, openLabel: vscode.l10n.t('Use as Sources'), title: vscode.l10n.t('Backcheck: the folder your sources are in') }))?.[0];
  if (!picked) return undefined;
  const entry = settingFor(picked, settings.folder.uri);
  let written: Written;
  if (settings.configUri && settings.origin.sources === CONFIG_FILE) {
    await editConfigFile(settings.configUri, entry);
    written = 'config-file';
  } else {
    await vscode.workspace.getConfiguration('backcheck').update('sources', entry, vscode.ConfigurationTarget.Workspace);
    written = 'workspace-settings';
  }
  // Not awaited: the command is done once the setting is written, whether or not the writer answers.
  const edit = vscode.l10n.t('Edit Sources Location');
  // The workspace folder itself: every Markdown file in it is then a source, so none is a draft.
  const said = entry === WHOLE_FOLDER
    ? vscode.l10n.t('Backcheck: sources now come from the whole workspace ({0}): its Markdown files are sources now, not drafts.', entry)
    : vscode.l10n.t('Backcheck: sources now come from {0}.', entry);
  void vscode.window.showInformationMessage(said, edit).then(async (answer) => {
    if (answer === edit) await openSourcesSetting(await workspace.settled().then(() => workspace.settings));
  });
  return written;
}

/**
 * The sources entry for a folder: its path relative to the workspace folder, with "/" (a config
 * file and a setting shared across systems); its absolute path when it is outside; the
 * workspace folder itself as a pattern (a folder entry "." means no folder findFiles takes).
 */
function settingFor(picked: vscode.Uri, root: vscode.Uri): string {
  const base = root.path.replace(/\/?$/, '/');
  if (picked.scheme === root.scheme && picked.path.replace(/\/?$/, '/') === base) return WHOLE_FOLDER;
  if (picked.scheme === root.scheme && picked.path.startsWith(base)) return picked.path.slice(base.length).replace(/\/$/, '');
  return picked.fsPath;
}

/**
 * Sets `sources` in the config file as an edit of its document, saved: like a quick fix in a
 * draft, the writer's own edit, which Undo in that file takes back (the rest of the file, its
 * comments too, stays as written).
 */
async function editConfigFile(uri: vscode.Uri, entry: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const text = document.getText();
  const edit = new vscode.WorkspaceEdit();
  for (const e of modify(text, ['sources'], [entry], { formattingOptions: { insertSpaces: true, tabSize: 2 } })) {
    edit.replace(uri, new vscode.Range(document.positionAt(e.offset), document.positionAt(e.offset + e.length)), e.content);
  }
  if (!(await vscode.workspace.applyEdit(edit)) || !(await document.save())) throw new Error(vscode.l10n.t('Backcheck: {0} could not be changed.', uri.fsPath));
}

/** Opens where the sources location in force is set: the config file at "sources", or the settings. */
async function openSourcesSetting(settings: ProjectSettings | undefined): Promise<Written> {
  if (settings?.configUri && settings.origin.sources === CONFIG_FILE) {
    const document = await vscode.workspace.openTextDocument(settings.configUri);
    const at = document.getText().indexOf('"sources"');
    const position = document.positionAt(Math.max(at, 0));
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
    return 'config-file';
  }
  if (settings?.folder) {
    await vscode.commands.executeCommand('workbench.action.openWorkspaceSettings', 'backcheck.sources');
    return 'workspace-settings';
  }
  await vscode.commands.executeCommand('workbench.action.openSettings', 'backcheck.sources');
  return 'user-settings';
}
