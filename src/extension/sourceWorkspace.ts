import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import type { SeveritySetting } from '../core/types';
import { withDocumentExtracted } from '../node/documentSources';
import { DEFAULT_MAX_SOURCE_BYTES, DEFAULT_SOURCES_GLOB, readSourceFile, SOURCE_EXTENSIONS, withHtmlExtracted } from '../node/sourceFiles';

/**
 * Keeps the core's source library in step with the workspace: loads every source once, then
 * updates one file at a time as the watcher reports changes. Sources are only ever read.
 */
export class SourceWorkspace implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Rule severities from .backcheckrc.json, read with the sources location. */
  configSeverities: Record<string, SeveritySetting> = {};

  constructor(
    private readonly backcheck: Backcheck,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The glob of source files: `.backcheckrc.json` first, then the setting, then the default. */
  async sourcesGlob(): Promise<string> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      try {
        const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.backcheckrc.json'));
        const config = JSON.parse(new TextDecoder().decode(raw)) as { sources?: string | string[]; rules?: Record<string, SeveritySetting> };
        this.configSeverities = typeof config.rules === 'object' && config.rules ? config.rules : {};
        const sources = typeof config.sources === 'string' ? [config.sources] : config.sources;
        if (sources?.length) return toGlob(sources);
      } catch {
        // No config file, or an unreadable one: fall back to the setting.
      }
    }
    return vscode.workspace.getConfiguration('backcheck').get<string>('sources') || DEFAULT_SOURCES_GLOB;
  }

  async loadAll(): Promise<void> {
    const glob = await this.sourcesGlob();
    for (const path of [...this.backcheck.library.sources.map((s) => s.path), ...this.backcheck.library.unreadable.map((u) => u.path)]) {
      this.backcheck.library.delete(path);
    }
    const uris = await vscode.workspace.findFiles(glob, '**/node_modules/**');
    await Promise.all(uris.filter((uri) => !uri.path.endsWith('.meta.json')).map((uri) => this.load(uri)));
    this.log.info(`loaded ${this.backcheck.library.sources.length} sources (${this.backcheck.library.unreadable.length} unreadable) from ${glob}`);
    this.watch(glob);
    this.changed.fire();
  }

  private async load(uri: vscode.Uri): Promise<void> {
    try {
      // On disk, read as the CLI does: a FIFO, a device or an oversized file is refused, not read.
      if (uri.scheme === 'file') {
        const maxBytes = vscode.workspace.getConfiguration('backcheck').get<number>('maxSourceBytes') || DEFAULT_MAX_SOURCE_BYTES;
        this.backcheck.library.set(await readSourceFile(uri.fsPath, { maxBytes }));
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const sidecarUri = uri.with({ path: uri.path.replace(/\.[^./]+$/, '') + '.meta.json' });
      const sidecar = await vscode.workspace.fs.readFile(sidecarUri).then((b) => b, () => undefined);
      this.backcheck.library.set(await withDocumentExtracted(withHtmlExtracted({ path: uri.fsPath, bytes, sidecar })));
    } catch (error) {
      this.backcheck.library.setUnreadable(uri.fsPath, (error as Error).message);
    }
  }

  private watch(glob: string): void {
    this.watcher?.dispose();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
    const reload = async (uri: vscode.Uri) => {
      await this.load(uri);
      this.log.info(`source changed: ${uri.fsPath}`);
      this.changed.fire();
    };
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete((uri) => {
      this.backcheck.library.delete(uri.fsPath);
      this.log.info(`source removed: ${uri.fsPath}`);
      this.changed.fire();
    });
  }

  dispose(): void {
    this.watcher?.dispose();
    this.changed.dispose();
  }
}

/** Turns config entries (folders or globs) into one glob for findFiles. */
function toGlob(entries: string[]): string {
  const globs = entries.map((e) => (/[*?{}[\]]/.test(e) ? e : `${e.replace(/\/+$/, '')}/**/*.${SOURCE_EXTENSIONS}`));
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
