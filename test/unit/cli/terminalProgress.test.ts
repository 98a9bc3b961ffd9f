import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../../src/cli/main';
import { english } from '../../../src/core/messages/message';
import { terminalProgress } from '../../../src/cli/terminalProgress';

/** A colour code of the stylish output on a terminal (ESC [ n m). */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

/** A progress line over a fake clock, and what it wrote. */
function progressOn(isTTY: boolean, shownFrom = 10) {
  const written: string[] = [];
  let clock = 0;
  const progress = terminalProgress({ stderr: (t) => void written.push(t), isTTY }, 'cli.progress.sources', english, { shownFrom, now: () => clock });
  return { progress, written, tick: (ms: number) => void (clock += ms) };
}

describe('terminal progress', () => {
  it('redraws one line at most every 100 ms, always the last count, then clears it', () => {
    const { progress, written, tick } = progressOn(true);
    progress.update(1, 20);
    progress.update(2, 20); // within 100 ms of the first: skipped
    tick(100);
    progress.update(3, 20);
    progress.update(20, 20); // the last is always drawn
    progress.done();
    assert.deepEqual(written, ['\rloaded 1/20 sources', '\rloaded 3/20 sources', '\rloaded 20/20 sources', '\r\u001b[K']);
  });

  it('writes nothing off a terminal, or for fewer items than it is shown from', () => {
    const pipe = progressOn(false);
    pipe.progress.update(20, 20);
    pipe.progress.done();
    const few = progressOn(true, 50);
    few.progress.update(20, 20);
    few.progress.done();
    assert.deepEqual([pipe.written, few.written], [[], []]);
  });

  it('backcheck lint on a terminal shows the sources loading and leaves only the findings', async function () {
    this.timeout(60_000);
    const root = mkdtempSync(join(tmpdir(), 'backcheck-progress-'));
    try {
      mkdirSync(join(root, 'sources'));
      for (let i = 0; i < 250; i++) writeFileSync(join(root, 'sources', `s${i}.md`), `# Source ${i}\n\nThe council counted ${i + 10} buses.\n`);
      writeFileSync(join(root, 'draft.md'), 'The council counted 12 buses [@s2] and 999 trains.\n');
      const run = async (isTTY: boolean) => {
        let stdout = '';
        let stderr = '';
        const code = await main(['lint', 'draft.md'], { cwd: root, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY });
        return { code, stdout, stderr };
      };
      const terminal = await run(true);
      const piped = await run(false);
      const redraws = terminal.stderr.split('\r').slice(1);
      assert.equal(redraws.pop(), '\u001b[K', 'the line is cleared at the end');
      assert.equal(redraws.at(-1), 'loaded 250/250 sources');
      for (const line of redraws) assert.match(line, /^loaded \d+\/250 sources$/);
      assert.equal(piped.stderr, '');
      // The same findings, coloured on the terminal.
      assert.deepEqual({ code: terminal.code, stdout: terminal.stdout.replace(ANSI_COLOUR, '') }, { code: piped.code, stdout: piped.stdout });
      assert.match(piped.stdout, /999/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
