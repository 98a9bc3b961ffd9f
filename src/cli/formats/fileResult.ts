import type { Finding } from '../../core/types';

/** The findings of one linted file, as every output format receives them. */
export interface FileResult {
  filePath: string;
  findings: Finding[];
  /** The linted text, for formats that fingerprint what a finding flags. */
  text?: string;
  /** Findings left out past the per-file cap (capFindings.ts), still counted. */
  omitted?: { errors: number; warnings: number; infos: number };
}
