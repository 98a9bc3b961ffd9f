import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { analyzeDraft } from '../../../../src/core/draft';
import { FIGURE_RULES, oneFindingPerMistake, PRECEDENCE } from '../../../../src/core/lint/precedence';
import { RULES } from '../../../../src/core/lint/rules';
import { Backcheck } from '../../../../src/core/service';
import type { Finding } from '../../../../src/core/types';

const sourcesDir = resolve(__dirname, '../../../fixtures/workspace/sources');
const backcheck = new Backcheck();
for (const file of readdirSync(sourcesDir)) backcheck.library.set({ path: join(sourcesDir, file), bytes: readFileSync(join(sourcesDir, file)) });

/** Which rules fire on a draft when each runs on its own, before precedence. */
function rawRules(text: string): string[] {
  const draft = analyzeDraft(text);
  return RULES.filter((r) => r.check({ draft, library: backcheck.library }).length > 0).map((r) => r.id).sort();
}

const lintIds = (text: string, severities = {}) => backcheck.lint(text, { severities }).map((f) => f.ruleId);

describe('one finding per mistake', () => {
  const cases: Array<{ name: string; text: string; both: string[]; winner: string }> = [
    {
      name: 'an out-of-range locator is not also a locator mismatch',
      text: 'More than 2,300 tonnes of cargo burned [@en_port_fire, para. 40].\n',
      both: ['citation-locator-mismatch', 'citation-locator-out-of-range'],
      winner: 'citation-locator-out-of-range',
    },
    {
      name: 'an unknown key does not also make its sentence\'s figure uncited',
      text: 'About 640 workers were sent home [@en_port_fires].\n',
      both: ['citation-unknown-source', 'figure-uncited'],
      winner: 'citation-unknown-source',
    },
    {
      name: 'a figure inside an unmatched quotation is not also unmatched',
      text: '"We sent all of our 99 boats at once," said the chief.\n',
      both: ['figure-unmatched', 'quote-unmatched'],
      winner: 'quote-unmatched',
    },
    {
      name: 'a figure inside an unmatched quotation is not also in the wrong source',
      text: '"About 350 firefighters came with every truck we had," said the chief [@en_port_fire].\n',
      both: ['figure-not-in-cited-source', 'quote-unmatched'],
      winner: 'quote-unmatched',
    },
    {
      name: 'a figure inside an unmatched quotation is not also at the wrong locator',
      text: '"More than 2,300 tonnes of cargo are lost for good," she said [@en_port_fire, para. 3].\n',
      both: ['citation-locator-mismatch', 'quote-unmatched'],
      winner: 'quote-unmatched',
    },
    {
      name: 'a figure inside an unmatched quotation is not also uncited',
      text: '"About 640 workers had to go home early that day," she said.\n',
      both: ['figure-uncited', 'quote-unmatched'],
      winner: 'quote-unmatched',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.deepEqual(rawRules(c.text), c.both, 'both rules fire on their own');
      assert.deepEqual(lintIds(c.text), [c.winner]);
    });
  }

  it('reports the other finding when the winning rule is off', () => {
    assert.deepEqual(lintIds(cases[0].text, { 'citation-locator-out-of-range': 'off' }), ['citation-locator-mismatch']);
  });

  it('suppressing the winner suppresses the mistake', () => {
    const text = '<!-- backcheck-disable-next-line citation-locator-out-of-range -->\n' + cases[0].text;
    assert.deepEqual(lintIds(text), []);
  });

  it('keeps two mistakes in one sentence: an unknown key and a figure in no source', () => {
    assert.deepEqual(lintIds('Crews used 999 hoses [@en_port_fires].\n').sort(), ['citation-unknown-source', 'figure-unmatched']);
  });

  it('keeps only the most fundamental of two figure findings on one figure, for every pair', () => {
    const draft = analyzeDraft('Crews used 48 vehicles.\n');
    const finding = (ruleId: string): Finding => ({ ruleId, severity: 'warning', message: ruleId, span: { start: 11, end: 13 }, range: draft.lines.rangeOf({ start: 11, end: 13 }) });
    for (const [i, a] of FIGURE_RULES.entries()) {
      for (const b of FIGURE_RULES.slice(i + 1)) {
        assert.deepEqual(oneFindingPerMistake([finding(b), finding(a)], draft).map((f) => f.ruleId), [a], `${a} over ${b}`);
      }
    }
    // Findings on different figures are different mistakes.
    const other = { ...finding('figure-uncited'), span: { start: 0, end: 5 } };
    assert.equal(oneFindingPerMistake([finding('figure-unmatched'), other], draft).length, 2);
  });

  it('lists every rule of a row among the known rules, and docs/rules.md has each row', () => {
    const known = new Set([...RULES.map((r) => r.id), 'figure-subject-mismatch']);
    const docs = readFileSync(resolve(__dirname, '../../../../docs/rules.md'), 'utf8');
    for (const row of PRECEDENCE) {
      assert.ok(known.has(row.winner) && known.has(row.loser), `${row.winner} / ${row.loser}`);
      assert.match(docs, new RegExp(`\\| \`${row.winner}\` \\|[^\\n]*\`${row.loser}\``), `docs/rules.md has ${row.winner} over ${row.loser}`);
    }
  });
});
