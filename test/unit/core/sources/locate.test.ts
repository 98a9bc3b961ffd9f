import assert from 'node:assert/strict';

import { parseCitations } from '../../../../src/core/citations/parseCitations';
import { citationCompletions } from '../../../../src/core/features/completions';
import { hoverAt } from '../../../../src/core/features/hoverAt';
import { Backcheck } from '../../../../src/core/service';
import { citationOf, describeLocator, locate, locatorOf } from '../../../../src/core/sources/locate';
import { layoutPdfText, type PdfTextItem } from '../../../../src/core/sources/pdfLayout';
import type { Source } from '../../../../src/core/sources/source';

const run = (str: string, y: number): PdfTextItem => ({ str, x: 50, y, size: 10, width: str.length * 5 });

/** A three-page "PDF" (its text layer, as pdf.js would give it) and a plain-text source. */
function backcheck(): Backcheck {
  const bc = new Backcheck();
  const pages = [
    [run('Page one has 12 boats.', 700), run('And 40 cars.', 670)],
    [run('Page two has 7 bridges.', 700), run('And 3 ferries.', 670), run('And 90 trucks.', 640)],
    [run('Page three has 5 trains.', 700)],
  ].map((items) => ({ width: 595, height: 842, items }));
  bc.library.set({ path: 'report.pdf', bytes: new Uint8Array(), extracted: layoutPdfText(pages, { title: 'Report' }) });
  bc.library.set({ path: 'wire.txt', bytes: new TextEncoder().encode('One 12 boats.\nTwo 7 bridges.\n') });
  return bc;
}

const locatorIn = (text: string) => parseCitations(text)[0].keys[0].locator;

describe('locators in paged sources', () => {
  const bc = backcheck();
  const report = bc.library.byKey('report') as Source;
  const wire = bc.library.byKey('wire') as Source;
  const texts = (text: string, source = report) => {
    const located = locate(source, locatorIn(text));
    if (!located) return undefined;
    return 'outOfRange' in located ? located.outOfRange : located.paragraphs.map((p) => p.text);
  };

  it('resolves p., pp., p. N, para. M and the global para. N', () => {
    assert.deepEqual(texts('[@report, p. 2]'), ['Page two has 7 bridges.', 'And 3 ferries.', 'And 90 trucks.']);
    assert.deepEqual(texts('[@report, pp. 2-3]')?.length, 4);
    assert.deepEqual(texts('[@report, p. 2, para. 3]'), ['And 90 trucks.']);
    assert.deepEqual(texts('[@report, S. 1, Abs. 2]'), ['And 40 cars.']);
    assert.deepEqual(texts('[@report, para. 3]'), ['Page two has 7 bridges.']);
    assert.equal(texts('[@report]'), undefined);
  });

  it('says what does not exist: a page, a paragraph on a page, a paragraph', () => {
    assert.equal(texts('[@report, p. 4]'), 'has 3 pages; p. 4 does not exist');
    assert.equal(texts('[@report, p. 3, para. 2]'), 'has 1 paragraph on p. 3; para. 2 does not exist');
    assert.equal(texts('[@report, para. 9]'), 'has 6 paragraphs; para. 9 does not exist');
  });

  it('leaves a page locator on a source without pages alone, and counts p. N, para. M there as para. M', () => {
    assert.equal(texts('[@wire, p. 2]', wire), undefined);
    assert.deepEqual(texts('[@wire, p. 1, para. 2]', wire), ['Two 7 bridges.']);
  });

  it('writes and describes locators as Backcheck writes them', () => {
    assert.deepEqual(report.paragraphs.map(locatorOf), ['p. 1, para. 1', 'p. 1, para. 2', 'p. 2, para. 1', 'p. 2, para. 2', 'p. 2, para. 3', 'p. 3, para. 1']);
    assert.equal(locatorOf(wire.paragraphs[1]), 'para. 2');
    assert.equal(citationOf(report, 'report', 5), '[@report, p. 2, para. 3]');
    assert.equal(citationOf(wire, 'wire', 2), '[@wire, para. 2]');
    assert.equal(describeLocator(locatorIn('[@r, pp. 2-3]')!), 'pp. 2-3');
    assert.equal(describeLocator(locatorIn('[@r, S. 4, Abs. 2-3]')!), 'p. 4, paras. 2-3');
  });

  it('checks figures against the cited page, hovers show its paragraphs, completion offers page and paragraph', () => {
    const rules = (text: string) => bc.lint(text).map((f) => f.ruleId);
    assert.deepEqual(rules('It saw 7 bridges [@report, p. 2].\n'), []);
    assert.deepEqual(rules('It saw 7 bridges [@report, p. 1].\n'), ['citation-locator-mismatch']);
    assert.deepEqual(rules('It saw 90 trucks [@report, p. 2, para. 3].\n'), []);
    assert.deepEqual(rules('It saw 90 trucks [@report, p. 5].\n'), ['citation-locator-out-of-range']);

    const text = 'It saw 90 trucks [@report, p. 2, para. 3].\n';
    const info = hoverAt(bc.analyze(text), bc.library, text.indexOf('report') + 1);
    assert.ok(info?.kind === 'citation');
    assert.deepEqual(info.sections[0].paragraphs.map((p) => [p.page, p.indexOnPage, p.text]), [[2, 3, 'And 90 trucks.']]);
    const outside = 'It saw 90 trucks [@report, p. 5].\n';
    const missing = hoverAt(bc.analyze(outside), bc.library, outside.indexOf('report') + 1);
    assert.ok(missing?.kind === 'citation');
    assert.equal(missing.sections[0].outOfRange?.message, 'The source has 3 pages; p. 5 does not exist.');

    const items = citationCompletions('See [@', 6, bc.library)!.items;
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('p. 2 ¶3 report') && labels.includes('¶2 wire'), JSON.stringify(labels));
    const inserts = items.map((i) => i.insertText);
    assert.ok(inserts.includes('report, p. 2, para. 3]') && inserts.includes('wire, para. 2]'), JSON.stringify(inserts));
  });
});
