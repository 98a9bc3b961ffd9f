import assert from 'node:assert/strict';
import { resolve } from 'node:path';

import { pickLocale } from '../../../src/cli/locale';
import { main } from '../../../src/cli/main';
import { UsageError } from '../../../src/cli/usageError';

const workspace = resolve(__dirname, '../../../examples/workspace');

async function run(argv: string[], env?: Record<string, string>) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: workspace, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env });
  return { code, stdout, stderr };
}

describe('the CLI in the writer\'s language (--locale, LC_ALL, LC_MESSAGES, LANG)', () => {
  it('takes --locale first, then LC_ALL, LC_MESSAGES and LANG in that order', () => {
    assert.equal(pickLocale(undefined, {}), 'en');
    assert.equal(pickLocale(undefined, { LANG: 'de_DE.UTF-8' }), 'de');
    assert.equal(pickLocale(undefined, { LANG: 'de_AT' , LC_MESSAGES: 'en_GB.UTF-8' }), 'en');
    assert.equal(pickLocale(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'de_CH.UTF-8' }), 'de');
    assert.equal(pickLocale(undefined, { LC_ALL: '', LANG: 'de' }), 'de', 'an empty variable is not set');
    assert.equal(pickLocale('en', { LC_ALL: 'de_DE.UTF-8' }), 'en');
    assert.equal(pickLocale(undefined, { LANG: 'C' }), 'en');
    assert.equal(pickLocale(undefined, { LANG: 'ja_JP.UTF-8' }), 'en', 'a language without a bundle is English');
    assert.throws(() => pickLocale('xx'), UsageError);
  });

  it('prints the findings and the summary in German with --locale de or LANG=de_DE.UTF-8', async () => {
    const flag = await run(['lint', '--locale', 'de', 'draft.md']);
    const env = await run(['lint', 'draft.md'], { LANG: 'de_DE.UTF-8' });
    assert.equal(flag.stdout, env.stdout);
    assert.match(flag.stdout, /\n {2}8:50 {4}Warnung {2}3\.2 million euros steht in keiner Quelle; am nächsten kommt .* in \[@de_elbe_hochwasser, para\. 5\] {2}figure-unmatched\n/);
    assert.match(flag.stdout, /✖ 1 Problem \(0 Fehler, 1 Warnung, 0 Hinweise\)/);
    assert.equal(flag.code, 0);
  });

  it('stays English by default and with --locale en, whatever the environment says then', async () => {
    const plain = await run(['lint', 'draft.md']);
    const en = await run(['lint', '--locale', 'en', 'draft.md'], { LC_ALL: 'de_DE.UTF-8' });
    assert.equal(plain.stdout, en.stdout);
    assert.match(plain.stdout, /warning {2}3\.2 million euros is in no source; nearest: /);
    assert.match(plain.stdout, /✖ 1 problem \(0 errors, 1 warning, 0 info\)/);
  });

  it('keeps rule ids and positions in German JSON; only the message changes', async () => {
    const en = JSON.parse((await run(['lint', '--format', 'json', 'draft.md'])).stdout);
    const de = JSON.parse((await run(['lint', '--format', 'json', '--locale', 'de', 'draft.md'])).stdout);
    const withoutMessage = (results: Array<{ messages: Array<Record<string, unknown>> }>) => results.map((r) => ({ ...r, messages: r.messages.map(({ message: _message, ...rest }) => rest) }));
    assert.deepEqual(withoutMessage(de), withoutMessage(en));
    assert.notEqual(de[0].messages[0].message, en[0].messages[0].message);
  });

  it('takes --locale in figures, sources and bib as in lint, before the environment', async function () {
    this.timeout(30_000);
    for (const command of ['figures', 'sources', 'bib']) {
      const de = await run([command, '--locale', 'de', '--help']);
      const en = await run([command, '--locale=en', '--help'], { LC_ALL: 'de_DE.UTF-8' });
      assert.match(de.stdout, new RegExp(`^Aufruf: backcheck ${command} .*\\[--locale en\\|de\\]`), command);
      assert.match(en.stdout, new RegExp(`^Usage: backcheck ${command} .*\\[--locale en\\|de\\]`), command);
      const unknown = await run([command, '--locale', 'xx', '--help']);
      assert.equal(unknown.code, 2, command);
      assert.match(unknown.stderr, /--locale takes en, de, not "xx"/, command);
    }
    const listing = await run(['sources', '--locale', 'de'], { LANG: 'en_GB.UTF-8' });
    assert.match(listing.stdout, /^en_elbe_flood\ten\t\d+ Absätze\t\d+ Zahlen\t/m);
    const english = await run(['sources', '--locale', 'en'], { LANG: 'de_DE.UTF-8' });
    assert.match(english.stdout, /^en_elbe_flood\ten\t\d+ paragraphs\t\d+ figures\t/m);
    const noFile = await run(['figures', '--locale', 'de']);
    assert.match(noFile.stderr, /^backcheck: keine Datei/);
  });

  it('says which locales it has for an unknown one (exit 2)', async () => {
    const { code, stderr } = await run(['lint', '--locale', 'xx', 'draft.md']);
    assert.equal(code, 2);
    assert.match(stderr, /--locale takes en, de, not "xx"/);
  });
});
