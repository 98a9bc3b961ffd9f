import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

/** The text of the README's section under `## title`, up to the next `## `. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

// A rewrite of one part of the README once cut off everything after it (the guarantees, testing,
// architecture and dependency sections) and nothing failed.
describe('README', () => {
  it('keeps the sections the Quick start and the project rules point to', () => {
    for (const title of ['Quick start', 'In VS Code', 'Command line', 'Rules', 'Speed at newsroom scale', 'Limits and guarantees', 'Testing', 'Architecture', 'Dependencies and why', 'Licence']) section(title);
    assert.match(readme, /\(#testing\)/);
  });

  it('says why each dependency is there, and names none the project does not have', () => {
    const table = section('Dependencies and why');
    const named = new Set([...table.matchAll(/`((?:@[\w.-]+\/)?[\w.-]+)`/g)].map((m) => m[1]));
    const declared = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})];
    assert.deepEqual(declared.filter((name) => !named.has(name)), [], 'dependencies without a row in "Dependencies and why"');
    const rows = table.split('\n').filter((line) => line.startsWith('| `'));
    const inRows = rows.flatMap((row) => [...row.split(' | ')[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    assert.deepEqual(inRows.filter((name) => !declared.includes(name)), [], 'rows naming a package the project does not declare');
  });
});
