// The end-to-end checks: what a person sees in VS Code with Backcheck installed from its VSIX.
// Each is { title, screenshot, run(page, ctx) } and throws with what it saw when it fails; add a
// check by adding an entry. `ctx` holds the workspace's facts (./workspace.mjs). The steps they
// use (open a view, a file, the Problems panel, hover) are in ./workbench.mjs.
import { hoverOver, openFile, openProblems, openSourcesView, waitForSquiggle } from './workbench.mjs';

const words = (text, n) => text.split(' ').slice(0, n).join(' ');

export const checks = [
  {
    title: 'the Backcheck view lists every source by its key',
    screenshot: 'sources-view.png',
    async run(page, { sources }) {
      const keys = sources.map((s) => s.key);
      const rows = await openSourcesView(page, keys);
      const missing = keys.filter((k) => !rows.some((r) => r.includes(k)));
      if (missing.length) throw new Error(`source keys missing from the view: ${missing.join(', ')}; rows: ${JSON.stringify(rows)}`);
    },
  },
  {
    title: 'the draft shows a warning squiggle and Problems lists the unmatched figure',
    screenshot: 'problems.png',
    async run(page, { draftName }) {
      await openFile(page, draftName);
      const squiggles = await waitForSquiggle(page);
      if (squiggles < 1) throw new Error('no .squiggly-warning decoration in the draft');
      const rows = await openProblems(page, 'figure-unmatched');
      if (!rows.some((r) => r.includes('figure-unmatched'))) throw new Error(`no figure-unmatched entry in Problems: ${JSON.stringify(rows)}`);
    },
  },
  {
    title: 'hovering a paragraph citation shows the cited passage',
    screenshot: 'hover-citation.png',
    async run(page, { sources, citations, draftName }) {
      const citation = citations.find((c) => c.firstOfKey && sources.some((s) => s.key === c.key && s.paragraphs.length >= c.paragraph));
      if (!citation) throw new Error('the draft has no [@key, para. N] citation of a source it has');
      const passage = sources.find((s) => s.key === citation.key).paragraphs[citation.paragraph - 1];
      await openFile(page, draftName);
      // The first words of the passage: the hover renders it as Markdown (figures in bold), and
      // innerText keeps the words.
      const expected = words(passage, 5);
      const text = await hoverOver(page, citation.key, expected);
      if (!text.replace(/\s+/g, ' ').includes(expected)) throw new Error(`hover lacks "${expected}": ${text}`);
    },
  },
];
