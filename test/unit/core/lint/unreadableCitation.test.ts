import assert from 'node:assert/strict';

import { translatorFor } from '../../../../src/cli/locale';
import { citationHoverMarkdown } from '../../../../src/core/features/hoverMarkdown';
import { hoverAt } from '../../../../src/core/features/hoverAt';
import { message, renderFinding } from '../../../../src/core/messages/message';
import { Backcheck } from '../../../../src/core/service';
import { cardText } from '../../../support/inertMarkdown';

/**
 * A cited source that exists but cannot be read (a damaged PDF) is no unknown key: the citation
 * says the file could not be read, and why, instead of "no source has the key".
 */
function library(): Backcheck {
  const backcheck = new Backcheck();
  backcheck.library.set({ path: 'sources/acme.txt', bytes: new TextEncoder().encode('The Acme plant employs 1,800 workers.\n') });
  // What the PDF reader reports for a damaged file (src/node), as the host records it.
  const said = message('reason.pdfInvalid', { error: 'Invalid PDF structure' });
  backcheck.library.setUnreadable('sources/reports/broken.pdf', { reason: 'not a readable PDF: Invalid PDF structure', said });
  return backcheck;
}

describe('a citation of a source that cannot be read', () => {
  const backcheck = library();
  const text = 'The plant opened in spring [@broken].\n';
  const finding = () => backcheck.lint(text, { lang: 'en' }).find((f) => f.ruleId === 'citation-unknown-source');

  it('says the source cannot be read, and why, under the same rule id', () => {
    assert.equal(finding()?.message, 'the source "broken" (broken.pdf) cannot be read: not a readable PDF: Invalid PDF structure');
  });

  it('offers no other key to change to: the key is right, the file is not', () => {
    assert.deepEqual(finding()?.data, { key: 'broken', candidates: [], unreadable: 'sources/reports/broken.pdf' });
  });

  it('says so in German', () => {
    assert.equal(renderFinding(finding()!, translatorFor('de')), 'die Quelle „broken“ (broken.pdf) kann nicht gelesen werden: kein lesbares PDF: Invalid PDF structure');
  });

  it('still calls a key no file has unknown', () => {
    const other = backcheck.lint('The plant opened in spring [@brokn].\n', { lang: 'en' }).find((f) => f.ruleId === 'citation-unknown-source');
    assert.match(other!.message, /^no source has the key "brokn"/);
  });

  it('the citation hover says the source cannot be read, not that no source has the key', () => {
    const draft = backcheck.analyze(text, { lang: 'en' });
    const info = hoverAt(draft, backcheck.library, text.indexOf('broken') + 1);
    assert.equal(info?.kind, 'citation');
    const card = citationHoverMarkdown(info as Extract<typeof info, { kind: 'citation' }>);
    assert.match(cardText(card.markdown), /^@broken ?: the source broken\.pdf cannot be read: not a readable PDF: Invalid PDF structure$/);
  });
});
