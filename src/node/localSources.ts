import type { CancellationToken } from '../core/cancellation';
import type { SourceProvider } from '../core/sources/provider';
import type { SourceFile } from '../core/sources/source';
import { ListedNames } from './listedNames';
import { findSourceFiles, readSourceFile, type ReadOptions } from './sourceFiles';

/** The sources under some folders or globs on the local disk: the provider the CLI uses. */
export class LocalSourceProvider implements SourceProvider {
  /** The names in each folder the last `list` read: whether a source has a sidecar, without asking the disk. */
  names = new ListedNames();

  constructor(
    private readonly patterns: string[],
    private readonly cwd: string,
    private readonly options: ReadOptions = {},
  ) {}

  list(_token?: CancellationToken): Promise<string[]> {
    this.names = new ListedNames();
    return findSourceFiles(this.patterns, this.cwd, this.names);
  }

  read(path: string): Promise<SourceFile> {
    // Blocking reads: this provider is the CLI's, whose thread has nothing to do while a file is read.
    return readSourceFile(path, this.options, true);
  }
}
