import assert from 'node:assert/strict';

import { SourceLibrary } from '../../../../src/core/sources/library';

const encode = (text: string) => new TextEncoder().encode(text);

describe('SourceLibrary.replaceWith', () => {
  it('takes over a library built beside it in one step, figure index included', () => {
    const library = new SourceLibrary();
    library.set({ path: 'sources/old.txt', bytes: encode('Some 14 boats sank.') });
    assert.equal(library.figureIndex.nearest({ value: 14, kind: 'count', lang: 'en', text: '14', span: { start: 0, end: 2 } }, 1)[0]?.sourceKey, 'old');

    const next = new SourceLibrary();
    next.set({ path: 'sources/new.txt', bytes: encode('Some 15 boats sank.') });
    next.setUnreadable('sources/gone.txt', { reason: 'ENOENT' });
    // Until the swap, the library in use still answers with the old sources.
    assert.deepEqual(library.sources.map((s) => s.key), ['old']);
    library.replaceWith(next);
    assert.deepEqual(library.sources.map((s) => s.key), ['new']);
    assert.deepEqual(library.unreadable.map((u) => u.path), ['sources/gone.txt']);
    assert.equal(library.has('sources/new.txt'), true);
    assert.equal(library.has('sources/old.txt'), false);
    assert.equal(library.figureIndexOf('old').nearest({ value: 14, kind: 'count', lang: 'en', text: '14', span: { start: 0, end: 2 } }, 1).length, 0);
    assert.equal(library.figureIndex.nearest({ value: 15, kind: 'count', lang: 'en', text: '15', span: { start: 0, end: 2 } }, 1)[0]?.sourceKey, 'new');
    assert.equal(library.isEmpty, false);
    library.replaceWith(new SourceLibrary());
    assert.equal(library.isEmpty, true);
  });
});

describe('SourceLibrary: incremental', () => {
  const fifteen = { value: 15, kind: 'count', lang: 'en', text: '15', span: { start: 0, end: 2 } } as const;

  it('updates the figure index per changed file, leaving the other sources\' entries in place', () => {
    const library = new SourceLibrary();
    library.set({ path: 'sources/a.txt', bytes: encode('Some 14 boats sank.') });
    library.set({ path: 'sources/b.txt', bytes: encode('Some 15 boats sank.') });
    const index = library.figureIndex;
    assert.deepEqual(index.inRange(fifteen, 14, 15).map((f) => f.sourceKey), ['a', 'b']);
    library.set({ path: 'sources/a.txt', bytes: encode('Some 16 boats sank.') });
    // The same index object, updated: not thrown away and rebuilt.
    assert.equal(library.figureIndex, index);
    assert.deepEqual(index.inRange(fifteen, 14, 16).map((f) => `${f.sourceKey} ${f.figure.value}`), ['b 15', 'a 16']);
    library.delete('sources/b.txt');
    assert.deepEqual(index.inRange(fifteen, 0, 100).map((f) => f.sourceKey), ['a']);
  });

  it('finds sources by key and path in maps, the first file claiming a key answering', () => {
    const library = new SourceLibrary();
    library.set({ path: 'one/x.txt', bytes: encode('Some 1 boat.') });
    library.set({ path: 'two/x.txt', bytes: encode('Some 2 boats.') });
    assert.equal(library.byKey('x')?.path, 'one/x.txt');
    assert.deepEqual(library.duplicateKeys, [{ key: 'x', paths: ['one/x.txt', 'two/x.txt'] }]);
    library.delete('one/x.txt');
    assert.equal(library.byKey('x')?.path, 'two/x.txt');
    assert.equal(library.has('one/x.txt'), false);
    assert.equal(library.byPathOf('two/x.txt')?.key, 'x');
    library.delete('two/x.txt');
    assert.equal(library.byKey('x'), undefined);
  });

  it('answers a quotation from its index of words, updated per file', () => {
    const library = new SourceLibrary();
    library.set({ path: 's/a.txt', bytes: encode('The mayor said: “We will rebuild every single bridge.”') });
    assert.equal(library.containsQuote('we will rebuild every single'), true);
    // A part of a longer word at the edges still matches, as a substring does.
    assert.equal(library.containsQuote('ill rebuild every single brid'), true);
    assert.equal(library.containsQuote('we will rebuild every road'), false);
    library.set({ path: 's/a.txt', bytes: encode('The mayor said nothing.') });
    assert.equal(library.containsQuote('we will rebuild every single'), false);
    library.set({ path: 's/b.txt', bytes: encode('She added: we will rebuild every single road.') });
    assert.equal(library.containsQuote('we will rebuild every single road'), true);
  });

  it('sorts the sources once per change, not per call', () => {
    const library = new SourceLibrary();
    library.set({ path: 's/b.txt', bytes: encode('Some 2 boats.') });
    library.set({ path: 's/a.txt', bytes: encode('Some 1 boat.') });
    const sorted = library.sources;
    assert.deepEqual(sorted.map((s) => s.key), ['a', 'b']);
    assert.equal(library.sources, sorted);
    library.delete('s/a.txt');
    assert.deepEqual(library.sources.map((s) => s.key), ['b']);
  });
});

describe('SourceLibrary.sourceIndex', () => {
  it('builds a feature\'s index over every source once, then tells it of each change', () => {
    const library = new SourceLibrary();
    library.set({ path: 's/a.txt', bytes: encode('Some 1 boat.') });
    const seen: string[] = [];
    const index = { add: (s: { key: string }) => seen.push(`+${s.key}`), remove: (s: { key: string }) => seen.push(`-${s.key}`) };
    assert.equal(library.sourceIndex('test', () => index), index);
    assert.equal(library.sourceIndex('test', () => assert.fail('built twice')), index);
    library.set({ path: 's/a.txt', bytes: encode('Some 2 boats.') });
    library.delete('s/a.txt');
    assert.deepEqual(seen, ['+a', '-a', '+a', '-a']);
  });
});

describe('SourceLibrary: key order kept as sources come and go', () => {
  const byKey = new Intl.Collator();
  /** What the library answered before it kept its order: every source sorted (stably) at once. */
  const sortedAtOnce = (library: SourceLibrary) => library.inLoadOrder.slice().sort((a, b) => byKey.compare(a.key, b.key)).map((s) => s.path);

  it('lists sources sorted by key after any mix of sets, replacements and deletions, a key\'s files in the order set', () => {
    const library = new SourceLibrary();
    // A small deterministic generator, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const names = ['alpha', 'Alpha', 'beta', 'éclair', 'eclair', 'zeta', 'b10', 'b9', 'z', 'a'];
    for (let step = 0; step < 600; step++) {
      const path = `dir${next(3)}/${names[next(names.length)]}.txt`;
      const action = next(4);
      if (action === 0) library.delete(path);
      else if (action === 1) library.setUnreadable(path, { reason: 'EACCES' });
      else library.set({ path, bytes: encode(`Some ${step} boats sank.`) });
      assert.deepEqual(library.sources.map((s) => s.path), sortedAtOnce(library), `after step ${step} (${action} ${path})`);
    }
    const copy = new SourceLibrary();
    copy.replaceWith(library);
    assert.deepEqual(copy.sources.map((s) => s.path), sortedAtOnce(library));
  });

  it('hands out a list that a later change leaves as it was', () => {
    const library = new SourceLibrary();
    library.set({ path: 'sources/b.txt', bytes: encode('Some 2 boats.') });
    const before = library.sources;
    assert.equal(library.sources, before, 'the same list until something changes');
    library.set({ path: 'sources/a.txt', bytes: encode('Some 1 boat.') });
    assert.deepEqual(before.map((s) => s.key), ['b']);
    assert.deepEqual(library.sources.map((s) => s.key), ['a', 'b']);
  });
});
