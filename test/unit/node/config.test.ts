import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { main } from '../../../src/cli/main';
import { ConfigError, configLayer, escapesRoot, parseConfig, resolveSettings } from '../../../src/node/config';

function problemOf(text: string) {
  try {
    parseConfig(text, '/p/.backcheckrc.json');
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error;
  }
  assert.fail(`expected ${text} to be rejected`);
}

describe('.backcheckrc.json', () => {
  it('reads sources, drafts, rules and lang', () => {
    const config = parseConfig('{ "sources": "sources", "drafts": ["drafts/**/*.md"], "rules": { "figure-uncited": "off" }, "lang": "de" }', '/p/.backcheckrc.json');
    assert.deepEqual(config, { file: '/p/.backcheckrc.json', root: '/p', sources: ['sources'], drafts: ['drafts/**/*.md'], rules: { 'figure-uncited': 'off' }, lang: 'de' });
  });

  it('names the file, line, column and key of a bad severity', () => {
    const error = problemOf('{\n  "rules": {\n    "figure-unmatched": "loud"\n  }\n}');
    assert.equal(error.message, '/p/.backcheckrc.json:3:25: "rules.figure-unmatched": rule "figure-unmatched" has severity "loud"; use off, information, warning or error');
    assert.deepEqual([error.problem.line, error.problem.column, error.problem.key], [3, 25, 'rules.figure-unmatched']);
  });

  it('names the line of a JSON syntax error', () => {
    const error = problemOf('{\n  "sources": ["sources",]\n}');
    assert.equal(error.problem.line, 2);
    assert.match(error.message, /^\/p\/\.backcheckrc\.json:2:\d+: not valid JSON/);
  });

  it('rejects unknown keys, unknown rules, a bad lang and a non-object', () => {
    assert.match(problemOf('{ "source": "x" }').message, /:1:3: "source": unknown key; use sources, drafts, rules, lang/);
    assert.match(problemOf('{ "rules": { "figure-unmached": "off" } }').message, /"rules\.figure-unmached": unknown rule/);
    assert.match(problemOf('{ "lang": "xx" }').message, /"lang": must be one of en, de, fr, not "xx"/);
    assert.match(problemOf('[1]').message, /expected a JSON object/);
    assert.match(problemOf('{ "sources": [3] }').message, /"sources\[0\]": must be a string/);
  });

  it('keeps config paths inside the config folder', () => {
    assert.match(problemOf('{ "sources": ["/etc/**/*.conf"] }').message, /"sources\[0\]": "\/etc\/\*\*\/\*\.conf" is outside the folder of \.backcheckrc\.json/);
    assert.match(problemOf('{ "sources": "../other" }').message, /"sources": "\.\.\/other" is outside/);
    assert.match(problemOf('{ "drafts": "~/notes/*.md" }').message, /"drafts": .* is outside/);
    for (const inside of ['sources', './sources/**/*.txt', 'a/../b', 'archive/**/*.html']) assert.equal(escapesRoot(inside), false, inside);
    for (const outside of ['/etc', '..', 'a/../../b', 'C:\\x', '~/x']) assert.equal(escapesRoot(outside), true, outside);
  });
});

describe('settings precedence', () => {
  const file = configLayer(parseConfig('{ "sources": ["src-file"], "rules": { "figure-uncited": "off", "quote-unmatched": "error" }, "lang": "de" }', '/p/.backcheckrc.json'));

  it('is the same for every setting: the first layer that sets a value wins', () => {
    const { settings, origin } = resolveSettings([
      { name: 'workspace setting', values: { sources: ['src-ws'], rules: { 'quote-unmatched': 'off' } } },
      file,
      { name: 'user setting', values: { sources: ['src-user'], drafts: ['d/**'], lang: 'en', rules: { 'figure-uncited': 'warning', 'figure-unmatched': 'error' } } },
    ]);
    assert.deepEqual(settings.sources, ['src-ws']);
    assert.equal(origin.sources, 'workspace setting');
    assert.deepEqual(settings.drafts, ['d/**']);
    assert.equal(origin.drafts, 'user setting');
    assert.equal(settings.lang, 'de');
    assert.equal(origin.lang, '/p/.backcheckrc.json');
    assert.deepEqual(settings.rules, { 'quote-unmatched': 'off', 'figure-uncited': 'off', 'figure-unmatched': 'error' });
    assert.deepEqual(origin.rules, { 'quote-unmatched': 'workspace setting', 'figure-uncited': '/p/.backcheckrc.json', 'figure-unmatched': 'user setting' });
  });

  it('falls through to the default when nothing sets a value', () => {
    const { settings, origin } = resolveSettings([{ name: 'command line', values: { sources: [] } }, { name: 'default', values: { sources: ['sources/**'] } }]);
    assert.deepEqual(settings.sources, ['sources/**']);
    assert.equal(origin.sources, 'default');
    assert.equal(origin.lang, 'detected');
  });
});

describe('backcheck lint and the config file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'backcheck-config-'));
    mkdirSync(join(dir, 'sources'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'sources', 'wire.txt'), 'Some 14 boats sank.\n');
    writeFileSync(join(dir, 'drafts', 'a.md'), 'Some 14 boats sank [@wire].\n');
    writeFileSync(join(dir, 'drafts', 'b.md'), 'Some 15 boats sank [@wire].\n');
    writeFileSync(join(dir, 'notes.md'), 'Version 2.3 needs 4 GB.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { cwd: dir, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
    return { code, stdout, stderr };
  }

  it('lints the "drafts" of the config when no file is named, and only those', async () => {
    writeFileSync(join(dir, '.backcheckrc.json'), '{ "sources": ["sources"], "drafts": ["drafts/**/*.md"] }');
    const { code, stdout } = await cli(['lint', '--format', 'json']);
    assert.equal(code, 0);
    const results = JSON.parse(stdout) as Array<{ filePath: string; warningCount: number }>;
    assert.deepEqual(results.map((r) => [r.filePath.slice(dir.length + 1), r.warningCount]), [['drafts/a.md', 0], ['drafts/b.md', 1]]);
  });

  it('never lints a source as a draft when drafts come from a glob', async () => {
    writeFileSync(join(dir, 'sources', 'wire-notes.md'), 'Some 99 boats sank.\n');
    writeFileSync(join(dir, '.backcheckrc.json'), '{ "sources": ["sources"], "drafts": ["**/*.md"] }');
    const { stdout } = await cli(['lint', '--format', 'json']);
    const files = (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));
    assert.deepEqual(files, ['drafts/a.md', 'drafts/b.md', 'notes.md']);
  });

  it('lints every Markdown file of the project but the sources when nothing names the drafts', async () => {
    writeFileSync(join(dir, 'sources', 'wire-notes.md'), 'Some 99 boats sank.\n');
    writeFileSync(join(dir, '.backcheckrc.json'), '{ "sources": ["sources"] }');
    const { stdout } = await cli(['lint', '--format', 'json']);
    assert.deepEqual((JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1)), ['drafts/a.md', 'drafts/b.md', 'notes.md']);
  });

  it('takes --drafts over the config, as --sources is taken over it', async () => {
    writeFileSync(join(dir, '.backcheckrc.json'), '{ "sources": ["nowhere"], "drafts": ["drafts/b.md"] }');
    const { code, stdout } = await cli(['lint', '--format', 'json', '--sources', 'sources', '--drafts', 'drafts/a.md']);
    assert.equal(code, 0);
    assert.deepEqual((JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1)), ['drafts/a.md']);
  });

  it('exits 2 naming the file, line and key of a broken config', async () => {
    writeFileSync(join(dir, '.backcheckrc.json'), '{\n  "sources": ["sources"],\n  "lang": "xx"\n}');
    const { code, stderr } = await cli(['lint', 'drafts/a.md']);
    assert.equal(code, 2);
    assert.equal(stderr, `backcheck: ${join(dir, '.backcheckrc.json')}:3:11: "lang": must be one of en, de, fr, not "xx"\n`);
  });

  it('refuses sources outside the config folder, but takes them from the command line', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'backcheck-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'The code is 4711.\n');
      writeFileSync(join(dir, '.backcheckrc.json'), JSON.stringify({ sources: [join(outside, '*.txt')] }));
      const refused = await cli(['lint', 'drafts/a.md']);
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /is outside the folder of \.backcheckrc\.json/);
      assert.doesNotMatch(refused.stderr + refused.stdout, /4711/);
      writeFileSync(join(dir, '.backcheckrc.json'), '{}');
      const named = await cli(['lint', '--format', 'json', '--sources', join(outside, '*.txt'), 'notes.md']);
      assert.equal(named.code, 0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
