// Run as a child process by memory.test.ts: lints the drafts named on the command line in the
// folder given first, as `backcheck lint --format json`, and prints one JSON line with the exit
// code, the per-file counts and the process's peak resident memory. A child, so that its heap
// limit (--max-old-space-size) and peak memory are the lint's alone.
import { main } from '../../src/cli/main';

async function lintInChild(cwd: string, drafts: string[]) {
  let stdout = '';
  const code = await main(['lint', '--format', 'json', ...drafts], { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void process.stderr.write(t), isTTY: false });
  const files = (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }>; warningCount: number }>).map((r) => ({ filePath: r.filePath, listed: r.messages.length, warningCount: r.warningCount, last: r.messages.at(-1)?.ruleId }));
  process.stdout.write(JSON.stringify({ code, files, jsonChars: stdout.length, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
}

const [cwd, ...drafts] = process.argv.slice(2);
void lintInChild(cwd, drafts);
