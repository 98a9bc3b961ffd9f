import assert from 'node:assert/strict';

import { splitParagraphs } from '../../../../src/core/sources/paragraphs';
import { loadSource } from '../../../../src/core/sources/loadSource';

const texts = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));
const encode = (text: string) => new TextEncoder().encode(text);

describe('paragraphs', () => {
  it('gives one paragraph per line when a file has no blank lines (news saved a paragraph a line)', () => {
    assert.deepEqual(texts('Erster Absatz.\nZweiter Absatz mit 3.000 Menschen.\nDritter.\n'), ['Erster Absatz.', 'Zweiter Absatz mit 3.000 Menschen.', 'Dritter.']);
  });

  it('splits on blank lines when the file has them, joining wrapped lines', () => {
    assert.deepEqual(texts('First line\nwrapped here.\n\n  \nSecond paragraph.\n'), ['First line\nwrapped here.', 'Second paragraph.']);
  });

  it('handles CRLF line endings', () => {
    assert.deepEqual(texts('One.\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
  });

  it('skips empty lines at the start and end without numbering them', () => {
    const source = loadSource({ path: 'sources/x.txt', bytes: encode('\n\nA 76,000 figure.\nB.\n\n') });
    assert.ok(!('reason' in source));
    if ('reason' in source) return;
    assert.deepEqual(source.paragraphs.map((p) => [p.index, p.text]), [[1, 'A 76,000 figure.'], [2, 'B.']]);
    assert.equal(source.paragraphs[0].figures[0].value, 76000);
    // Spans point into the whole source text, not the paragraph.
    const f = source.paragraphs[0].figures[0];
    assert.equal(source.text.slice(f.span.start, f.span.end), '76,000');
  });
});

describe('loadSource', () => {
  it('keys a source by its base name without extension', () => {
    const source = loadSource({ path: '/w/sources/000_8642cd8c985d76a3.txt', bytes: encode('Text.') });
    assert.equal('key' in source && source.key, '000_8642cd8c985d76a3');
  });

  it('detects German and reads its figures in the German locale', () => {
    const source = loadSource({ path: 'de.txt', bytes: encode('Mehr als 120.000 Zivilisten wurden aus der Region in Sicherheit gebracht, teilte das Ministerium mit.') });
    assert.ok('lang' in source);
    if (!('lang' in source)) return;
    assert.equal(source.lang, 'de');
    assert.equal(source.paragraphs[0].figures[0].value, 120000);
  });

  it('reports a binary file as unreadable with the reason, instead of throwing', () => {
    const loaded = loadSource({ path: 'photo.txt', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    assert.deepEqual(loaded, { path: 'photo.txt', reason: 'binary file (contains NUL bytes)', said: { id: 'reason.binary', args: {} } });
  });

  it('decodes UTF-8 with a BOM and UTF-16 with a BOM', () => {
    const bom = loadSource({ path: 'a.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Über 3.000 Menschen')]) });
    assert.equal('text' in bom && bom.text, 'Über 3.000 Menschen');
    const utf16 = new Uint8Array(2 + 'Hi 5'.length * 2);
    utf16.set([0xff, 0xfe]);
    [...'Hi 5'].forEach((c, i) => utf16.set([c.charCodeAt(0), 0], 2 + i * 2));
    const loaded = loadSource({ path: 'b.txt', bytes: utf16 });
    assert.equal('text' in loaded && loaded.text, 'Hi 5');
  });
});
