/**
 * Backcheck's lint against markdownlint in one process (see lintVsMarkdownlint.ts). Prints
 * throughput and the ratio; run with `npm run bench:lint`. `npm run bench` has it as one row.
 */
import { lintVsMarkdownlint } from './lintVsMarkdownlint';

const r = lintVsMarkdownlint(Number(process.env.BENCH_ROUNDS ?? 7));
console.log(`corpus: ${r.sources} sources, ${r.drafts} drafts, ${r.mchars.toFixed(2)} M chars of drafts; ${r.rounds} rounds, median`);
console.log(`backcheck lint (load sources + lint drafts): ${r.ours.ms.toFixed(1)} ms, ${(r.mchars / (r.ours.ms / 1000)).toFixed(2)} M chars/s, ${r.ours.findings} findings`);
console.log(`markdownlint (default rules):               ${r.theirs.ms.toFixed(1)} ms, ${(r.mchars / (r.theirs.ms / 1000)).toFixed(2)} M chars/s, ${r.theirs.findings} findings`);
console.log(`ratio backcheck/markdownlint time: ${(r.ours.ms / r.theirs.ms).toFixed(2)}`);
