import assert from 'node:assert/strict';

import fc from 'fast-check';

import { Postings } from '../../../../src/core/sources/postings';

/** An owner with items, as the passage index has them: a source and its passages. */
const passagesOf = (owner: string, count: number) => Array.from({ length: count }, (_, i) => `${owner}¶${i + 1}`);

/** Postings of owners with this many items each, in order, and ids posted under terms (kind 0). */
const holding = (owners: Record<string, number>, posted: Record<string, number[]>, swept?: () => void) => {
  const postings = new Postings<string, string>(1, swept);
  for (const [owner, count] of Object.entries(owners)) postings.add(owner, passagesOf(owner, count));
  for (const [term, ids] of Object.entries(posted)) for (const id of ids) postings.post(term, id);
  return postings;
};

/** The live items posted under `term`, read through the ids as an index reads them. */
const liveUnder = <O, I>(postings: Postings<O, I>, term: string, kind = 0) =>
  (postings.list(term, kind) ?? []).filter((id) => postings.alive[id] === 1).map((id) => postings.itemOf(id));

/** Each held owner's items by its ids. */
const itemsById = <O, I>(postings: Postings<O, I>, owner: O) => {
  const first = postings.firstId(owner) ?? 0;
  return Array.from({ length: postings.idCount(owner) }, (_, i) => postings.itemOf(first + i));
};

describe('Postings', () => {
  it('gives an owner the next ids, one per item and in order, and posts them under their terms', () => {
    const postings = new Postings<string, string>();
    assert.equal(postings.add('a', passagesOf('a', 3)), 0);
    assert.equal(postings.add('b', ['b']), 3);
    assert.equal(postings.size, 4);
    assert.deepEqual([postings.firstId('a'), postings.idCount('a'), postings.firstId('b'), postings.idCount('b')], [0, 3, 3, 1]);
    assert.deepEqual(itemsById(postings, 'a'), ['a¶1', 'a¶2', 'a¶3']);
    assert.equal(postings.post('river', 0), true);
    assert.equal(postings.post('river', 2), false);
    postings.post('river', 3);
    assert.deepEqual(postings.list('river'), [0, 2, 3]);
    assert.deepEqual([...postings.alive.subarray(0, 4)], [1, 1, 1, 1]);
    assert.deepEqual([...postings.liveItems()], ['a¶1', 'a¶2', 'a¶3', 'b']);
    assert.equal(postings.list('ferry'), undefined);
  });

  it('keeps an id posted twice in a row under one term once, and two items of one owner both', () => {
    const postings = new Postings<string, string>();
    postings.add('a', passagesOf('a', 2));
    for (const id of [0, 0, 1, 1]) postings.post('river', id);
    assert.deepEqual(postings.list('river'), [0, 1]);
  });

  it('posts an item under a set of its terms in one call, as posting them one by one does', () => {
    const one = new Postings<string, string>(2);
    const each = new Postings<string, string>(2);
    for (const postings of [one, each]) postings.add('a', passagesOf('a', 2));
    const terms = [new Set(['river', 'ferry']), new Set(['ferry', 'bridge'])];
    terms.forEach((set, id) => {
      for (const term of set) one.post(term, id, 1);
      each.postEach(set, id, 1);
    });
    for (const term of ['river', 'ferry', 'bridge']) assert.deepEqual(each.list(term, 1), one.list(term, 1), term);
    assert.deepEqual(each.list('ferry', 1), [0, 1]);
    assert.equal(each.list('ferry', 0), undefined);
  });

  it('keeps each kind of term apart: a word and a figure key spelt alike are two lists', () => {
    const postings = new Postings<string, string>(2);
    postings.add('a', passagesOf('a', 2));
    postings.post('12', 0, 0);
    postings.post('12', 1, 1);
    assert.deepEqual([postings.list('12', 0), postings.list('12', 1)], [[0], [1]]);
  });

  it('marks a removed owner dead without sweeping while the dead do not outnumber the live', () => {
    let sweeps = 0;
    const postings = holding({ a: 2, b: 2 }, { river: [1, 2] }, () => sweeps++);
    assert.deepEqual(postings.remove('a'), ['a¶1', 'a¶2']);
    assert.equal(sweeps, 0);
    assert.equal(postings.has('a'), false);
    assert.equal(postings.idCount('a'), 0);
    assert.equal(postings.firstId('a'), undefined);
    // The dead id stays in its list until a sweep, flagged dead; its item is let go at once.
    assert.deepEqual(postings.list('river'), [1, 2]);
    assert.deepEqual([...postings.alive.subarray(0, 4)], [0, 0, 1, 1]);
    assert.equal(postings.itemOf(1), undefined);
    assert.deepEqual(liveUnder(postings, 'river'), ['b¶1']);
    assert.deepEqual([...postings.liveItems()], ['b¶1', 'b¶2']);
    // An owner not held removes nothing.
    assert.deepEqual(postings.remove('nobody'), []);
    assert.equal(sweeps, 0);
  });

  it('sweeps once the dead outnumber the live: live ids renumbered in the order they came, dead ones and emptied terms dropped', () => {
    const sweeps: string[][] = [];
    const postings = new Postings<string, string>(2, (items) => sweeps.push([...items]));
    postings.add('a', passagesOf('a', 2)); // 0, 1
    postings.add('b', ['b']); // 2
    postings.add('c', passagesOf('c', 2)); // 3, 4
    postings.post('river', 0);
    postings.post('river', 2);
    postings.post('river', 4);
    postings.post('ferry', 1, 1);
    postings.post('bridge', 3);
    postings.remove('a');
    assert.equal(sweeps.length, 0, 'two dead, three live');
    postings.remove('c');
    // Told once, with the items by their new ids.
    assert.deepEqual(sweeps, [['b']], 'four dead, one live');
    assert.equal(postings.size, 1);
    assert.equal(postings.firstId('b'), 0);
    assert.equal(postings.itemOf(0), 'b');
    assert.deepEqual(postings.list('river'), [0]);
    assert.equal(postings.hasTerm('bridge'), false);
    assert.equal(postings.list('bridge'), undefined);
    assert.equal(postings.hasTerm('ferry', 1), false);
    assert.deepEqual([...postings.alive.subarray(0, 2)], [1, 0]);
    // Ids go on from the live ones.
    assert.equal(postings.add('d', passagesOf('d', 2)), 1);
    assert.deepEqual([...postings.alive.subarray(0, 3)], [1, 1, 1]);
  });

  it('renumbers an owner that came after the removed ones, so its ids still name its items', () => {
    const postings = holding({ a: 3, b: 2 }, { river: [3, 4] });
    postings.remove('a');
    assert.equal(postings.size, 2);
    assert.deepEqual([postings.firstId('b'), postings.idCount('b')], [0, 2]);
    assert.deepEqual(itemsById(postings, 'b'), ['b¶1', 'b¶2']);
    assert.deepEqual(postings.list('river'), [0, 1]);
  });

  it('takes a removed owner back as a new one, at the end, and an owner it holds not a second time', () => {
    const postings = new Postings<string, string>();
    postings.add('a', ['a']);
    postings.add('b', ['b']);
    postings.add('c', ['c']);
    postings.post('river', 0);
    postings.remove('a');
    assert.equal(postings.add('a', ['a']), 3);
    postings.post('river', 3);
    assert.deepEqual(liveUnder(postings, 'river'), ['a']);
    assert.equal(postings.add('b', ['b']), undefined);
    assert.equal(postings.size, 4);
    assert.deepEqual([...postings.liveItems()], ['b', 'c', 'a']);
  });

  it('holds an owner of no items through a sweep', () => {
    const postings = new Postings<string, string>();
    postings.add('a', passagesOf('a', 2));
    postings.add('empty', []);
    postings.add('b', ['b']);
    postings.remove('a');
    assert.equal(postings.has('empty'), true);
    assert.deepEqual([postings.idCount('empty'), postings.firstId('b')], [0, 0]);
    assert.deepEqual(postings.remove('empty'), []);
  });

  it('answers as the live owners would, through any adds, re-adds and removes (sweeps included)', () => {
    const owners = ['a', 'b', 'c', 'd', 'e'];
    const terms = ['river', 'ferry', 'bridge'];
    const step = fc.record({ owner: fc.constantFrom(...owners), add: fc.boolean(), items: fc.nat(3), terms: fc.subarray(terms) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const postings = new Postings<string, string>();
        // The model: each held owner's items, each with its terms.
        const model = new Map<string, Array<{ item: string; terms: string[] }>>();
        let added = 0;
        for (const s of steps) {
          if (s.add && !model.has(s.owner)) {
            const items = passagesOf(`${s.owner}${added++}`, s.items);
            const first = postings.add(s.owner, items)!;
            items.forEach((_, i) => s.terms.forEach((term) => postings.post(term, first + i)));
            model.set(s.owner, items.map((item) => ({ item, terms: s.terms })));
          } else if (!s.add) {
            assert.deepEqual(postings.remove(s.owner), (model.get(s.owner) ?? []).map((e) => e.item));
            model.delete(s.owner);
          }
          // In the order they came (a re-added owner last), as the model's map keeps them: sweeps renumber in order.
          const live = [...model.values()].flat();
          assert.deepEqual([...postings.liveItems()], live.map((e) => e.item));
          for (const term of terms) assert.deepEqual(liveUnder(postings, term), live.filter((e) => e.terms.includes(term)).map((e) => e.item), term);
          for (const [owner, items] of model) assert.deepEqual(itemsById(postings, owner), items.map((e) => e.item));
          // Never more dead ids than live ones: a removal that would make them so sweeps.
          assert.ok(postings.size - live.length <= live.length);
        }
      }),
    );
  });
});
