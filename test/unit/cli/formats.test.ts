import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

import { main } from '../../../src/cli/main';

const root = resolve(__dirname, '../../..');
const fixtures = join(root, 'test/fixtures');
const sources = join(fixtures, 'workspace/sources');

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: fixtures, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

describe('backcheck lint output formats', () => {
  it('sarif: valid against the SARIF 2.1.0 schema, with rules and a result per finding', async () => {
    const { code, stdout } = await run(['lint', '--sources', sources, '--format', 'sarif', 'lint/en-draft.md']);
    assert.equal(code, 1, 'citation-unknown-source is an error');
    const log = JSON.parse(stdout);
    // The schema as Microsoft ships it (draft-04), validated with Ajv, its formats too (a URI, a date-time).
    const schema = JSON.parse(readFileSync(join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv as unknown as Parameters<typeof addFormats>[0]);
    const validate = ajv.compile(schema);
    assert.ok(validate({ ...log }), JSON.stringify(validate.errors?.slice(0, 3)));
    const results = log.runs[0].results;
    assert.equal(results.length, 8);
    assert.ok(results.every((r: { partialFingerprints: Record<string, string> }) => /^[0-9a-f]{32}$/.test(r.partialFingerprints['backcheckFinding/v1'])));
    assert.deepEqual(log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id).sort(), [
      'citation-locator-mismatch', 'citation-locator-out-of-range', 'citation-unknown-source', 'draft-over-limit', 'draft-unreadable', 'figure-not-in-cited-source',
      'figure-subject-mismatch', 'figure-uncited', 'figure-unmatched', 'quote-unmatched', 'source-unreadable',
    ]);
  });

  it('sarif: a finding keeps its fingerprint when lines are added above it', async () => {
    const fingerprintOf = (stdout: string) => {
      const result = JSON.parse(stdout).runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'figure-unmatched');
      return { fp: result.partialFingerprints['backcheckFinding/v1'], line: result.locations[0].physicalLocation.region.startLine };
    };
    const before = fingerprintOf((await run(['lint', '--sources', sources, '--format', 'sarif', 'lint/en-draft.md'])).stdout);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'backcheck-sarif-'));
    // Same file name relative to cwd is needed for the same fingerprint: lint a moved copy from its folder.
    writeFileSync(join(dir, 'en-draft.md'), '\n\nA new opening paragraph.\n' + readFileSync(join(fixtures, 'lint/en-draft.md'), 'utf8'));
    let stdout = '';
    await main(['lint', '--sources', sources, '--format', 'sarif', 'en-draft.md'], { cwd: dir, stdout: (t) => void (stdout += t), stderr: () => {}, isTTY: false });
    const beforeInOwnFolder = await (async () => {
      let out = '';
      await main(['lint', '--sources', sources, '--format', 'sarif', 'en-draft.md'], { cwd: join(fixtures, 'lint'), stdout: (t) => void (out += t), stderr: () => {}, isTTY: false });
      return fingerprintOf(out);
    })();
    const after = fingerprintOf(stdout);
    assert.equal(after.line, beforeInOwnFolder.line + 3);
    assert.equal(after.fp, beforeInOwnFolder.fp);
    assert.ok(before.fp);
  });

  it('github: one workflow annotation per finding, with file, position and rule', async () => {
    const { stdout } = await run(['lint', '--sources', sources, '--format', 'github', 'lint/en-draft.md']);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 8);
    assert.ok(lines.includes('::error file=lint/en-draft.md,line=9,col=24,endLine=9,endColumn=37,title=backcheck(citation-unknown-source)::no source has the key "en_port_fires"; did you mean "en_port_fire"?'), lines.join('\n'));
  });

  it('stylish: grouped under the file name with a summary line', async () => {
    const { stdout } = await run(['lint', '--sources', sources, 'lint/de-draft.md']);
    assert.match(stdout, /^\nlint\/de-draft\.md\n/);
    assert.match(stdout, /✖ 7 problems \(2 errors, 4 warnings, 1 info\)/);
  });
});

describe('backcheck sources and bib', () => {
  it('sources --format json lists key, language, paragraphs and figures', async () => {
    const { code, stdout } = await run(['sources', '--sources', sources, '--format', 'json']);
    assert.equal(code, 0);
    const { sources: rows, unreadable } = JSON.parse(stdout);
    assert.deepEqual(rows.map((r: { key: string; lang: string; paragraphs: number }) => [r.key, r.lang, r.paragraphs]), [['de_hafenbrand', 'de', 4], ['en_port_fire', 'en', 4]]);
    assert.deepEqual(unreadable, []);
  });

  it('bib prints CSL-JSON items keyed like the citations', async () => {
    const { stdout } = await run(['bib', '--sources', join(root, 'examples/workspace/sources')]);
    const items = JSON.parse(stdout);
    const en = items.find((i: { id: string }) => i.id === 'en_elbe_flood');
    assert.deepEqual(en, {
      id: 'en_elbe_flood', type: 'article-newspaper', title: 'Elbe floodwaters peak in Dresden as thousands are moved to safety',
      language: 'en', 'container-title': 'Example Wire', issued: { 'date-parts': [[2026, 9, 15]] },
    });
  });
});
