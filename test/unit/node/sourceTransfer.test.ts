import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';

import { loadSource } from '../../../src/core/sources/loadSource';
import type { Source } from '../../../src/core/sources/source';
import { packForTransfer, unpackTransferred } from '../../../src/node/sourceTransfer';

const encode = (text: string) => new TextEncoder().encode(text);
const load = (path: string, text: string) => loadSource({ path, bytes: encode(text) }) as Source;

describe('a source posted from a worker thread (sourceTransfer)', () => {
  const source = load('sources/flood.md', '---\nid: flood\n---\n# Flood\n\nAbout 4,500 residents were moved.\n\nThe dikes cost 12 million euros.');

  it('crosses a structured clone without its paragraphs\' texts and comes back equal', () => {
    const packed = packForTransfer(source) as Source;
    // The source's text crosses once: no paragraph brings its own copy.
    const message = serialize(packed).toString('latin1');
    assert.equal(message.split('About 4,500 residents were moved.').length - 1, 1);
    const posted = deserialize(serialize(packed)) as Source;
    assert.deepEqual(unpackTransferred(posted), source);
  });

  it('keeps a paragraph text that is not the slice of the source text it spans', () => {
    const odd: Source = { ...source, paragraphs: source.paragraphs.map((p, i) => (i === 1 ? { ...p, text: 'rewritten' } : p)) };
    const back = unpackTransferred(deserialize(serialize(packForTransfer(odd))) as Source) as Source;
    assert.equal(back.paragraphs[1].text, 'rewritten');
    assert.deepEqual(back, odd);
  });

  it('leaves the source it packs as it was (the worker\'s cache may hold it)', () => {
    const before = structuredClone(source);
    packForTransfer(source);
    assert.deepEqual(source, before);
  });

  it('passes an unreadable file through', () => {
    const unreadable = loadSource({ path: 'sources/empty.txt', bytes: encode('  ') });
    assert.deepEqual(unpackTransferred(packForTransfer(unreadable)), unreadable);
  });
});
