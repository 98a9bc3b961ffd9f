import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { translatorFor } from '../../../src/cli/locale';
import { hoverAt } from '../../../src/core/features/hoverAt';
import { citationHoverMarkdown, figureHoverMarkdown } from '../../../src/core/features/hoverMarkdown';
import { quickFixes } from '../../../src/core/features/quickFixes';
import { CATALOGUE } from '../../../src/core/messages/catalogue';
import { fill, message, render, renderFinding } from '../../../src/core/messages/message';
import { Backcheck } from '../../../src/core/service';

const fixtures = resolve(__dirname, '../../fixtures');
const sourcesDir = join(fixtures, 'workspace', 'sources');
const german = translatorFor('de');

function fixtureBackcheck(): Backcheck {
  const backcheck = new Backcheck();
  for (const file of readdirSync(sourcesDir)) backcheck.library.set({ path: join(sourcesDir, file), bytes: readFileSync(join(sourcesDir, file)) });
  return backcheck;
}

describe('the message catalogue', () => {
  const backcheck = fixtureBackcheck();
  const findings = ['en-draft.md', 'de-draft.md'].flatMap((file) => backcheck.lint(readFileSync(join(fixtures, 'lint', file), 'utf8')));

  it('gives every rule finding and related note an id whose English is its message, byte for byte', () => {
    assert.ok(new Set(findings.map((f) => f.ruleId)).size >= 6, 'the fixtures raise most rules');
    for (const f of findings) {
      // A rule's message goes in src/core/messages/catalogue.ts (and its German in l10n/bundle.l10n.de.json):
      // `...says(message(id, args))` in the rule instead of `message: \`...\``.
      assert.ok(f.messageId && f.messageId in CATALOGUE, `${f.ruleId}: "${f.message}" has no catalogue id, so it cannot be shown in German`);
      assert.equal(render({ id: f.messageId, args: f.messageArgs ?? {} }), f.message);
      for (const r of f.related ?? []) {
        // A quotation's closest passage is the source's own text, which no catalogue holds.
        if (f.ruleId === 'quote-unmatched') continue;
        assert.ok(r.messageId, `${f.ruleId}: related "${r.message}" has an id`);
        assert.equal(renderFinding(r, (t, a) => fill(t, a)), r.message);
      }
    }
  });

  it('renders the findings in German, nested messages too', () => {
    const english = backcheck.lint(readFileSync(join(fixtures, 'lint', 'en-draft.md'), 'utf8'));
    const de = Object.fromEntries(english.map((f) => [f.ruleId, renderFinding(f, german)]));
    assert.equal(de['citation-unknown-source'], 'keine Quelle hat den Schlüssel „en_port_fires“; meinten Sie „en_port_fire“?');
    assert.equal(de['citation-locator-out-of-range'], '[@en_port_fire] hat 4 Absätze; Abs. 9 gibt es nicht');
    assert.equal(de['figure-uncited'], '350 firefighters steht in [@de_hafenbrand, para. 2], ist aber nicht belegt');
    assert.equal(de['figure-not-in-cited-source'], '48 vehicles steht nicht in [@en_port_fire], sondern in [@de_hafenbrand, para. 2]');
  });

  it('keeps a finding without an id (an older cache) in its English', () => {
    assert.equal(renderFinding({ message: 'as cached' }, german), 'as cached');
  });

  it('fills placeholders once: an argument holding "{name}" stays as written', () => {
    assert.equal(fill('{a} and {b}', { a: '{b}', b: 'x' }), '{b} and x');
    assert.equal(fill('{a} and {missing}', { a: '1' }), '1 and {missing}');
    assert.equal(render(message('fix.suppress', { rule: 'figure-{x}' }), german), 'figure-{x} in dieser Zeile unterdrücken');
  });

  it('writes hover cards and quick fixes in the language it is given', () => {
    const draft = backcheck.analyze('The fire cost 9,876,543 euros, officials said [@en_port_fires].', { lang: 'en' });
    const figure = hoverAt(draft, backcheck.library, draft.text.indexOf('9,876') + 1);
    assert.equal(figure?.kind, 'figure');
    const english = figureHoverMarkdown(figure as Extract<typeof figure, { kind: 'figure' }>, 'en');
    const deutsch = figureHoverMarkdown(figure as Extract<typeof figure, { kind: 'figure' }>, 'en', undefined, undefined, undefined, german);
    assert.match(english.markdown, /\*\* is in no source\./);
    assert.match(deutsch.markdown, /\*\* steht in keiner Quelle\.\n\nNächstliegende Fundstellen: /);
    const citation = hoverAt(draft, backcheck.library, draft.text.indexOf('en_port_fires') + 1);
    assert.match(citationHoverMarkdown(citation as Extract<typeof citation, { kind: 'citation' }>, german).markdown, /: Keine Quelle hat diesen Schlüssel$/);
    const finding = backcheck.lint(draft.text).find((f) => f.ruleId === 'citation-unknown-source')!;
    assert.deepEqual(quickFixes(finding, draft, german).map((f) => f.title), ['In @en_port_fire ändern', 'citation-unknown-source in dieser Zeile unterdrücken']);
    assert.deepEqual(quickFixes(finding, draft).map((f) => f.title), ['Change to @en_port_fire', 'Suppress citation-unknown-source on this line']);
  });
});
