import assert from 'node:assert/strict';

import { joinLines, layoutPdfText, type PdfPage, type PdfTextItem } from '../../../../src/core/sources/pdfLayout';
import { loadSource } from '../../../../src/core/sources/loadSource';
import type { Source } from '../../../../src/core/sources/source';

/** A text run as a PDF places it: 10 pt, 5 pt a character wide (close enough for the layout). */
const run = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, x, y, size, width: str.length * size * 0.5 });
const page = (...items: PdfTextItem[]): PdfPage => ({ width: 595, height: 842, items });
const paragraphsOf = (pages: PdfPage[]) => layoutPdfText(pages).text.trim().split('\n\n');

describe('PDF text layout (text layer to paragraphs)', () => {
  it('joins lines into paragraphs and starts a new one at a wider gap', () => {
    const texts = paragraphsOf([page(run('First line of the', 50, 700), run('first paragraph.', 50, 687), run('Second paragraph.', 50, 661))]);
    assert.deepEqual(texts, ['First line of the first paragraph.', 'Second paragraph.']);
  });

  it('reads two columns column by column, whatever order the runs come in, with a heading across both first', () => {
    const items = [
      run('Left one', 50, 700), run('Right one', 315, 700),
      run('left two.', 50, 687), run('right two.', 315, 687),
      run('A heading that runs across both columns of the page', 50, 740, 12),
    ];
    assert.deepEqual(paragraphsOf([page(...items)]), ['A heading that runs across both columns of the page', 'Left one left two.', 'Right one right two.']);
  });

  it('does not take a one-column page for two columns', () => {
    const lines = ['This is a line of ordinary text that fills the page width', 'and here is the next one, just as long as the first line', 'and a third that ends the paragraph here.'];
    assert.deepEqual(paragraphsOf([page(...lines.map((l, i) => run(l, 50, 700 - 13 * i)))]), [lines.join(' ')]);
  });

  it('joins a word hyphenated at a line end, keeps a compound hyphen before a capital, drops a soft hyphen', () => {
    assert.equal(joinLines('the Hoch-', 'wasser rose'), 'the Hochwasser rose');
    assert.equal(joinLines('am Elbe-', 'Pegel Nord'), 'am Elbe-Pegel Nord');
    assert.equal(joinLines('engi\u00ad', 'neers'), 'engineers');
    assert.equal(joinLines('from 2023 –', 'the year'), 'from 2023 – the year');
    assert.equal(joinLines('rose 12-', '15 cm'), 'rose 12- 15 cm');
  });

  it('leaves out running heads, footers and page numbers that repeat on the pages, keeps what differs', () => {
    const pages = [1, 2, 3].map((n) => page(
      run('City Report 2024', 50, 805, 8),
      run(`Body text of page ${n} with ${n * 100} homes.`, 50, 700),
      run(`Page ${n} of 3`, 50, 40, 8),
    ));
    assert.deepEqual(paragraphsOf(pages), ['Body text of page 1 with 100 homes.', 'Body text of page 2 with 200 homes.', 'Body text of page 3 with 300 homes.']);
  });

  it('keeps a body line that happens to end every page alike: a footer is set off from the body', () => {
    const pages = [1, 2].map((n) => page(run(`Page ${n} begins with ${n * 7} boats and`, 50, 700), run('the same words end it.', 50, 687)));
    assert.deepEqual(paragraphsOf(pages), ['Page 1 begins with 7 boats and the same words end it.', 'Page 2 begins with 14 boats and the same words end it.']);
  });

  it('drops a page number alone at the foot of a single page, not a figure in the body', () => {
    assert.deepEqual(paragraphsOf([page(run('Some 42 people came.', 50, 700), run('42', 290, 40))]), ['Some 42 people came.']);
  });

  it('keeps a paragraph that runs on to the next page on the page it starts on', () => {
    const extracted = layoutPdfText([
      page(run('A paragraph that does not end', 50, 700)),
      page(run('here but on page two.', 50, 780), run('Then a new one.', 50, 754)),
    ]);
    const source = loadSource({ path: 'r.pdf', bytes: new Uint8Array(), extracted }) as Source;
    assert.deepEqual(source.paragraphs.map((p) => [p.text, p.page, p.indexOnPage, p.index]), [
      ['A paragraph that does not end here but on page two.', 1, 1, 1],
      ['Then a new one.', 2, 1, 2],
    ]);
    assert.equal(source.pages, 2);
  });

  it('numbers paragraphs per page and through the document, and counts a blank page', () => {
    const extracted = layoutPdfText([page(run('One.', 50, 700), run('Two.', 50, 670)), page(), page(run('Three.', 50, 700))]);
    const source = loadSource({ path: 'r.pdf', bytes: new Uint8Array(), extracted }) as Source;
    assert.deepEqual(source.paragraphs.map((p) => [p.index, p.page, p.indexOnPage]), [[1, 1, 1], [2, 1, 2], [3, 3, 1]]);
    assert.equal(source.pages, 3);
  });
});
