import { createHash } from 'node:crypto';
import { relative } from 'node:path';

import { RULE_DESCRIPTIONS } from '../../core/lint/ruleDescriptions';
import type { FileResult } from './fileResult';
import { safeJson } from './terminalText';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/**
 * SARIF 2.1.0, as GitHub code scanning reads it. Each result carries a partial fingerprint built
 * from the rule, the file and the finding's message and flagged text — not its line — so a finding
 * keeps its identity when lines move between commits.
 */
export function formatSarif(results: FileResult[], cwd: string, version: string): string {
  const rules = Object.entries(RULE_DESCRIPTIONS).map(([id, { description, defaultSeverity }]) => ({
    id,
    shortDescription: { text: description },
    defaultConfiguration: { level: LEVEL[defaultSeverity] },
    helpUri: `https://github.com/backcheck/backcheck/blob/main/docs/rules.md#${id}`,
  }));
  const sarifResults = results.flatMap(({ filePath, findings, text }) =>
    findings.map((f) => {
      const uri = relative(cwd, filePath).split('\\').join('/') || filePath;
      const flagged = text ? text.slice(f.span.start, f.span.end) : '';
      return {
        ruleId: f.ruleId,
        ruleIndex: rules.findIndex((r) => r.id === f.ruleId),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: f.range.start.line + 1, startColumn: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 },
          },
        }],
        partialFingerprints: { 'backcheckFinding/v1': createHash('sha256').update([f.ruleId, uri, flagged, f.message].join('\u0000')).digest('hex').slice(0, 32) },
      };
    }),
  );
  return safeJson({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'backcheck', version, informationUri: 'https://github.com/backcheck/backcheck', rules } }, results: sarifResults }],
  });
}
