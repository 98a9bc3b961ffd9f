import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { hoverAt } from '../../../src/core/features/hoverAt';
import { citationHoverMarkdown, figureHoverMarkdown } from '../../../src/core/features/hoverMarkdown';
import { markdownText } from '../../../src/core/features/markdownText';
import { quickFixes } from '../../../src/core/features/quickFixes';
import { Backcheck } from '../../../src/core/service';
import { cardText, liveParts, renderCard } from '../../support/inertMarkdown';

const fixtures = join(__dirname, '../../fixtures/hostile');
const read = (name: string) => readFileSync(join(fixtures, name));

/** Sources that carry links, images, HTML, codicons, fences and escapes in text and metadata. */
function hostileBackcheck(): Backcheck {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/hostile_links.md', bytes: read('hostile_links.md') });
  backcheck.library.set({ path: 'sources/evil_id.txt', bytes: read('evil_id.txt'), sidecar: read('evil_id.meta.json') });
  backcheck.library.set({ path: 'sources/plain.txt', bytes: new TextEncoder().encode('Officials counted 5,000 euros in damage.') });
  // A key with an unbalanced ")": in a link's target it would end the link early.
  backcheck.library.set({ path: 'sources/paren.txt', bytes: new TextEncoder().encode('A tower of 3,131 metres.'), sidecar: new TextEncoder().encode(JSON.stringify({ id: 'a)![p](https://evil.example/px.png)' })) });
  return backcheck;
}

describe('hover cards from hostile sources are inert', () => {
  const backcheck = hostileBackcheck();
  const evilKey = 'x](https://evil.example/p) ![p](https://evil.example/px.png) [y';

  it('reads the fixture as hostile: the key, title and text carry the attacks', () => {
    assert.ok(backcheck.library.byKey(evilKey));
    assert.match(backcheck.library.byKey('hostile_links')!.meta.title!, /!\[t\]\(https/);
  });

  for (const paragraph of [1, 2]) {
    it(`a citation card of para. ${paragraph} shows the links, images, HTML and fences as text`, () => {
      const draft = backcheck.analyze(`The fund paid 4,242 euros [@hostile_links, para. ${paragraph}].`, { lang: 'en' });
      const info = hoverAt(draft, backcheck.library, draft.text.indexOf('hostile_links') + 2);
      assert.equal(info?.kind, 'citation');
      const card = citationHoverMarkdown(info as Extract<typeof info, { kind: 'citation' }>);
      assert.deepEqual(liveParts(card.markdown), []);
      assert.deepEqual(card.commands, ['backcheck.openSource']);
      const text = cardText(card.markdown);
      assert.ok(text.includes('Read [this](https://evil.example/t) ![t](https://evil.example/t.png) <img src=x onerror=alert(1)> $(alert) **loud**'), text);
      assert.ok(text.includes('<script>alert(1)</script> [o](file:///etc/passwd)'), text);
      if (paragraph === 1) assert.ok(text.includes('<a href="https://evil.example/h">this</a> and https://evil.example/bare and www.evil.example and mail@evil.example'), text);
      else assert.ok(text.includes('~~~ fenced 4,242 euros ~~~'), text);
    });
  }

  it('a figure card names a hostile key as text, and links only to Backcheck\'s commands', () => {
    const draft = backcheck.analyze('The bridge was 7,777 metres long.', { lang: 'en' });
    const info = hoverAt(draft, backcheck.library, draft.text.indexOf('7,777') + 1);
    assert.equal(info?.kind, 'figure');
    const card = figureHoverMarkdown(info as Extract<typeof info, { kind: 'figure' }>, 'en');
    assert.deepEqual(liveParts(card.markdown), []);
    assert.ok(cardText(card.markdown).includes(`in [@${evilKey}, para. 1]`), cardText(card.markdown));
  });

  it('a figure card keeps a key with an unbalanced parenthesis inside its link', () => {
    const draft = backcheck.analyze('The tower is 3,131 metres tall.', { lang: 'en' });
    const info = hoverAt(draft, backcheck.library, draft.text.indexOf('3,131') + 1) as Extract<ReturnType<typeof hoverAt>, { kind: 'figure' }>;
    const card = figureHoverMarkdown(info, 'en');
    assert.deepEqual(liveParts(card.markdown), []);
    assert.equal(cardText(card.markdown), '3,131 m — exact match: 3,131 metres in [@a)![p](https://evil.example/px.png), para. 1] The sentence cites no source for it.');
    const href = /<a href="command:backcheck\.openSource\?([^"]*)">/.exec(renderCard(card.markdown))![1];
    assert.deepEqual(JSON.parse(decodeURIComponent(href)), ['a)![p](https://evil.example/px.png)', 1]);
  });

  it('a figure card on a miss links the nearest passages and offers the quick fix as a link', () => {
    const text = 'The damage came to 5,100 euros.';
    const draft = backcheck.analyze(text, { lang: 'en' });
    const finding = backcheck.lint(text, { lang: 'en' }).find((f) => f.ruleId === 'figure-unmatched')!;
    const fix = quickFixes(finding, draft).find((f) => f.preferred)!;
    const info = hoverAt(draft, backcheck.library, text.indexOf('5,100') + 1) as Extract<ReturnType<typeof hoverAt>, { kind: 'figure' }>;
    const card = figureHoverMarkdown(info, 'en', fix, (f) => ['uri', 1, f.edits]);
    assert.deepEqual(liveParts(card.markdown), []);
    assert.deepEqual(card.commands, ['backcheck.openSource', 'backcheck.applyFix']);
    assert.match(card.markdown, /\]\(command:backcheck\.openSource\?%5B%22plain%22%2C1%5D\)/);
    assert.ok(cardText(card.markdown).includes(`${fix.title}`), cardText(card.markdown));
    assert.match(card.markdown, /\]\(command:backcheck\.applyFix\?%5B%22uri%22%2C1%2C%5B%7B%22span%22/);
  });
});

describe('markdownText', () => {
  it('escapes every punctuation mark, drops control characters and joins lines', () => {
    assert.equal(markdownText('a](b) $(x)\n~~~\u001b[31m'), 'a\\]\\(b\\) \\$\\(x\\) \\~\\~\\~\\[31m');
  });
});
