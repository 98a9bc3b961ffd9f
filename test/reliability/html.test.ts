import assert from 'node:assert/strict';

import { GOOD_DRAFT, runCli, SOURCE_TEXT, workspace } from './helpers';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Flood</title></head><body>${body}</body></html>`;
const ARTICLE = '<article><h1>Flood</h1><p>The Elbe rose to 7.42 metres on Tuesday, the highest level in a decade, officials said.</p><p>About 1,200 residents left the old town before the water reached the bridges.</p></article>';

describe('reliability: saved web pages', function () {
  this.timeout(60_000);

  for (const depth of [2000, 5000]) {
    it(`<div> nested ${depth.toLocaleString('en')} deep: bounded, source-unreadable naming the depth limit`, async () => {
      const ws = workspace({
        'sources/elbe.txt': SOURCE_TEXT,
        'sources/deep.html': page('<div>'.repeat(depth) + ARTICLE + '</div>'.repeat(depth)),
      });
      try {
        const { stdout, ms } = await runCli(['sources', '--format', 'json'], ws.root);
        const json = JSON.parse(stdout);
        assert.deepEqual(json.sources.map((s: { key: string }) => s.key), ['elbe']);
        assert.deepEqual(json.unreadable, [{ path: 'sources/deep.html', reason: 'its HTML nests elements more than 200 deep, past the limit for extracting an article' }]);
        assert.ok(ms < 10_000, `took ${ms} ms (was 75 s and over 300 s)`);
      } finally {
        ws.dispose();
      }
    });
  }

  it('a page just under the depth limit is still extracted', async () => {
    const ws = workspace({ 'sources/nested.html': page('<div>'.repeat(150) + ARTICLE + '</div>'.repeat(150)), 'sources/flat.html': page(ARTICLE) });
    try {
      const { stdout } = await runCli(['sources', '--format', 'json'], ws.root);
      const json = JSON.parse(stdout);
      assert.deepEqual(json.unreadable, []);
      // The same article text as the page without the nesting: both paragraphs, both figures.
      const [flat, nested] = json.sources;
      assert.deepEqual([nested.paragraphs, nested.figures], [flat.paragraphs, flat.figures]);
      assert.ok(nested.paragraphs >= 2 && nested.figures >= 2);
    } finally {
      ws.dispose();
    }
  });

  it('a page with more elements than the limit: source-unreadable saying so', async () => {
    const ws = workspace({ 'sources/huge.html': page('<span>1</span>'.repeat(60_000) + ARTICLE) });
    try {
      const { stdout, ms } = await runCli(['sources', '--format', 'json'], ws.root);
      assert.deepEqual(JSON.parse(stdout).unreadable, [{ path: 'sources/huge.html', reason: 'the page has more than 50,000 elements, past the limit for extracting an article' }]);
      assert.ok(ms < 20_000, `took ${ms} ms`);
    } finally {
      ws.dispose();
    }
  });

  it('a page within the depth and element limits but deep and wide at once (levels in all): source-unreadable saying so, at once', async () => {
    // 198 levels, then 10,000 paragraphs: under 200 deep and 50,000 elements, but each paragraph
    // 198 deep; 49,700 of them took Readability 80 s.
    const ws = workspace({ 'sources/deepwide.html': page('<div>'.repeat(198) + '<p>A river of 12 km.</p>'.repeat(10_000) + ARTICLE + '</div>'.repeat(198)) });
    try {
      const { stdout, ms } = await runCli(['sources', '--format', 'json'], ws.root);
      assert.deepEqual(JSON.parse(stdout).unreadable, [{ path: 'sources/deepwide.html', reason: "the page's elements are nested more than 1,000,000 levels in all (elements times their depth), past the limit for extracting an article" }]);
      assert.ok(ms < 10_000, `took ${ms} ms`);
    } finally {
      ws.dispose();
    }
  });

  it('a page whose extraction fails: source-unreadable naming why, never its raw markup or <script> text', async () => {
    const ws = workspace({
      'sources/elbe.txt': SOURCE_TEXT,
      'sources/app.html': page('<nav><a href="/">Home</a></nav><script>var total = 4711; document.write("99 bottles")</script><div id="root"></div>'),
      'draft.md': 'The app counted 4711 bottles, 99 of them [@app].\n',
    });
    try {
      const { stdout } = await runCli(['sources', '--format', 'json'], ws.root);
      const json = JSON.parse(stdout);
      assert.deepEqual(json.sources.map((s: { key: string }) => s.key), ['elbe']);
      assert.equal(json.unreadable.length, 1);
      assert.equal(json.unreadable[0].path, 'sources/app.html');
      assert.match(json.unreadable[0].reason, /^no article (text )?was found in the page/);
      // Nothing of the page is a source: its script's numbers match nothing, its key is unknown.
      const lint = await runCli(['lint', '--format', 'json', 'draft.md'], ws.root);
      const draft = JSON.parse(lint.stdout).find((r: { filePath: string }) => r.filePath.endsWith('draft.md'));
      const rules = draft.messages.map((m: { ruleId: string }) => m.ruleId);
      assert.ok(rules.includes('citation-unknown-source'));
      assert.equal(rules.filter((r: string) => r === 'figure-unmatched').length, 2);
    } finally {
      ws.dispose();
    }
  });

  it('a readable page next to them is read as before (article text only)', async () => {
    const ws = workspace({ 'sources/ok.html': page('<nav>Menu 12</nav>' + ARTICLE + '<footer>© 2024</footer>'), 'draft.md': GOOD_DRAFT });
    try {
      const { stdout } = await runCli(['sources', '--format', 'json'], ws.root);
      const json = JSON.parse(stdout);
      assert.deepEqual(json.unreadable, []);
      assert.equal(json.sources[0].key, 'ok');
    } finally {
      ws.dispose();
    }
  });
});
