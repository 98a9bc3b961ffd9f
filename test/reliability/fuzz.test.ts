import assert from 'node:assert/strict';
import fc from 'fast-check';

import { parseCitations } from '../../src/core/citations/parseCitations';
import { extractFigures } from '../../src/core/figures/extractFigures';
import { readProse, readProseWhole } from '../../src/core/markdown';
import { forgetProseReadings } from '../../src/core/proseBlocks';
import { Backcheck } from '../../src/core/service';
import { splitParagraphs } from '../../src/core/sources/paragraphs';
import { splitSentences } from '../../src/core/text/sentences';
import type { Span } from '../../src/core/types';

// 110,000 generated inputs in all, split across the readers (the counts below add up):
// 40,000 for the figure extractor, 25,000 for the citation parser, 20,000 for the Markdown
// reader, 10,000 for its reading block by block, 5,000 for sentences and paragraphs, 10,000
// for the whole lint.
const RUNS = { extractor: 40_000, citations: 25_000, markdown: 20_000, blocks: 10_000, text: 5_000, lint: 10_000 };

// Pieces that the readers treat specially, mixed with plain characters: Markdown syntax,
// citation syntax, comments, numbers and separators, line ends of every kind, control and
// bidi characters, German and typographic characters.
const PIECES = [
  'a', 'x', 'The', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '.', ',', '!', '?', ';', ':', '-', '–', '(', ')', '[', ']', '@', '-@', '#', '>', '*', '_', '`', '```', '~~~', '<', '>', '<!--', '-->',
  '<!-- backcheck-disable -->', '<!-- backcheck-enable figure-unmatched -->', '<!-- backcheck-disable-next-line -->', '[@elbe, para. 1]', '[@a; @b, p. 4, para. 2]', '@key [S. 3]', '¶', 'para.', 'p.', 'Abs.', 'Z.',
  '0', '1', '7', '12', '1,200', '7.42', '3.000', '2,5', '1e6', '10^3', '%', '€', '$', '£', 'million', 'Mio.', 'Mrd.', 'sechs', 'six', 'twenty-one', 'zweitausend', 'km', 'metres', 'Grad', '°C', 'half', 'one in five',
  'https://x.org/2024', 'www.a.de/1', '---\n', 'id: x\n', '- ', '1. ', '    ', '| a | b |', '\\', '&amp;', '\u00a0', '\u202f', '\u0000', '\u001b', '\u202e', 'ä', 'ß', '“', '”', '„', '«', '»', '😀', '\ud800',
];
const text = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((parts) => parts.join(''));

function assertSpans(spans: Span[], length: number, what: string, ordered = true) {
  let last = 0;
  for (const s of spans) {
    assert.ok(s.start >= 0 && s.end <= length && s.start <= s.end, `${what}: ${JSON.stringify(s)} outside 0..${length}`);
    if (ordered) {
      assert.ok(s.start >= last, `${what}: ${JSON.stringify(s)} overlaps the one before`);
      last = s.end;
    }
  }
}

describe(`reliability: fuzz, ${Object.values(RUNS).reduce((a, b) => a + b, 0).toLocaleString('en')} generated inputs (fast-check)`, function () {
  this.timeout(600_000);

  it(`the figure extractor: never throws, figures lie inside the text (${RUNS.extractor.toLocaleString('en')} inputs)`, () => {
    fc.assert(
      fc.property(text(40), fc.constantFrom('en' as const, 'de' as const), (input, lang) => {
        for (const figure of extractFigures(input, lang)) {
          assert.ok(figure.span.start >= 0 && figure.span.end <= input.length && figure.span.start < figure.span.end);
          assert.equal(typeof figure.value, 'number');
        }
      }),
      { numRuns: RUNS.extractor },
    );
  });

  it(`the citation parser: never throws, keys are where it says, sorted (${RUNS.citations.toLocaleString('en')} inputs)`, () => {
    fc.assert(
      fc.property(text(40), (input) => {
        const citations = parseCitations(input);
        assertSpans(citations.map((c) => c.span), input.length, 'citations');
        for (const c of citations) {
          for (const k of c.keys) {
            assert.equal(input.slice(k.span.start, k.span.end), k.key);
            assert.ok(k.span.start > c.span.start && k.span.end <= c.span.end);
            if (k.locator) assert.ok(k.locator.from >= 0 && k.locator.span.end <= c.span.end);
          }
        }
      }),
      { numRuns: RUNS.citations },
    );
  });

  it(`the Markdown reader: never throws, prose spans in order and inside the text (${RUNS.markdown.toLocaleString('en')} inputs)`, () => {
    fc.assert(
      fc.property(text(60), (input) => {
        const { spans, limits } = readProse(input);
        assertSpans(spans, input.length, 'prose');
        assertSpans(limits.map((l) => l.span), input.length, 'limits', false);
      }),
      { numRuns: RUNS.markdown },
    );
  });

  it(`the Markdown reader block by block: the whole document's reading, read afresh and after an edit (${RUNS.blocks.toLocaleString('en')} inputs)`, () => {
    // Blank lines before letters make blocks; fences, comments, lists and front matter run across them.
    const blocky = fc.array(fc.constantFrom(...PIECES, '\n\n', '\n\nA', '\n \nThe', '\r\n\r\nx'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(blocky, fc.nat(), fc.constantFrom(...PIECES), (input, at, typed) => {
        forgetProseReadings();
        assert.deepEqual(readProse(input), readProseWhole(input));
        const edited = input.slice(0, at % (input.length + 1)) + typed + input.slice(at % (input.length + 1));
        assert.deepEqual(readProse(edited), readProseWhole(edited));
      }),
      { numRuns: RUNS.blocks },
    );
  });

  it(`sentences and paragraphs: never throw, spans in order, trimmed (${RUNS.text.toLocaleString('en')} inputs)`, () => {
    fc.assert(
      fc.property(text(60), (input) => {
        for (const [what, spans] of [['sentences', splitSentences(input)], ['paragraphs', splitParagraphs(input)]] as const) {
          assertSpans(spans, input.length, what);
          for (const s of spans) assert.ok(!/^\s|\s$/.test(input.slice(s.start, s.end)), `${what}: untrimmed ${JSON.stringify(input.slice(s.start, s.end))}`);
        }
      }),
      { numRuns: RUNS.text },
    );
  });

  it(`the whole lint: never throws, no rule fails, findings inside the draft (${RUNS.lint.toLocaleString('en')} inputs)`, () => {
    const backcheck = new Backcheck();
    backcheck.library.set({ path: 'sources/elbe.txt', bytes: new TextEncoder().encode('The Elbe rose to 7.42 metres.\n\nAbout 1,200 residents left.\n') });
    fc.assert(
      fc.property(text(60), (input) => {
        for (const f of backcheck.lint(input)) {
          assert.doesNotMatch(f.message, /^rule .* failed:/, f.message);
          assert.ok(f.span.start >= 0 && f.span.end <= input.length);
        }
      }),
      { numRuns: RUNS.lint },
    );
  });
});
