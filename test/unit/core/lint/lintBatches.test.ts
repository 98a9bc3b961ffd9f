import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { analyzeDraft } from '../../../../src/core/draft';
import { byPosition } from '../../../../src/core/lint/firstFindings';
import { lintDraft, lintSteps } from '../../../../src/core/lint/lint';
import { FIGURE_RULES, oneFindingPerMistake, PRECEDENCE } from '../../../../src/core/lint/precedence';
import { RULES } from '../../../../src/core/lint/rules';
import { applySuppressions } from '../../../../src/core/lint/suppressions';
import { Backcheck } from '../../../../src/core/service';
import type { Finding } from '../../../../src/core/types';

const sourcesDir = resolve(__dirname, '../../../fixtures/workspace/sources');
const backcheck = new Backcheck();
for (const file of readdirSync(sourcesDir)) backcheck.library.set({ path: join(sourcesDir, file), bytes: readFileSync(join(sourcesDir, file)) });
const library = backcheck.library;

/** Every rule and every precedence row at work, twice over, with suppression comments between. */
const MIXED = [
  'More than 2,300 tonnes of cargo burned [@en_port_fire, para. 40].',
  'About 640 workers were sent home [@en_port_fires].',
  '"We sent all of our 99 boats at once," said the chief.',
  '"About 350 firefighters came with every truck we had," said the chief [@en_port_fire].',
  'Crews used 999 hoses [@en_port_fires], and 12 pumps, 7 ladders and 3 boats.',
  '<!-- backcheck-disable-next-line figure-unmatched -->',
  'Another 41 trucks and 88 crews came, and about 640 workers went home.',
  '<!-- backcheck-disable figure-uncited -->',
  'About 640 workers left; 2,300 tonnes burned [@en_port_fire, para. 3].',
  '<!-- backcheck-enable figure-uncited -->',
].join('\n\n');
const DRAFT = analyzeDraft(`${MIXED}\n\n${MIXED}\n`);

/** The lint as it was before batches and the cap: every rule at once, precedence, suppression, order. */
function allAtOnce(): Finding[] {
  const findings = RULES.flatMap((rule) => rule.check({ draft: DRAFT, library }).map((r) => ({ ruleId: rule.id, severity: rule.defaultSeverity, ...r, range: DRAFT.lines.rangeOf(r.span) })));
  return applySuppressions(DRAFT.text, DRAFT.lines, oneFindingPerMistake(findings, DRAFT)).sort(byPosition);
}

const ids = (findings: Finding[]) => findings.map((f) => `${f.span.start} ${f.ruleId}`);

describe('lint: figures judged in batches, findings capped', () => {
  const reference = allAtOnce();

  it('the mixed draft sets off every rule and row it is meant to', () => {
    const rules = new Set(reference.map((f) => f.ruleId));
    for (const id of ['citation-locator-out-of-range', 'citation-unknown-source', 'quote-unmatched', 'figure-unmatched', 'figure-uncited']) assert.ok(rules.has(id), id);
    assert.ok(reference.length >= 10, `${reference.length} findings`);
  });

  for (const size of [1, 2, 3, 7, 1000]) {
    it(`batches of ${size} figures give the findings of one pass, in order`, () => {
      assert.deepEqual(ids(lintDraft(DRAFT, library, RULES, {}, { figuresPerBatch: size })), ids(reference));
    });
  }

  it('run a step at a time (as the extension runs it, in slices), the steps give the findings of one pass', () => {
    const steps = lintSteps(DRAFT, library, RULES, {}, { figuresPerBatch: 2 });
    let paused = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) paused++;
    assert.deepEqual(ids(step.value), ids(reference));
    // A pause after each draft rule and after each batch: the steps are small, not one lint in one go.
    const draftRules = RULES.filter((r) => !FIGURE_RULES.includes(r.id)).length;
    assert.equal(paused, draftRules + Math.ceil(DRAFT.figures.length / 2));
  });

  it('past maxFindings: the first findings in order, then one note counting the rest by severity', () => {
    const max = 4;
    const found = lintDraft(DRAFT, library, RULES, {}, { maxFindings: max, figuresPerBatch: 2 });
    assert.deepEqual(ids(found.slice(0, max)), ids(reference.slice(0, max)));
    assert.equal(found.length, max + 1);
    const note = found[max];
    const rest = reference.slice(max);
    const count = (s: string) => rest.filter((f) => f.severity === s).length;
    assert.equal(note.ruleId, 'draft-over-limit');
    assert.deepEqual(note.data, { limit: 'findings', omitted: { errors: count('error'), warnings: count('warning'), infos: count('information') + count('hint') } });
    assert.equal(note.message, `${rest.length} more findings in this file are not listed (at most ${max} a file): ${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} info`);
  });

  it('at or under the cap: no note', () => {
    assert.deepEqual(ids(lintDraft(DRAFT, library, RULES, {}, { maxFindings: reference.length })), ids(reference));
  });

  it('a figure rule that throws is reported once, not once a batch', () => {
    const throwing = { id: 'figure-unmatched', defaultSeverity: 'warning' as const, description: 'x', check: () => { throw new Error('boom'); } };
    const found = lintDraft(DRAFT, library, [throwing], {}, { figuresPerBatch: 1 });
    assert.deepEqual(found.map((f) => f.message), ['rule figure-unmatched failed: boom']);
  });

  it('every loser of a precedence row is a figure rule (the rules run once are never dropped)', () => {
    for (const row of PRECEDENCE) assert.ok(FIGURE_RULES.includes(row.loser), `${row.winner} over ${row.loser}`);
  });
});
