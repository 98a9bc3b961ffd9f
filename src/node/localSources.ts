import type { CancellationToken } from '../core/cancellation';
import type { SourceProvider } from '../core/sources/provider';
import type { SourceFile } from '../core/sources/source';
import { findSourceFiles, readSourceFile, type ReadOptions } from './sourceFiles';

/** The sources under some folders or globs on the local disk: the provider the CLI uses. */
export class LocalSourceProvider implements SourceProvider {
  constructor(
    private readonly patterns: string[],
    private readonly cwd: string,
    private readonly options: ReadOptions = {},
  ) {}

  list(_token?: CancellationToken): Promise<string[]> {
    return findSourceFiles(this.patterns, this.cwd);
  }

  read(path: string): Promise<SourceFile> {
    return readSourceFile(path, this.options);
  }
}
