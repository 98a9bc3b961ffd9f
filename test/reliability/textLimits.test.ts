import assert from 'node:assert/strict';

import { escapeControl } from '../../src/cli/formats/terminalText';
import { runCli, SOURCE_TEXT, workspace } from './helpers';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; message: string; severity: number; line: number }>;
  errorCount: number;
  warningCount: number;
}
const byFile = (stdout: string) => {
  const results = JSON.parse(stdout) as JsonResult[];
  return (name: string) => results.find((r) => r.filePath.endsWith(name))!;
};

describe('reliability: line ends, nesting, findings', function () {
  this.timeout(60_000);

  it('a source with lone CR line endings: CR ends a line as LF and CRLF do (no false locator-out-of-range)', async () => {
    const text = 'The Elbe rose to 7.42 metres on Tuesday.\n\nAbout 1,200 residents left the old town.\n\nThree bridges were closed.\n';
    const ws = workspace({
      'sources/lf.txt': text,
      'sources/cr.txt': text.replace(/\n/g, '\r'),
      'sources/crlf.txt': text.replace(/\n/g, '\r\n'),
      'draft.md': 'About 1,200 residents left [@cr, para. 2], [@crlf, para. 2], [@lf, para. 2].\r\rThree bridges [@cr, para. 3].\r',
    });
    try {
      const sources = JSON.parse((await runCli(['sources', '--format', 'json'], ws.root)).stdout);
      assert.deepEqual(sources.sources.map((s: { key: string; paragraphs: number }) => [s.key, s.paragraphs]), [['cr', 3], ['crlf', 3], ['lf', 3]]);
      const { code, stdout } = await runCli(['lint', '--format', 'json', 'draft.md'], ws.root);
      const draft = byFile(stdout)('draft.md');
      assert.deepEqual(draft.messages, [], JSON.stringify(draft.messages));
      assert.equal(code, 0);
      // A draft with lone CRs counts lines as an editor does: the second paragraph is on line 3.
      ws.write('bad.md', 'Intro.\r\rThe river rose 99 metres.\r');
      const bad = byFile((await runCli(['lint', '--format', 'json', 'bad.md'], ws.root)).stdout)('bad.md');
      assert.deepEqual(bad.messages.map((m) => [m.ruleId, m.line]), [['figure-unmatched', 3]]);
    } finally {
      ws.dispose();
    }
  });

  for (const [name, deep] of [
    ['4,000 nested > quotes', '>'.repeat(4000) + ' The river rose 99 metres.\n'],
    ['10,000 nested "- " list items', '- '.repeat(10_000) + 'The river rose 99 metres.\n'],
    ['500 lists nested by indentation', Array.from({ length: 500 }, (_, i) => ' '.repeat(2 * i) + '- item 77').join('\n') + '\n'],
  ] as const) {
    it(`${name}: read to the depth limit with a draft-over-limit finding; the other drafts are linted, exit by findings`, async () => {
      const ws = workspace({
        'sources/elbe.txt': SOURCE_TEXT,
        'a.md': 'The river rose 55 metres.\n',
        'deep.md': `The Elbe rose to 7.42 metres [@elbe, para. 1].\n\n${deep}\nIt rose 66 metres at the end.\n`,
        'z.md': 'The river rose 88 metres.\n',
      });
      try {
        const { code, stdout, stderr, ms } = await runCli(['lint', '--format', 'json', 'a.md', 'deep.md', 'z.md'], ws.root);
        assert.equal(stderr, '', 'no internal error');
        assert.equal(code, 0, 'warnings only: exit 0, by the findings');
        const of = byFile(stdout);
        assert.deepEqual(of('a.md').messages.map((m) => m.ruleId), ['figure-unmatched']);
        assert.deepEqual(of('z.md').messages.map((m) => m.ruleId), ['figure-unmatched']);
        const deepRules = of('deep.md').messages.map((m) => m.ruleId);
        assert.equal(deepRules.filter((r) => r === 'draft-over-limit').length, 1, 'one finding for the too-deep part');
        assert.match(of('deep.md').messages.find((m) => m.ruleId === 'draft-over-limit')!.message, /reads Markdown to a depth of 32/);
        // What is outside the too-deep part is read: the last line's figure is checked.
        assert.ok(of('deep.md').messages.some((m) => m.ruleId === 'figure-unmatched' && /66 metres/.test(m.message)));
        assert.ok(ms < 30_000, `took ${ms} ms`);
      } finally {
        ws.dispose();
      }
    });
  }

  it('citations and emphasis by the thousand in one paragraph: read as plain text with a finding, citations still checked', async () => {
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'dense.md': 'The Elbe rose to 7.42 metres ' + '[@elbe, para. 1] '.repeat(3000) + '[@nobody].\n' });
    try {
      const { stdout, ms } = await runCli(['lint', '--format', 'json', 'dense.md'], ws.root);
      const rules = byFile(stdout)('dense.md').messages.map((m) => m.ruleId);
      assert.deepEqual([...new Set(rules)].sort(), ['citation-unknown-source', 'draft-over-limit']);
      assert.ok(ms < 30_000, `took ${ms} ms`);
    } finally {
      ws.dispose();
    }
  });

  it('400 KB of "1-2-3-…" (1 MB gave 500,000 findings, 92 MB of JSON): at most 1,000 findings listed, the rest counted and said', async () => {
    const digits = Array.from({ length: 200_000 }, (_, i) => String(i % 10)).join('-');
    const ws = workspace({ 'sources/elbe.txt': SOURCE_TEXT, 'dense.md': digits + '\n', 'ok.md': 'The river rose 55 metres.\n' });
    try {
      const { code, stdout, ms } = await runCli(['lint', '--format', 'json', '--max-warnings', '10', 'dense.md', 'ok.md'], ws.root);
      assert.ok(stdout.length < 1_000_000, `JSON of ${stdout.length} chars (was 92 MB)`);
      const dense = byFile(stdout)('dense.md');
      assert.equal(dense.messages.length, 1001);
      const note = dense.messages[1000];
      assert.equal(note.ruleId, 'draft-over-limit');
      assert.match(note.message, /^[\d,]+ more findings in this file are not listed \(at most 1,000 a file\)/);
      assert.ok(dense.warningCount > 150_000, `warningCount ${dense.warningCount} counts the unlisted ones`);
      assert.equal(code, 1, '--max-warnings counts every warning, listed or not');
      assert.deepEqual(byFile(stdout)('ok.md').messages.map((m) => m.ruleId), ['figure-unmatched']);
      const stylish = await runCli(['lint', 'dense.md'], ws.root);
      assert.match(stylish.stdout, /more findings in this file are not listed/);
      assert.match(stylish.stdout, new RegExp(`✖ ${dense.warningCount.toLocaleString('en').replace(/,/g, '')} problems`));
      assert.ok(ms < 90_000, `took ${ms} ms`);
    } finally {
      ws.dispose();
    }
  });
});

describe('reliability: terminal output', function () {
  this.timeout(60_000);
  const ESC_ID = 'evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';

  it('a source id with terminal escape sequences: escaped in stylish, sources, github, json and bib', async () => {
    const ws = workspace({
      'sources/evil.md': `---\nid: ${ESC_ID}\ntitle: "T\u001b[31mitle"\n---\nThe Elbe rose to 7.42 metres.\n`,
      'sources/evil2.txt': 'A river of 12 km.\n',
      'sources/evil2.meta.json': JSON.stringify({ id: ESC_ID }),
      'draft.md': `The Elbe rose to 7.42 metres [@${ESC_ID.slice(0, 4)}].\n`,
    });
    try {
      const outputs = [
        await runCli(['sources'], ws.root),
        await runCli(['sources', '--format', 'json'], ws.root),
        await runCli(['bib'], ws.root),
        await runCli(['lint', 'draft.md'], ws.root),
        await runCli(['lint', '--format', 'github', 'draft.md'], ws.root),
        await runCli(['lint', '--format', 'json', 'draft.md'], ws.root),
        await runCli(['lint', '--format', 'sarif', 'draft.md'], ws.root),
      ];
      // eslint-disable-next-line no-control-regex -- looking for control characters is the test
      const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
      for (const { stdout, stderr } of outputs) {
        assert.doesNotMatch(stdout, unsafe, stdout);
        assert.doesNotMatch(stderr, unsafe, stderr);
      }
      // Shown, escaped, not dropped: the duplicate key is reported with the escaped id.
      assert.match(outputs[0].stdout + outputs[0].stderr, /evil\\x1b\]0;pwned\\x07\\x1b\[2J\\x9b31m\\u202e/);
      assert.match(outputs[3].stdout, /evil\\x1b/);
      assert.equal(escapeControl('tab\there'), 'tab\\x09here');
    } finally {
      ws.dispose();
    }
  });
});
