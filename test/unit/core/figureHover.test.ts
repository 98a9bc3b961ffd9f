import assert from 'node:assert/strict';

import { translatorFor } from '../../../src/cli/locale';
import { hoverAt } from '../../../src/core/features/hoverAt';
import { figureHoverMarkdown } from '../../../src/core/features/hoverMarkdown';
import { FIGURE_RULES } from '../../../src/core/lint/precedence';
import { Backcheck } from '../../../src/core/service';
import { cardText } from '../../support/inertMarkdown';

/**
 * The card on a figure says what the lint says of it: the match in the cited source where there
 * is one (though another source has it too), else that the cited source lacks it and where it is.
 * A card that says "exact match" beside a figure-not-in-cited-source warning contradicts it.
 */
function library(): Backcheck {
  const backcheck = new Backcheck();
  const put = (path: string, text: string) => backcheck.library.set({ path, bytes: new TextEncoder().encode(text) });
  // Loaded first, so a look-up over the whole library finds its figures before the cited source's.
  put('sources/beta.txt', 'Beta also employs 1,800 workers.\n\nBeta keeps 650 workers on call.\n');
  put('sources/acme.txt', 'The Acme plant employs 1,800 workers.\n\nIn May 240 workers left the plant.\n');
  put('sources/depot.txt', 'The depot sent 420 trucks to the coast.\n');
  return backcheck;
}

describe('the figure hover agrees with the lint', () => {
  const backcheck = library();
  const card = (text: string, figure: string, translate = translatorFor('en')) => {
    const draft = backcheck.analyze(text, { lang: 'en' });
    const info = hoverAt(draft, backcheck.library, text.indexOf(figure) + 1);
    assert.equal(info?.kind, 'figure');
    const markdown = figureHoverMarkdown(info as Extract<typeof info, { kind: 'figure' }>, 'en', undefined, undefined, undefined, translate).markdown;
    return { text: cardText(markdown), markdown };
  };
  const figureRules = (text: string) => backcheck.lint(text, { lang: 'en' }).filter((f) => FIGURE_RULES.includes(f.ruleId)).map((f) => f.ruleId);
  const linkTo = (key: string, paragraph: number) => `command:backcheck.openSource?${encodeURIComponent(JSON.stringify([key, paragraph]))}`;

  it('a figure in the cited source: the match there, though another source has it too', () => {
    const text = 'The Acme plant employs 1,800 workers [@acme].\n';
    assert.deepEqual(figureRules(text), []);
    const { text: said, markdown } = card(text, '1,800');
    assert.equal(said, '1,800 — exact match: 1,800 in [@acme, para. 1] 1,800 workers, exact');
    assert.ok(markdown.includes(linkTo('acme', 1)), markdown);
  });

  it('a figure the cited source lacks: not in it, and where it is', () => {
    const text = 'Acme keeps 650 workers on call [@acme].\n';
    assert.deepEqual(figureRules(text), ['figure-not-in-cited-source']);
    const { text: said, markdown } = card(text, '650');
    assert.equal(said, '650 is not in [@acme]; found elsewhere: 650 in [@beta, para. 2] 650 workers, exact');
    assert.ok(markdown.includes(linkTo('beta', 2)), markdown);
    assert.doesNotMatch(said, /match:/);
  });

  it('a figure outside the cited passage: not there, and where in the source it is', () => {
    const text = 'In May 240 workers left [@acme, para. 1].\n';
    assert.deepEqual(figureRules(text), ['citation-locator-mismatch']);
    assert.equal(card(text, '240').text, '240 is not in the cited passage of [@acme]; found elsewhere in it: 240 in [@acme, para. 2] 240 workers, exact');
  });

  it('a figure whose sentence cites nothing: the match, and that it is not cited', () => {
    const text = 'In May 240 workers left.\n';
    assert.deepEqual(figureRules(text), ['figure-uncited']);
    assert.equal(card(text, '240').text, '240 — exact match: 240 in [@acme, para. 2] 240 workers, exact The sentence cites no source for it.');
  });

  it('a number the sources have about something else: what they count with it, and where', () => {
    const text = 'The depot sent 420 workers [@depot].\n';
    assert.deepEqual(figureRules(text), ['figure-subject-mismatch']);
    assert.equal(card(text, '420').text, '420 is in no source; the sources have the number only as trucks: 420 in [@depot, para. 1]');
  });

  it('says so in German', () => {
    assert.equal(card('Acme keeps 650 workers on call [@acme].\n', '650', translatorFor('de')).text, '650 steht nicht in [@acme]; gefunden in einer anderen Quelle: 650 in [@beta, para. 2] 650 workers, genau');
  });
});
