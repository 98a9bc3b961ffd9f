// Preloaded into a child process (node --import) to report its peak resident set size: on exit
// it writes process.resourceUsage().maxRSS (kilobytes) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
