import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { translatorFor } from '../../../src/cli/locale';
import { main } from '../../../src/cli/main';
import { CATALOGUE, type MessageId } from '../../../src/core/messages/catalogue';
import { english, message, render } from '../../../src/core/messages/message';
import { reasonError, reasonOf, reasonOrCode, renderReason } from '../../../src/core/messages/reasons';
import { unreadableSources } from '../../../src/core/lint/rules/sourceUnreadable';
import { SourceLibrary } from '../../../src/core/sources/library';
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

  it('carries each reason a reader writes as its message: the same text in English, German from the bundle', () => {
    const samples: Record<string, string> = { kind: 'a FIFO', size: '30 MiB', max: '20 MiB', error: 'Invalid PDF structure', key: 'x', reason: 'is missing' };
    const ids = (Object.keys(CATALOGUE) as MessageId[]).filter((id) => id.startsWith('reason.') && !id.startsWith('reason.kind.'));
    assert.ok(ids.length > 15, `${ids.length} reasons`);
    for (const id of ids) {
      // As a worker thread hands it over: structured-cloned, so plain data, no class.
      const why = structuredClone({ ...reasonOf(reasonError(id, samples)) });
      assert.equal(why.said?.id, id);
      assert.equal(why.reason, render(message(id, samples)));
      assert.equal(renderReason(why, english), why.reason);
      assert.notEqual(renderReason(why, german), why.reason, `"${why.reason}" has no German`);
    }
    const fifo = reasonOf(reasonError('reason.notRegular', { kind: message('reason.kind.fifo') }));
    assert.equal(renderReason(fifo, german), 'ist keine reguläre Datei (ein FIFO)');
    const sidecar = reasonOf(reasonError('reason.sidecar', { reason: fifo.said! }));
    assert.equal(sidecar.reason, 'its .meta.json is not a regular file (a FIFO)');
    assert.equal(renderReason(sidecar, german), 'die zugehörige .meta.json ist keine reguläre Datei (ein FIFO)');
  });

  it('keeps an operating system\'s or a library\'s own words as written, in any language', () => {
    const os = Object.assign(new Error('EACCES: permission denied, open \'/s/a.txt\''), { code: 'EACCES' });
    assert.deepEqual(reasonOf(os), { reason: 'EACCES: permission denied, open \'/s/a.txt\'' });
    assert.deepEqual(reasonOrCode(os), { reason: 'EACCES' });
    assert.equal(renderReason(reasonOf(new Error('Invalid XRef stream')), german), 'Invalid XRef stream');
    assert.equal(renderReason({ reason: 'is gone', said: { id: 'reason.fromANewerEngine' as MessageId, args: {} } }, german), 'is gone', 'an id the catalogue lacks keeps its English');
    // Text that happens to read like a template is not taken for one: only a message is translated.
    assert.equal(renderReason({ reason: 'does not exist' }, german), 'does not exist');
  });

  it('says why a source cannot be read in German, through the library: an empty file, a binary one, a bad sidecar', () => {
    const library = new SourceLibrary();
    library.set({ path: 's/empty.txt', bytes: new TextEncoder().encode('  \n') });
    library.set({ path: 's/binary.txt', bytes: new Uint8Array([65, 0, 66]) });
    library.set({ path: 's/listed.txt', bytes: new TextEncoder().encode('Some 14 boats sank.'), sidecar: new TextEncoder().encode('42') });
    const found = unreadableSources(library).map((u) => [u.path, u.message, render(u.problem, german)]);
    assert.deepEqual(found, [
      ['s/empty.txt', 'cannot be read: it has no text', 'kann nicht gelesen werden: enthält keinen Text'],
      ['s/binary.txt', 'cannot be read: binary file (contains NUL bytes)', render(message('source-unreadable', { reason: message('reason.binary') }), german)],
      ['s/listed.txt', 'cannot be read: its .meta.json is not a JSON object', 'kann nicht gelesen werden: die zugehörige .meta.json ist kein JSON-Objekt'],
    ]);
    assert.notEqual(found[1][2], found[1][1]);
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
