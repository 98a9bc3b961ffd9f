// Refreshes the README's screenshots from the last end-to-end run (npm run test:e2e), which
// writes them to screenshots-out/ (git-ignored). Run after a UI change and commit media/screenshots.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const SHOTS = ['sources-view.png', 'problems.png', 'hover-citation.png'];
mkdirSync('media/screenshots', { recursive: true });
for (const shot of SHOTS) {
  const from = `screenshots-out/${shot}`;
  if (!existsSync(from)) {
    console.error(`missing ${from}: run npm run test:e2e first`);
    process.exitCode = 1;
    continue;
  }
  copyFileSync(from, `media/screenshots/${shot}`);
  console.log(`media/screenshots/${shot}`);
}
