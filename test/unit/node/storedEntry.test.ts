import assert from 'node:assert/strict';

import { loadSource } from '../../../src/core/sources/loadSource';
import type { Source } from '../../../src/core/sources/source';
import { StoredFigures } from '../../../src/core/sources/storedFigures';
import { figureOfParagraph, storedParts, storedSource } from '../../../src/core/sources/storedParagraph';
import { entryJson, parseEntry } from '../../../src/node/storedEntry';

const encode = (text: string) => new TextEncoder().encode(text);
const roundTrip = (source: Source) => parseEntry(Buffer.from(entryJson(source)));

describe('a source as a cache entry stores it (storedEntry)', () => {
  const text = 'Der Deich 🌊\n\nRund 4.500 Bewohner mussten gehen.\n\nDie Pumpen kosteten 12 Millionen Euro, für 3 Dörfer etwa 3 Prozent mehr.';
  const loaded = loadSource({ path: 'sources/deich.txt', bytes: encode(text) }) as Source;

  it('keeps a loaded source in columns: read back, equal to it, its paragraphs not made until read', () => {
    const line = entryJson(loaded);
    assert.doesNotMatch(line, /"figures"/, 'no figure objects in the entry');
    assert.match(line, /^[\x20-\x7e]*$/, 'ASCII: its text\'s other characters escaped');
    const back = parseEntry(Buffer.from(line))!;
    assert.ok(storedParts(back));
    // A figure is read from the columns as its paragraph would list it.
    const [p, f] = [2, 1];
    const found = figureOfParagraph(back, p, f)!;
    assert.deepEqual(found, { figure: loaded.paragraphs[p].figures[f], paragraph: p + 1 });
    assert.equal(found.figure, back.paragraphs[p].figures[f], 'the same object its paragraph lists');
    assert.equal(figureOfParagraph(back, p, loaded.paragraphs[p].figures.length), undefined);
    assert.equal(figureOfParagraph(back, loaded.paragraphs.length, 0), undefined);
    assert.deepEqual(back, loaded);
  });

  it('keeps a paged source\'s pages, and figures of shapes the columns cannot hold', () => {
    const paged = loadSource({ path: 'sources/bericht.pdf', bytes: encode(''), extracted: { text, meta: {}, pageStarts: [0, 45] } }) as Source;
    const parts = storedParts(paged)!;
    const figures = paged.paragraphs.flatMap((p) => p.figures);
    // A figure with a key no column holds, and one whose value JSON could not keep (NaN, in the table).
    figures[0] = { ...figures[0], odd: 'kept whole' } as (typeof figures)[number];
    figures[1] = { ...figures[1], scale: NaN };
    const odd = storedSource({ key: paged.key, path: paged.path, lang: paged.lang, meta: paged.meta, text: paged.text, pages: paged.pages }, StoredFigures.of(figures, paged.text, paged.lang), parts.paragraphs);
    const back = roundTrip(odd)!;
    assert.deepEqual(back, odd);
    assert.ok(Number.isNaN(back.paragraphs.flatMap((p) => p.figures)[1].scale));
    assert.deepEqual(roundTrip(paged), paged);
    assert.ok(paged.paragraphs.some((p) => p.page === 2));
  });

  it('keeps a source without columns as its objects', () => {
    const plain: Source = { ...loaded, paragraphs: loaded.paragraphs.map((p) => ({ ...p, figures: [...p.figures] })) };
    assert.equal(storedParts(plain), undefined);
    assert.deepEqual(roundTrip(plain), plain);
  });

  it('finds an entry damaged when its columns do not fit together', () => {
    const entry = JSON.parse(entryJson(loaded));
    const damages: Array<(columns: Record<string, unknown>) => void> = [
      (c) => void (c.count = (c.count as number) + 1),
      (c) => void (c.codes = Buffer.from('abc').toString('base64')),
      (c) => void (c.table = []),
      (c) => void (c.figureEnds = Buffer.from(new Int32Array([0, 0, 1]).buffer).toString('base64')),
      (c) => void (c.starts = 7),
      (c) => void (c.pages = c.starts),
      (c) => void delete c.table,
    ];
    for (const damage of damages) {
      const damaged = structuredClone(entry);
      damage(damaged.columns);
      assert.equal(parseEntry(Buffer.from(JSON.stringify(damaged))), undefined, String(damage));
    }
  });
});
