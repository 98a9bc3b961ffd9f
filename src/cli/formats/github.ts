import { relative } from 'node:path';

import type { FileResult } from './fileResult';
import { escapeControl } from './terminalText';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function formatGithub(results: FileResult[], cwd: string): string {
  // GitHub's own escapes first (%, CR, LF), then every other control character made visible, so a
  // message cannot end the annotation or start another workflow command.
  const escapeData = (s: string) => escapeControl(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return results
    .flatMap(({ filePath, findings }) =>
      findings.map((f) => {
        const file = relative(cwd, filePath).split('\\').join('/') || filePath;
        const props = [
          `file=${escapeProperty(file)}`,
          `line=${f.range.start.line + 1}`,
          `col=${f.range.start.character + 1}`,
          `endLine=${f.range.end.line + 1}`,
          `endColumn=${f.range.end.character + 1}`,
          `title=${escapeProperty(`backcheck(${f.ruleId})`)}`,
        ];
        return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
      }),
    )
    .map((line) => line + '\n')
    .join('');
}
