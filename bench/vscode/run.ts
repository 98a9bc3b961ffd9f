/**
 * The extension rows alone (bench/scale/bench.ts prints them with the rest):
 *
 *   npx tsx bench/vscode/run.ts [--sizes 1000,10000] [--calls 20] [--seed 15] [--json]
 *
 * Needs the extension built (npm run build) and the VS Code of the integration tests
 * (npm run vscode:install; the first run installs it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { makeScaleCorpus } from '../scale/generate';
import { loadNow } from '../scale/machine';
import { REPO } from '../scale/backcheckApi';
import { extensionRows, measureInVsCode } from './extensionRows';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, calls: { type: 'string', default: '20' }, seed: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } } });

async function main(): Promise<void> {
  if (!existsSync(join(REPO, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build first');
  const progress = (text: string) => process.stderr.write(`[bench] ${text}\n`);
  const loadStart = loadNow();
  const out = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const results = await measureInVsCode(makeScaleCorpus({ sources: size, seed: Number(values.seed) }), { calls: Number(values.calls), progress });
    out.push({ size, results, rows: extensionRows(size, results) });
  }
  const load = { start: loadStart, end: loadNow() };
  if (values.json) return void process.stdout.write(JSON.stringify({ date: new Date().toISOString(), load, runs: out }, null, 2) + '\n');
  process.stdout.write(`load average ${load.start.join(' ')} at start, ${load.end.join(' ')} at end\n`);
  for (const row of out.flatMap((o) => o.rows)) process.stdout.write(`- ${row.measure}: ${row.text}\n`);
  for (const { size, results } of out) {
    if ('error' in results) continue;
    process.stdout.write(`${size} sources: blocks over 50 ms (ms after activate(): length): ${results.indexing.blocks.map((b) => `${b.atMs}: ${b.ms}`).join(', ') || 'none'}; load ended at ${results.loadedStateMs} ms\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
});
