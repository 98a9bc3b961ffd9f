import * as vscode from 'vscode';

import { render } from '../core/messages/message';
import type { SeveritySetting } from '../core/types';
import { CONFIG_FILE, ConfigError, DEFAULT_DRAFTS_GLOB, configLayer, parseConfig, resolveSettings, type BackcheckConfig, type ResolvedSettings, type SettingsLayer } from '../node/config';
import { DEFAULT_SOURCES_GLOB, SOURCE_EXTENSIONS } from '../node/sourceFormats';
import { translate } from './localize';


/** The settings in force for the workspace, where each came from, and the config file's state. */
export interface ProjectSettings extends ResolvedSettings {
  folder: vscode.WorkspaceFolder | undefined;
  configUri: vscode.Uri | undefined;
  /** The config file parsed, when there is one and it is valid. */
  config: BackcheckConfig | undefined;
  /** Whether a `.backcheckrc.json` exists (valid or not): that alone makes a Backcheck workspace. */
  hasConfigFile: boolean;
  /** The glob of sources as findFiles and file watchers take it. */
  sourcesGlob: string;
  draftsGlob: string;
}

/**
 * Reads `.backcheckrc.json` through the same module the CLI uses (src/node/config.ts) and applies
 * the one precedence: workspace setting, then the file, then user setting, then the default.
 * A broken file is one error in the Problems panel on the file itself, at its line and key.
 */
export class ProjectSettingsReader implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('backcheck-config');

  constructor(private readonly log: vscode.LogOutputChannel) {}

  async read(): Promise<ProjectSettings> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const configUri = folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
    let config: BackcheckConfig | undefined;
    let hasConfigFile = false;
    let problem: ConfigError | undefined;
    if (configUri) {
      const bytes = await vscode.workspace.fs.readFile(configUri).then((b) => b, () => undefined);
      hasConfigFile = bytes !== undefined;
      if (bytes) {
        try {
          config = parseConfig(new TextDecoder().decode(bytes), configUri.fsPath);
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          problem = error;
        }
      }
    }
    // Replaced only once the file is read, so Problems never shows a state in between.
    if (configUri && problem) this.report(configUri, problem);
    else this.problems.clear();
    const resolved = resolveSettings([layer('workspace setting', 'workspaceValue'), configLayer(config, CONFIG_FILE), layer('user setting', 'globalValue'), defaults()]);
    return {
      ...resolved,
      folder,
      configUri,
      config,
      hasConfigFile,
      sourcesGlob: toGlob(resolved.settings.sources, true),
      draftsGlob: toGlob(resolved.settings.drafts, false),
    };
  }

  private report(uri: vscode.Uri, error: ConfigError): void {
    const { problem } = error;
    const start = new vscode.Position(problem.line - 1, problem.column - 1);
    const range = new vscode.Range(start, start.translate(0, Math.max(problem.length, 1)));
    // The reason in the writer's language; the key is the file's own, as written.
    const reason = problem.said ? render(problem.said, translate) : problem.reason;
    const diagnostic = new vscode.Diagnostic(range, `${problem.key ? `"${problem.key}": ` : ''}${reason}`, vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'backcheck';
    diagnostic.code = 'config';
    this.problems.set(uri, [diagnostic]);
    this.log.error(`${error.message} (using settings and defaults instead)`);
  }

  dispose(): void {
    this.problems.dispose();
  }
}

type Scope = 'workspaceValue' | 'globalValue';

/** One settings scope as a layer; a workspace-folder value counts as the workspace's own. */
function layer(name: string, scope: Scope): SettingsLayer {
  const config = vscode.workspace.getConfiguration('backcheck');
  const value = <T>(key: string): T | undefined => {
    const inspected = config.inspect<T>(key);
    return scope === 'workspaceValue' ? inspected?.workspaceFolderValue ?? inspected?.workspaceValue : inspected?.globalValue;
  };
  const sources = value<string>('sources');
  const drafts = value<string>('drafts');
  return {
    name,
    values: {
      sources: sources ? [sources] : undefined,
      drafts: drafts ? [drafts] : undefined,
      rules: value<Record<string, SeveritySetting>>('rules'),
    },
  };
}

function defaults(): SettingsLayer {
  return { name: 'default', values: { sources: [DEFAULT_SOURCES_GLOB], drafts: [DEFAULT_DRAFTS_GLOB] } };
}

/** Config entries (folders or globs) as one glob for findFiles; a folder means its source files. */
export function toGlob(entries: string[], folderMeansSources: boolean): string {
  const globs = entries.map((e) => e.replace(/^\.\//, '')).map((e) => (folderMeansSources && !/[*?{}[\]]/.test(e) ? `${e.replace(/\/+$/, '')}/**/*.${SOURCE_EXTENSIONS}` : e));
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
