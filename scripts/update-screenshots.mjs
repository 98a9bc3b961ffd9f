// Refreshes the README's screenshots from the last end-to-end run (npm run test:e2e), which
// writes them to screenshots-out/ (git-ignored). Run after a UI change and commit media/screenshots.
//   node scripts/update-screenshots.mjs [NAME.png ...]   (default: the README's three)
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const README_SHOTS = ['sources-view.png', 'problems.png', 'hover-citation.png'];
const chosen = process.argv.length > 2 ? process.argv.slice(2) : README_SHOTS;

mkdirSync(join(root, 'media', 'screenshots'), { recursive: true });
for (const shot of chosen) {
  const from = join(root, 'screenshots-out', shot);
  if (!existsSync(from)) {
    console.error(`missing screenshots-out/${shot}: run npm run test:e2e first`);
    process.exitCode = 1;
    continue;
  }
  copyFileSync(from, join(root, 'media', 'screenshots', shot));
  console.log(`media/screenshots/${shot}`);
}
