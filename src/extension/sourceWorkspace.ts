import * as vscode from 'vscode';

import type { Backcheck } from '../core/service';
import { SourceLibrary } from '../core/sources/library';
import type { BackcheckConfig } from '../node/config';
import { DEFAULT_MAX_SOURCE_BYTES, SOURCE_EXTENSIONS } from '../node/sourceFormats';
import { InThreadSourceLoader, type Loaded, type SourceLoader } from '../node/inThreadLoader';
import { citationCompletions } from '../core/features/completions';
import type { ProjectSettings, ProjectSettingsReader } from './projectSettings';
import { globBase, globWithin } from './folderScan';
import { listSourcesOnDisk } from './host';
import { runInSlices } from './slices';
import type { SourceReader } from './sourceReader';

/** Files read at once while loading; between batches the extension host handles other events. */
const BATCH = 50;
/** Watcher events are gathered this long after the last one, then applied as one update. */
const COALESCE_MS = 400;
/** Past this many files waiting, an update waits this long after the last event instead. */
const BURST = 10;
const BURST_COALESCE_MS = 1000;
/** How many times one update takes in the events that arrived while it read the files before. */
const MAX_ROUNDS = 5;
/** The most files one update takes from the scans of new folders (a checkout of a whole archive is a Refresh). */
const MAX_SCANNED = 10_000;
/** The Sources view (package.json), where a load's progress shows. */
const SOURCES_VIEW = 'backcheck.sources';
/** Never sources: what a package manager installs. */
const EXCLUDED = '**/node_modules/**';
/** Any path, at any depth. */
const ANY = '**';

export type WorkspaceState =
  | { kind: 'idle' }
  | { kind: 'loading'; loaded: number; total: number }
  | { kind: 'ready' };

/**
 * Keeps the core's source library in step with the workspace. A load builds a new library
 * beside the one in use and swaps it in when complete, so nothing is ever linted against an
 * empty or half-loaded library; a later load wins over an earlier one still running (a
 * generation counter). File-watcher bursts (a `git checkout` of 1,000 sources) are gathered
 * into one update, then one lint. Sources are only ever read.
 */
export class SourceWorkspace implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires once per completed load or coalesced update, after the library holds it. */
  readonly onDidChange = this.changed.event;
  private readonly progressed = new vscode.EventEmitter<WorkspaceState>();
  readonly onDidChangeState = this.progressed.event;
  private watchers: vscode.Disposable[] = [];
  private generation = 0;
  private current: Promise<void> = Promise.resolve();
  private pending = new Map<string, vscode.Uri | 'deleted'>();
  /** Folders made under the sources location since the last update, to be scanned in the next. */
  private newFolders = new Map<string, vscode.Uri>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  state: WorkspaceState = { kind: 'idle' };
  settings: ProjectSettings | undefined;
  /** The sources glob the library in use was loaded from; drafts wait while it is another. */
  private loadedFrom: string | undefined;
  /** Settings reads in flight: until they are done, it is not known which sources apply. */
  private resolving = 0;
  private watchedFrom: string | undefined;
  /** A folder of sources the writer picked for "Check This File Against Sources…". */
  pickedFolder: vscode.Uri | undefined;
  /** How many loads and coalesced updates were applied, and of how many files each (tests read them). */
  updates = 0;
  readonly updateSizes: number[] = [];
  /** File-watcher events received, before coalescing. */
  eventsSeen = 0;
  /** New folders scanned for sources (tests read it). */
  foldersScanned = 0;
  /**
   * Run once a load's library is in use, before the load is announced: the extension analyses
   * the open drafts here a step at a time, so the lint the announcement sets off finds it done.
   */
  prepareDrafts: () => Promise<void> = async () => undefined;

  constructor(
    private readonly backcheck: Backcheck,
    private readonly reader: ProjectSettingsReader,
    private readonly log: vscode.LogOutputChannel,
    /** Reads one source: on disk in the Node extension host, through workspace.fs on the web. */
    private readonly readSource: SourceReader,
    /**
     * Turns files into sources: a worker thread in the desktop extension (host.ts), so
     * indexing never blocks typing; on this thread, a source at a time, where there is none.
     */
    private readonly loader: SourceLoader = new InThreadSourceLoader(),
  ) {}

  /**
   * A Backcheck workspace: one with a `.backcheckrc.json`, or with sources found at the sources
   * location (a folder picked for one file does not make every Markdown file a draft).
   */
  get isBackcheckWorkspace(): boolean {
    return Boolean(this.settings?.hasConfigFile) || (!this.pickedFolder && !this.backcheck.library.isEmpty);
  }

  /** Whether the library in use answers for the sources location now in force. */
  get isCurrent(): boolean {
    if (this.resolving > 0) return false;
    return this.state.kind !== 'loading' || (this.loadedFrom !== undefined && this.loadedFrom === patternKey(this.pattern()));
  }

  /** Reads the settings and loads every source; resolves when this load (or a later one) is done. */
  loadAll(): Promise<void> {
    const generation = ++this.generation;
    return this.track(this.load(generation));
  }

  /** Adds a load or settings read to what `settled()` waits for. */
  private track(run: Promise<void>): Promise<void> {
    this.current = Promise.all([this.current, run.catch(() => undefined)]).then(() => undefined);
    return run;
  }

  /**
   * Reads the settings again (a setting or `.backcheckrc.json` changed) and reloads the sources
   * only when their location changed; otherwise one change event re-lints the drafts.
   */
  reconfigure(): Promise<void> {
    return this.track(this.rereadSettings());
  }

  private async rereadSettings(): Promise<void> {
    const generation = this.generation;
    const before = patternKey(this.pattern());
    // The writer configured the workspace: a folder picked for one file no longer applies.
    this.pickedFolder = undefined;
    const settings = await this.readSettings();
    // A load started meanwhile reads the settings itself.
    if (generation !== this.generation) return;
    this.settings = settings;
    if (patternKey(this.pattern()) !== before) return this.loadAll();
    this.log.info(`settings changed; sources stay ${this.describeLocation()}`);
    this.changed.fire();
  }

  /** Reads the settings; until they are read, it is not known whether the library in use still applies. */
  private async readSettings(): Promise<ProjectSettings> {
    this.resolving++;
    try {
      return await this.reader.read();
    } finally {
      this.resolving--;
    }
  }

  /** Resolves when no load or settings read is running. */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.current;
      await seen;
    } while (seen !== this.current);
  }

  private async load(generation: number): Promise<void> {
    const settings = await this.readSettings();
    if (generation !== this.generation) return;
    this.settings = settings;
    this.setState({ kind: 'loading', loaded: 0, total: 0 });
    const pattern = this.pattern();
    const uris = pattern ? await listSources(pattern, this.loader) : [];
    if (generation !== this.generation) return;
    this.setState({ kind: 'loading', loaded: 0, total: uris.length });
    const next = libraryIndexedAsItGrows();
    const report = uris.length > 0 ? this.viewProgress() : undefined;
    try {
      await this.readInto(next, uris, generation, report);
    } finally {
      report?.(undefined);
    }
    if (generation !== this.generation) return;
    this.backcheck.library.replaceWith(next);
    this.loadedFrom = patternKey(pattern);
    // A failure here costs only speed: the lint the announcement sets off analyses the drafts itself.
    await this.prepareDrafts().catch((error: Error) => this.log.warn(`drafts not prepared ahead of the lint: ${error.message}`));
    if (generation !== this.generation) return;
    this.updates++;
    this.updateSizes.push(uris.length);
    this.log.info(`loaded ${next.size} sources (${next.unreadable.length} unreadable, ${this.loader.where}) from ${this.describeLocation()}`);
    void this.loader.save().then((saved) => saved && this.log.info('source cache written'), (error: Error) => this.log.warn(`source cache not written: ${error.message}`));
    this.watch();
    this.setState({ kind: 'ready' });
    this.changed.fire();
  }

  /**
   * Reads and loads every file into `next`, a batch at a time. The settings are looked up once
   * per load: asked per file, they cost the event loop about a millisecond each.
   */
  private async readInto(next: SourceLibrary, uris: vscode.Uri[], generation: number, report: ((state: WorkspaceState) => void) | undefined): Promise<void> {
    const maxBytes = maxSourceBytes(this.settings?.config);
    const loadBatch = (from: number) => {
      const batch = Promise.all(uris.slice(from, from + BATCH).map((uri) => this.loadOne(uri, maxBytes)));
      // A load overtaken by a later one leaves its batch ahead unread: its failure is nobody's.
      batch.catch(() => undefined);
      return batch;
    };
    // The next batch is asked for before this one is added, so the worker loads while this
    // thread adds (else it waited for each batch to be added, a fifth of a load's time).
    let ahead = loadBatch(0);
    for (let i = 0; i < uris.length; i += BATCH) {
      const loaded = await ahead;
      if (generation !== this.generation) return;
      if (i + BATCH < uris.length) ahead = loadBatch(i + BATCH);
      await addInSlices(next, loaded);
      this.setState({ kind: 'loading', loaded: Math.min(i + BATCH, uris.length), total: uris.length });
      report?.(this.state);
    }
  }

  /** "sources/**\/*.txt (from .backcheckrc.json)": the pattern in use and where it came from. */
  describeLocation(): string {
    if (this.pickedFolder) return `${this.pickedFolder.fsPath} (picked for Check This File Against Sources)`;
    return `${this.settings?.sourcesGlob} (from ${this.settings?.origin.sources})`;
  }

  private pattern(): vscode.RelativePattern | undefined {
    if (this.pickedFolder) {
      // Inside the workspace folder, relative to it: the workspace's own file watcher serves it.
      const folder = this.settings?.folder;
      const inside = folder && this.pickedFolder.path.startsWith(folder.uri.path.replace(/\/?$/, '/'));
      if (folder && inside) return new vscode.RelativePattern(folder, `${this.pickedFolder.path.slice(folder.uri.path.replace(/\/?$/, '/').length)}/**/*.${SOURCE_EXTENSIONS}`);
      return new vscode.RelativePattern(this.pickedFolder, `**/*.${SOURCE_EXTENSIONS}`);
    }
    const folder = this.settings?.folder;
    return folder && this.settings ? (outsidePattern(this.settings.sourcesGlob) ?? new vscode.RelativePattern(folder, this.settings.sourcesGlob)) : undefined;
  }

  /**
   * VS Code's progress for one load, on the Sources view (a bar over it, a badge on the Backcheck
   * icon): the status item already says "loading 812 of 1,204 sources", and the window's
   * progress said it a second time beside it. Returns a function that ends it on any state but loading.
   */
  private viewProgress(): (state: WorkspaceState | undefined) => void {
    let end: (() => void) | undefined;
    void vscode.window.withProgress({ location: { viewId: SOURCES_VIEW } }, () => new Promise<void>((done) => (end = done)));
    return (state) => {
      if (state?.kind !== 'loading') end?.();
    };
  }

  private setState(state: WorkspaceState): void {
    this.state = state;
    this.progressed.fire(state);
  }

  private watch(): void {
    const pattern = this.pattern();
    // The same location keeps its watcher: a new one misses the events of its first moments.
    if (this.watchers.length > 0 && this.watchedFrom === patternKey(pattern)) return;
    this.watchers.forEach((w) => w.dispose());
    this.watchers = [];
    this.watchedFrom = patternKey(pattern);
    if (!pattern) return;
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const queue = (uri: vscode.Uri, deleted: boolean) => {
      this.eventsSeen++;
      if (uri.path.endsWith('.meta.json')) return;
      this.pending.set(uri.fsPath, deleted ? 'deleted' : uri);
      this.scheduleFlush();
    };
    // Everything made under the pattern's folder, folders too: the sources pattern matches no folder.
    const base = globBase(pattern.pattern);
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(pattern.baseUri, base ? `${base}/${ANY}` : ANY), false, true, true);
    this.watchers.push(
      watcher,
      watcher.onDidCreate((uri) => queue(uri, false)),
      watcher.onDidChange((uri) => queue(uri, false)),
      watcher.onDidDelete((uri) => queue(uri, true)),
      folders,
      folders.onDidCreate((uri) => void this.folderCreated(uri)),
    );
  }

  private scheduleFlush(): void {
    clearTimeout(this.flushTimer);
    // A burst's events come in chunks from VS Code's watcher: within a large one, wait longer for the next.
    const quiet = this.pending.size >= BURST ? BURST_COALESCE_MS : COALESCE_MS;
    this.flushTimer = setTimeout(() => void this.flush(this.generation), quiet);
  }

  /**
   * A folder made under the sources location. VS Code's watcher misses files in a folder made
   * inside one it does not watch yet (a `git checkout` that brings new nested folders), and then
   * never reports them: so the folder is scanned for sources in the next update, with the burst.
   */
  private async folderCreated(uri: vscode.Uri): Promise<void> {
    if (/\/(node_modules|\.git)(\/|$)/.test(uri.path)) return;
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    if (!stat || (stat.type & vscode.FileType.Directory) === 0) return;
    this.newFolders.set(uri.toString(), uri);
    this.scheduleFlush();
  }

  /** Queues the sources in the folders made since the last update: the outermost ones, at most MAX_SCANNED files. */
  private async scanNewFolders(): Promise<void> {
    const pattern = this.pattern();
    const made = [...this.newFolders.values()];
    this.newFolders.clear();
    if (!pattern) return;
    // A folder inside another new one is found by the outer one's scan.
    const outermost = made.filter((folder) => !made.some((other) => folder.path.startsWith(`${other.path}/`)));
    let left = MAX_SCANNED;
    for (const folder of outermost) {
      const found = left > 0 ? await sourcesIn(folder, pattern, left) : [];
      left -= found.length;
      for (const uri of found) if (!uri.path.endsWith('.meta.json') && !this.pending.has(uri.fsPath)) this.pending.set(uri.fsPath, uri);
      this.foldersScanned++;
    }
    if (left <= 0) this.log.warn(`new folders hold more than ${MAX_SCANNED} files; Refresh Sources reads the rest`);
  }

  /**
   * Applies every change gathered since the last flush in one step: reads first, then updates
   * the library synchronously, so no lint sees a half-applied burst; then one change event.
   */
  private async flush(generation: number): Promise<void> {
    await this.settled();
    if (generation !== this.generation) return;
    await this.scanNewFolders();
    if (generation !== this.generation || this.pending.size === 0) return;
    const maxBytes = maxSourceBytes(this.settings?.config);
    const reads = new Map<string, 'deleted' | Loaded>();
    // Events that arrive while the batch is read belong to the same burst (a checkout's watcher
    // events come in chunks, further apart on a busy machine): read them too, then apply all.
    for (let round = 0; this.pending.size > 0 && round < MAX_ROUNDS; round++) {
      clearTimeout(this.flushTimer);
      const batch = [...this.pending.entries()];
      this.pending.clear();
      const read = await Promise.all(batch.map(async ([path, change]) => [path, change === 'deleted' ? 'deleted' : await this.loadOne(change, maxBytes)] as const));
      if (generation !== this.generation) return;
      for (const [path, file] of read) reads.set(path, file);
    }
    if (this.pending.size > 0) this.scheduleFlush();
    for (const [path, file] of reads) {
      // A sidecar without its source, or an event for a file that has gone: drop it.
      if (file === 'deleted' || ('reason' in file && /ENOENT|EntryNotFound|not found/i.test(file.reason))) this.backcheck.library.delete(path);
      else if ('reason' in file) this.backcheck.library.setUnreadable(file.path, file);
      else this.backcheck.library.setSource(file);
    }
    this.updates++;
    this.updateSizes.push(reads.size);
    this.log.info(`${reads.size} source file${reads.size === 1 ? '' : 's'} changed; library updated once`);
    this.changed.fire();
  }

  /**
   * One file, read and loaded: on disk, both in the worker when there is one (this thread only
   * takes the source in); elsewhere read here (workspace.fs) and loaded in the worker.
   */
  private async loadOne(uri: vscode.Uri, maxBytes: number): Promise<Loaded> {
    if (uri.scheme === 'file' && this.loader.readAndLoad) return this.loader.readAndLoad(uri.fsPath, maxBytes);
    const file = await this.readSource(uri, maxBytes);
    return 'reason' in file ? file : this.loader.load(file);
  }

  dispose(): void {
    this.generation++;
    this.loader.dispose();
    clearTimeout(this.flushTimer);
    this.watchers.forEach((w) => w.dispose());
    this.changed.dispose();
    this.progressed.dispose();
  }
}

/**
 * The source files of the pattern: on a local folder listed on disk as the CLI lists them (FIFOs
 * and devices included, refused when read, saying why); elsewhere by VS Code's file search.
 */
async function listSources(pattern: vscode.RelativePattern, loader: SourceLoader): Promise<vscode.Uri[]> {
  const list = loader.list?.bind(loader) ?? listSourcesOnDisk;
  const onDisk = pattern.baseUri.scheme === 'file' ? await list(pattern.baseUri.fsPath, pattern.pattern) : undefined;
  if (onDisk) return onDisk.map((path) => vscode.Uri.file(path));
  return (await vscode.workspace.findFiles(pattern, EXCLUDED)).filter((uri) => !uri.path.endsWith('.meta.json'));
}

/** The sources `pattern` matches inside `folder`, at most `max`. */
async function sourcesIn(folder: vscode.Uri, pattern: vscode.RelativePattern, max: number): Promise<vscode.Uri[]> {
  const root = pattern.baseUri.path.replace(/\/?$/, '/');
  const within = folder.path.startsWith(root) ? globWithin(pattern.pattern, folder.path.slice(root.length)) : undefined;
  if (within) return vscode.workspace.findFiles(new vscode.RelativePattern(folder, within), EXCLUDED, max);
  // A pattern whose matches in the folder its shape does not tell: search it all, keep those inside.
  const inside = `${folder.path}/`;
  return (await vscode.workspace.findFiles(pattern, EXCLUDED)).filter((uri) => uri.path.startsWith(inside)).slice(0, max);
}

/**
 * A library whose indexes (all figures, quotations, completion's passage terms and word starts) exist before
 * any source is added, so each source is indexed as it arrives: built on first use instead, they
 * would index every source at once in the first lint or completion after the load.
 */
function libraryIndexedAsItGrows(): SourceLibrary {
  const library = new SourceLibrary();
  void library.figureIndex;
  library.containsQuote('');
  citationCompletions('[@', 2, library);
  return library;
}

/**
 * An absolute sources glob ("/home/ana/clippings/**\/*.txt", "C:\\clippings/**\/*.txt": a folder
 * outside the workspace) as a pattern on its folder: relative to the workspace folder, findFiles
 * and the file watcher would look for it inside the workspace.
 */
export function outsidePattern(glob: string): vscode.RelativePattern | undefined {
  if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(glob)) return undefined;
  const parts = glob.split(/[\\/]/);
  const first = parts.findIndex((p) => /[*?{}[\]]/.test(p));
  if (first < 1) return undefined;
  return new vscode.RelativePattern(vscode.Uri.file(parts.slice(0, first).join('/') || '/'), parts.slice(first).join('/'));
}

/** Adds loaded sources to the library a slice at a time (slices.ts), yielding to other events between slices. */
async function addInSlices(library: SourceLibrary, loaded: Loaded[]): Promise<void> {
  await runInSlices(addSteps(library, loaded));
}

function* addSteps(library: SourceLibrary, loaded: Loaded[]): Generator<void, void, void> {
  for (const source of loaded) {
    if ('reason' in source) library.setUnreadable(source.path, source);
    else library.setSource(source);
    yield;
  }
}

function patternKey(pattern: vscode.RelativePattern | undefined): string | undefined {
  return pattern && `${pattern.baseUri.toString()}|${pattern.pattern}`;
}

export function loadingText(state: { loaded: number; total: number }): string {
  if (state.total === 0) return vscode.l10n.t('looking for sources');
  return vscode.l10n.t('loading {0} of {1} sources', state.loaded.toLocaleString(vscode.env.language), state.total.toLocaleString(vscode.env.language));
}

/**
 * The largest source file read, in the one precedence of every setting the config file also
 * holds: workspace setting, `.backcheckrc.json`, user setting, default (5 MiB).
 */
function maxSourceBytes(config: BackcheckConfig | undefined): number {
  const inspected = vscode.workspace.getConfiguration('backcheck').inspect<number>('maxSourceBytes');
  return inspected?.workspaceValue ?? config?.maxSourceBytes ?? inspected?.globalValue ?? DEFAULT_MAX_SOURCE_BYTES;
}
