import { Backcheck } from '../core/service';
import { findSourceFiles, readSourceFile, type ReadOptions } from './sourceFiles';

/** A Backcheck with every source under `patterns` loaded; returns how many files were found. */
export async function loadBackcheck(patterns: string[], cwd: string, options: ReadOptions = {}): Promise<{ backcheck: Backcheck; files: string[] }> {
  const backcheck = new Backcheck();
  const files = await findSourceFiles(patterns, cwd);
  for (const file of files) {
    try {
      backcheck.library.set(await readSourceFile(file, options));
    } catch (error) {
      backcheck.library.setUnreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
  return { backcheck, files };
}
