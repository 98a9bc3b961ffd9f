import assert from 'node:assert/strict';

import { parseCitations } from '../../../src/core/citations/parseCitations';
import { analyzeDraft } from '../../../src/core/draft';

/** Each citation as [key, key text at its span, locator label, from, to] per key. */
function read(text: string) {
  return parseCitations(text).map((c) => c.keys.map((k) => [k.key, text.slice(k.span.start, k.span.end), k.locator?.label, k.locator?.from, k.locator?.to]));
}

describe('Pandoc citations', () => {
  const forms: Array<[string, unknown[]]> = [
    ['As reported [@001_4f49291f305e9fb2].', [[['001_4f49291f305e9fb2', '001_4f49291f305e9fb2', undefined, undefined, undefined]]]],
    ['As reported [@wire, para. 3].', [[['wire', 'wire', 'para', 3, 3]]]],
    ['As reported [@wire, paras. 3-4].', [[['wire', 'wire', 'para', 3, 4]]]],
    ['As reported [@wire, ¶ 3].', [[['wire', 'wire', 'para', 3, 3]]]],
    ['As reported [@a; @b, para. 2].', [[['a', 'a', undefined, undefined, undefined], ['b', 'b', 'para', 2, 2]]]],
    ['As reported [see @wire, para. 2].', [[['wire', 'wire', 'para', 2, 2]]]],
    ['As reported [-@wire].', [[['wire', 'wire', undefined, undefined, undefined]]]],
    ['As @wire [para. 3] reported.', [[['wire', 'wire', 'para', 3, 3]]]],
    ['Wie berichtet [@dpa, Abs. 4].', [[['dpa', 'dpa', 'para', 4, 4]]]],
    ['Wie berichtet [@dpa, Z. 12].', [[['dpa', 'dpa', 'line', 12, 12]]]],
    ['As reported [see @wire, para. 2, and elsewhere].', [[['wire', 'wire', 'para', 2, 2]]]],
  ];
  for (const [text, expected] of forms) {
    it(`reads ${text}`, () => assert.deepEqual(read(text), expected));
  }

  it('reads German S. (Seite) as a page, and a page with a paragraph as the paragraph on that page', () => {
    assert.deepEqual(parseCitations('Wie berichtet [@dpa, S. 12].')[0].keys[0].locator, { label: 'page', from: 12, to: 12, span: { start: 21, end: 26 } });
    assert.deepEqual(parseCitations('[@key, p. 4]')[0].keys[0].locator, { label: 'page', from: 4, to: 4, span: { start: 7, end: 11 } });
    // The span covers the page and the paragraph: a quick fix rewrites the whole locator.
    const combined = parseCitations('[@key, p. 4, para. 2]')[0].keys[0].locator;
    assert.deepEqual(combined, { label: 'para', from: 2, to: 2, span: { start: 7, end: 20 }, page: { from: 4, to: 4 } });
    assert.deepEqual(parseCitations('[@key, para. 2-3, S. 4]')[0].keys[0].locator?.page, { from: 4, to: 4 });
  });

  it('does not take a bracketed citation after an in-text key as that key\'s locator', () => {
    const text = 'As @a [@b, para. 2] said.';
    assert.deepEqual(read(text), [[['a', 'a', undefined, undefined, undefined]], [['b', 'b', 'para', 2, 2]]]);
  });

  it('reads page locators for PDF sources: p., pp., S., and a paragraph on a page', () => {
    const locator = (text: string) => {
      const { label, from, to, page, span } = parseCitations(text)[0].keys[0].locator!;
      return { label, from, to, page, text: text.slice(span.start, span.end) };
    };
    assert.deepEqual(locator('As reported [@report, p. 4].'), { label: 'page', from: 4, to: 4, page: undefined, text: 'p. 4' });
    assert.deepEqual(locator('As reported [@report, pp. 4-5].'), { label: 'page', from: 4, to: 5, page: undefined, text: 'pp. 4-5' });
    assert.deepEqual(locator('Wie berichtet [@bericht, S. 7].'), { label: 'page', from: 7, to: 7, page: undefined, text: 'S. 7' });
    assert.deepEqual(locator('As reported [@report, p. 4, para. 2].'), { label: 'para', from: 2, to: 2, page: { from: 4, to: 4 }, text: 'p. 4, para. 2' });
    assert.deepEqual(locator('Wie berichtet [@bericht, S. 4, Abs. 2-3].'), { label: 'para', from: 2, to: 3, page: { from: 4, to: 4 }, text: 'S. 4, Abs. 2-3' });
    assert.deepEqual(locator('As @report [p. 4, para. 2] says.'), { label: 'para', from: 2, to: 2, page: { from: 4, to: 4 }, text: 'p. 4, para. 2' });
  });

  it('reads no figure in a page locator', () => {
    const draft = analyzeDraft('As reported [@report, p. 4, para. 2].\n');
    assert.deepEqual(draft.figures.map((f) => f.text), []);
  });

  it('marks author suppression', () => {
    assert.equal(parseCitations('[-@wire]')[0].keys[0].suppressAuthor, true);
  });

  it('reads no citation in code, links, e-mail addresses or plain brackets', () => {
    const draft = analyzeDraft('Mail news@example.org, see `[@code]`, [a link](https://x.org/@wire) and [brackets].\n');
    assert.deepEqual(draft.citations, []);
  });

  it('gives the exact range of each key in the document', () => {
    const text = '# Title\n\nThe crews [@a; see @bb, para. 2] left.\n';
    const draft = analyzeDraft(text);
    assert.deepEqual(draft.citations[0].keys.map((k) => text.slice(k.span.start, k.span.end)), ['a', 'bb']);
    assert.deepEqual(draft.lines.rangeOf(draft.citations[0].keys[1].span), { start: { line: 2, character: 20 }, end: { line: 2, character: 22 } });
  });
});
