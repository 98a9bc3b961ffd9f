import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { translatorFor } from '../../../src/cli/locale';
import { main } from '../../../src/cli/main';
import { CATALOGUE, type MessageId } from '../../../src/core/messages/catalogue';
import { english, message, render } from '../../../src/core/messages/message';
import { fillsOf, reasonMessage, renderReason } from '../../../src/core/messages/reasons';
import { parseConfig, ConfigError } from '../../../src/node/config';

const root = resolve(__dirname, '../../..');
const workspace = join(root, 'examples/workspace');
const german = translatorFor('de');

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: workspace, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, env });
  return { code, stdout, stderr };
}

/** The TypeScript files under a folder, comments left out. */
function sourcesUnder(dir: string): Array<[string, string]> {
  return readdirSync(dir).flatMap((name): Array<[string, string]> => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return name.endsWith('.ts') ? [[path, readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')]] : [];
  });
}

describe('the CLI\'s help, usage errors and listings in the writer\'s language', () => {
  it('prints every command\'s help in German with LANG=de_DE.UTF-8, and in English without', async () => {
    for (const argv of [['--help'], ['lint', '--help'], ['figures', '--help'], ['sources', '--help'], ['bib', '--help']]) {
      const en = await run(argv);
      const de = await run(argv, { LANG: 'de_DE.UTF-8' });
      assert.match(en.stdout, /^Usage: backcheck/, argv.join(' '));
      assert.match(de.stdout, /^Aufruf: backcheck/, argv.join(' '));
      assert.equal(de.code, en.code);
    }
  });

  it('gives usage errors in the language --locale names, before the command reads its options', async () => {
    const de = await run(['lint', '--locale', 'de', '--format', 'x', 'draft.md']);
    assert.equal(de.code, 2);
    assert.equal(de.stderr, 'backcheck: unbekanntes Format „x“: verwenden Sie eines von stylish, json, sarif, github\n');
    const en = await run(['lint', '--locale=en', '--format', 'x', 'draft.md'], { LC_ALL: 'de_DE.UTF-8' });
    assert.equal(en.stderr, 'backcheck: unknown format "x": use one of stylish, json, sarif, github\n');
    const unknown = await run(['nope'], { LANG: 'de' });
    assert.match(unknown.stderr, /^backcheck: unbekannter Befehl „nope“\n\nAufruf: backcheck <Befehl>/);
  });

  it('lists the sources in German: counts, pages and the unreadable ones', async function () {
    // Reads the fixtures' PDFs and Word files through pdf.js and mammoth.
    this.timeout(30_000);
    const de = await run(['sources'], { LANG: 'de_DE.UTF-8' });
    const en = await run(['sources']);
    assert.match(en.stdout, /^en_elbe_flood\ten\t\d+ paragraphs\t\d+ figures\t/m);
    assert.match(de.stdout, /^en_elbe_flood\ten\t\d+ Absätze\t\d+ Zahlen\t/m);
    const documents = join(root, 'test/fixtures/documents');
    const unreadable = await run(['sources', '--sources', documents], { LANG: 'de_DE.UTF-8' });
    assert.match(unreadable.stderr, /^nicht lesbar: .*scan\.pdf: keine Textebene: Gescannte Seiten brauchen OCR$/m);
  });

  it('names a .backcheckrc.json problem by file:line:col and key in either language', () => {
    let error: ConfigError | undefined;
    try {
      parseConfig('{\n  "rules": { "figure-uncited": "loud" }\n}', '/p/.backcheckrc.json');
    } catch (e) {
      error = e as ConfigError;
    }
    assert.ok(error instanceof ConfigError);
    assert.equal(error.message, '/p/.backcheckrc.json:2:32: "rules.figure-uncited": rule "figure-uncited" has severity "loud"; use off, information, warning or error');
    assert.equal(render(error.located, german), '/p/.backcheckrc.json:2:32: "rules.figure-uncited": Regel „figure-uncited“ hat den Schweregrad "loud"; verwenden Sie off, information, warning oder error');
    assert.equal(render(error.problem.said!, english), error.problem.reason);
  });

  it('matches each reason a reader writes back to its message, the same text in English', () => {
    const samples: Record<string, string> = { kind: 'a FIFO', size: '30 MiB', max: '20 MiB', error: 'Invalid PDF structure', key: 'x' };
    const ids = (Object.keys(CATALOGUE) as MessageId[]).filter((id) => id.startsWith('reason.') && !id.startsWith('reason.kind.'));
    assert.ok(ids.length > 15, `${ids.length} reasons`);
    for (const id of ids) {
      const text = render(message(id, samples));
      const said = reasonMessage(text);
      assert.notEqual(typeof said, 'string', `"${text}" matched no template`);
      assert.equal(typeof said === 'string' ? said : said.id, id);
      assert.equal(renderReason(text, english), text);
      assert.notEqual(renderReason(text, german), text, `"${text}" has no German`);
    }
    assert.equal(renderReason('is not a regular file (a FIFO)', german), 'ist keine reguläre Datei (ein FIFO)');
    assert.equal(reasonMessage('EACCES'), 'EACCES', 'an operating system\'s code stays as written');
    assert.deepEqual(fillsOf('is {size}, over {max} (x)', 'is 3 MiB, over 2 MiB (x)'), { size: '3 MiB', max: '2 MiB' });
    assert.equal(fillsOf('is {size}, over {max} (x)', 'is , over 2 MiB (x)'), undefined, 'a placeholder is never empty');
    assert.equal(fillsOf('is {size} (x)', 'is 3 MiB (y)'), undefined);
  });

  it('throws no usage error with text of its own: each names a catalogue id', () => {
    const offenders: string[] = [];
    for (const [path, source] of sourcesUnder(join(root, 'src/cli'))) {
      for (const call of source.matchAll(/new UsageError\(\s*([^,)]*)/g)) {
        const id = /^'([\w.]+)'$/.exec(call[1].trim())?.[1];
        if (!(id && id in CATALOGUE) && !/^error\.located\.id$/.test(call[1].trim())) offenders.push(`${path}: ${call[0]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
