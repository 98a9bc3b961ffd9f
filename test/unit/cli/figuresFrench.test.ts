import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../../src/cli/main';
import { isUnreadable, loadSource } from '../../../src/core/sources/loadSource';

/** `backcheck figures` with a French document, `--lang fr` and `--explain`; `lang: fr` in a source's metadata. */
describe('backcheck figures in French, and --explain', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-fr-'));
    writeFileSync(join(dir, 'fr.txt'), 'Plus de 120\u202f000 civils ont été évacués le 6 août, et 2 milliards d’euros ont été promis.\n');
    writeFileSync(join(dir, 'en.txt'), 'Under Article 5 it was 2 degrees below zero.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
    return { code, stdout, stderr };
  }

  it('detects French and reads its figures; --lang fr reads the same', async () => {
    for (const argv of [['figures', '--format', 'json', 'fr.txt'], ['figures', '--lang', 'fr', '--format', 'json', 'fr.txt']]) {
      const { code, stdout } = await run(argv);
      assert.equal(code, 0);
      const rows = JSON.parse(stdout) as Array<{ text: string; value: number; unit: string | null; kind: string; lang: string; hedge?: string }>;
      assert.deepEqual(
        rows.map((r) => [r.text, r.value, r.unit, r.kind, r.lang, r.hedge ?? null]),
        [
          ['120\u202f000', 120000, null, 'count', 'fr', 'more-than'],
          ['6 août', 806, null, 'date', 'fr', null],
          ['2 milliards d’euros', 2e9, 'EUR', 'money', 'fr', null],
        ],
      );
    }
  });

  it('refuses a language no pack reads, naming those it reads', async () => {
    const { code, stderr } = await run(['figures', '--lang', 'xx', 'fr.txt']);
    assert.equal(code, 2);
    assert.match(stderr, /--lang takes en, de, fr/);
  });

  it('names the context rules that decided each figure with --explain', async () => {
    const text = await run(['figures', '--explain', 'en.txt']);
    assert.equal(text.code, 0);
    assert.match(text.stdout, /ordinal\t5\t= 5\tlabel/);
    assert.match(text.stdout, /2 degrees below zero\t= -2 °\t.*belowZero/);
    const json = JSON.parse((await run(['figures', '--explain', '--format', 'json', 'en.txt'])).stdout) as Array<{ text: string; rules: string[] }>;
    assert.deepEqual(json.map((r) => [r.text, r.rules]), [['5', ['label']], ['2 degrees below zero', ['degreesAngle', 'belowZero']]]);
    const plain = JSON.parse((await run(['figures', '--format', 'json', 'en.txt'])).stdout) as Array<Record<string, unknown>>;
    assert.ok(plain.every((r) => !('rules' in r)), 'rules only with --explain');
  });

  it('takes lang: fr from a source\'s front matter and from its .meta.json', () => {
    const encode = (t: string) => new TextEncoder().encode(t);
    const front = loadSource({ path: 'sources/a.md', bytes: encode('---\nlang: fr\n---\nThe plant has 6 reactors.\n') });
    assert.ok(!isUnreadable(front));
    assert.equal(front.lang, 'fr');
    const sidecar = loadSource({ path: 'sources/b.txt', bytes: encode('The plant has 6 reactors.\n'), sidecar: encode('{"lang": "fr"}') });
    assert.ok(!isUnreadable(sidecar));
    assert.equal(sidecar.lang, 'fr');
  });
});
