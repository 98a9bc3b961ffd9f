// What the end-to-end checks expect, read from the workspace itself rather than written into the
// checks: the source keys (file base name, or a sidecar NAME.meta.json's `id`), their paragraphs,
// and the draft's citations with a paragraph locator. So the checks follow the example workspace
// as it changes and work on any workspace laid out the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** Paragraphs as the spec numbers them: blank-line blocks, or one per line if there are none. */
export function paragraphs(text) {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const lines = blocks.length === 1 ? blocks[0].split('\n').map((l) => l.trim()).filter(Boolean) : blocks;
  return lines.map((p) => p.replace(/\s+/g, ' '));
}

/** @returns {{ key: string, file: string, paragraphs: string[] }[]} the plain-text sources, by key */
export function readSources(workspace, dir = 'sources') {
  const folder = join(workspace, dir);
  return readdirSync(folder)
    .filter((f) => /\.(txt|md|markdown)$/.test(f))
    .sort()
    .map((f) => {
      const name = basename(f, extname(f));
      const meta = join(folder, `${name}.meta.json`);
      const key = (existsSync(meta) && JSON.parse(readFileSync(meta, 'utf8')).id) || name;
      return { key, file: join(folder, f), paragraphs: paragraphs(readFileSync(join(folder, f), 'utf8')) };
    });
}

/**
 * Citations of one source with one paragraph, `[@key, para. N]`, in the order they appear;
 * `firstOfKey` marks the first mention of its key (the one a hover on the key's text finds).
 */
export function paragraphCitations(draftText) {
  const seen = new Set();
  return [...draftText.matchAll(/\[@([\w:.#$%&\-+?<>~/]+), para\. (\d+)\]/g)].map((m) => {
    const firstOfKey = !seen.has(m[1]) && draftText.indexOf(m[1]) === m.index + 2;
    seen.add(m[1]);
    return { text: m[0], key: m[1], paragraph: Number(m[2]), firstOfKey };
  });
}
