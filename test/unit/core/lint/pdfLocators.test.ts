import assert from 'node:assert/strict';

import { quickFixes } from '../../../../src/core/features/quickFixes';
import { Backcheck } from '../../../../src/core/service';
import { layoutPdfText, type PdfTextItem } from '../../../../src/core/sources/pdfLayout';

const run = (str: string, y: number): PdfTextItem => ({ str, x: 50, y, size: 10, width: str.length * 5 });

/**
 * A two-page "PDF" (its text layer, as pdf.js gives it) whose paragraphs are cited by page and
 * paragraph on the page, beside a text source cited by paragraph.
 */
function backcheck(): Backcheck {
  const bc = new Backcheck();
  const pages = [
    [run('The port handled 12 ships on Monday.', 700), run('Its cranes moved 40 containers.', 670)],
    [run('The council approved 7 new berths.', 700), run('Dredging will cost 90 million euros.', 670)],
  ].map((items) => ({ width: 595, height: 842, items }));
  bc.library.set({ path: 'report.pdf', bytes: new Uint8Array(), extracted: layoutPdfText(pages, { title: 'Port report', lang: 'en' }) });
  bc.library.set({ path: 'wire.txt', bytes: new TextEncoder().encode('The mayor spoke for 25 minutes.\n\nShe took 6 questions.\n') });
  return bc;
}

/** Every finding of a one-line draft as "rule: message", and the fixes' titles and new texts. */
function check(bc: Backcheck, text: string) {
  const draft = bc.analyze(text);
  return bc.lint(text).map((f) => ({
    finding: `${f.ruleId}: ${f.message}`,
    related: (f.related ?? []).map((r) => r.message),
    fixes: quickFixes(f, draft).filter((x) => !x.title.startsWith('Suppress')).map((x) => `${x.title} => ${x.edits.map((e) => e.newText).join(' + ')}`),
  }));
}

describe('PDF paragraphs in findings and quick fixes: p. N, para. M', () => {
  const bc = backcheck();

  it('figure-uncited names the page and paragraph, and its fix cites them', () => {
    assert.deepEqual(check(bc, 'Dredging will cost 90 million euros.\n'), [{
      finding: 'figure-uncited: 90 million euros is in [@report, p. 2, para. 2] but not cited',
      related: [],
      fixes: ['Cite [@report, p. 2, para. 2] =>  [@report, p. 2, para. 2]'],
    }]);
  });

  it('citation-locator-mismatch says where the figure is, and its fix rewrites the whole locator', () => {
    const text = 'The council approved 7 new berths [@report, p. 1, para. 1].\n';
    assert.deepEqual(check(bc, text), [{
      finding: 'citation-locator-mismatch: 7 is not in p. 1, para. 1 of [@report]; it is in p. 2, para. 1',
      related: ['7 in p. 2, para. 1'],
      fixes: ['Cite p. 2, para. 1 of [@report] => p. 2, para. 1'],
    }]);
  });

  it('figure-not-in-cited-source points to the PDF passage', () => {
    assert.deepEqual(check(bc, 'Its cranes moved 40 containers [@wire, para. 1].\n'), [{
      finding: 'figure-not-in-cited-source: 40 is not in [@wire]; it is in [@report, p. 1, para. 2]',
      related: ['40 in p. 1, para. 2'],
      fixes: ['Cite [@report, p. 1, para. 2] instead => [@report, p. 1, para. 2]'],
    }]);
  });

  it('figure-unmatched offers the nearest PDF figure with its page and paragraph', () => {
    const [unmatched] = check(bc, 'Its cranes moved 41 containers.\n');
    assert.equal(unmatched.finding, 'figure-unmatched: 41 is in no source; nearest: 40 in [@report, p. 1, para. 2]');
    assert.equal(unmatched.related[0], '40 in p. 1, para. 2');
    assert.equal(unmatched.fixes[0], 'Replace with 40 from [@report, p. 1, para. 2] => 40 +  [@report, p. 1, para. 2]');
  });

  it('does not add a second citation of a PDF passage the sentence already cites', () => {
    const [unmatched] = check(bc, 'Its cranes moved 41 containers [@report, p. 1, para. 2].\n');
    assert.equal(unmatched.fixes[0], 'Replace with 40 from [@report, p. 1, para. 2] => 40');
  });

  it('keeps para. N for a source without pages', () => {
    assert.deepEqual(check(bc, 'She took 6 questions.\n').map((f) => f.finding), ['figure-uncited: 6 is in [@wire, para. 2] but not cited']);
  });
});
