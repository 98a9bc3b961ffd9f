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
    next.setUnreadable('sources/gone.txt', 'ENOENT');
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
