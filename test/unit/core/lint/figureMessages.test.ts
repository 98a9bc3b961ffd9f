import assert from 'node:assert/strict';

import { Backcheck } from '../../../../src/core/service';

/**
 * The figure rules' messages name a figure with what it counts where its sentence says so
 * ("240 workers", not "240"): a bare number leaves the writer to find which one is meant.
 */
function library(): Backcheck {
  const backcheck = new Backcheck();
  const put = (path: string, text: string) => backcheck.library.set({ path, bytes: new TextEncoder().encode(text) });
  put('sources/acme.txt', 'The Acme plant employs 1,800 workers.\n\nIn May 240 workers left the plant.\n');
  put('sources/depot.txt', 'The depot sent 420 trucks to the coast.\n');
  return backcheck;
}

describe('figure messages name what the figure counts', () => {
  const backcheck = library();
  const lint = (text: string) => backcheck.lint(text, { lang: 'en' });
  const only = (text: string, rule: string) => {
    const found = lint(text).filter((f) => f.ruleId === rule);
    assert.equal(found.length, 1, JSON.stringify(lint(text).map((f) => f.message)));
    return found[0];
  };

  it('figure-not-in-cited-source, and its related note', () => {
    const finding = only('The depot sent 420 trucks [@acme].\n', 'figure-not-in-cited-source');
    assert.equal(finding.message, '420 trucks is not in [@acme]; it is in [@depot, para. 1]');
    assert.deepEqual(finding.related?.map((r) => r.message), ['420 trucks in para. 1']);
  });

  it('citation-locator-mismatch, and its related note', () => {
    const finding = only('In May 240 workers left [@acme, para. 1].\n', 'citation-locator-mismatch');
    assert.equal(finding.message, '240 workers is not in para. 1 of [@acme]; it is in para. 2');
    assert.deepEqual(finding.related?.map((r) => r.message), ['240 workers in para. 2']);
  });

  it('figure-uncited', () => {
    assert.equal(only('The plant employs 1,800 workers.\n', 'figure-uncited').message, '1,800 workers is in [@acme, para. 1] but not cited');
  });

  it('figure-unmatched', () => {
    assert.match(only('The plant employs 2,900 workers.\n', 'figure-unmatched').message, /^2,900 workers is in no source/);
  });

  it('keeps a figure that names no subject as written', () => {
    assert.match(only('The bill came to 77,777 euros.\n', 'figure-unmatched').message, /^77,777 euros is in no source/);
  });
});
