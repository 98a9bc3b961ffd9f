import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { walkFolder } from '../../../src/node/folderWalk';
import { ListedNames } from '../../../src/node/listedNames';
import { findSourceFiles, SOURCE_EXTENSIONS } from '../../../src/node/sourceFiles';

const EXTENSIONS = new Set(SOURCE_EXTENSIONS.slice(1, -1).split(',').map((e) => `.${e}`));
const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

/** Writes each file (a path ending in '/' is a folder) under a new temporary folder. */
function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'backcheck-listing-'));
  for (const file of files) {
    if (file.endsWith('/')) mkdirSync(join(root, file), { recursive: true });
    else {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'Some 14 boats.');
    }
  }
  return root;
}

/** The glob the directory stands for (a pattern, so findSourceFiles globs it instead of walking). */
const globbed = (root: string, folder: string) => findSourceFiles([`${folder}/**/*.${SOURCE_EXTENSIONS}`], root);

// Names a walk must judge as the glob does: hidden files and folders, other cases, a folder named
// like a source, sidecars, no extension, two extensions, a name that is only an extension, spaces,
// brackets and braces (glob syntax in a name is no pattern), non-ASCII.
const TRICKY = [
  'sources/a.txt', 'sources/b.md', 'sources/c.markdown', 'sources/d.html', 'sources/e.htm', 'sources/f.pdf', 'sources/g.docx',
  'sources/A.TXT', 'sources/.hidden.txt', 'sources/.hidden/inside.txt', 'sources/folder.txt/', 'sources/folder.txt/nested.md',
  'sources/a.meta.json', 'sources/noext', 'sources/two.tar.md', 'sources/.txt', 'sources/trailing.', 'sources/x.txt.bak',
  'sources/with space.txt', 'sources/[bracket].txt', 'sources/{brace}.md', 'sources/*star?.txt', 'sources/ü-umlaut.txt',
  'sources/deep/er/still/z.txt', 'sources/node_modules/m.txt', 'sources/empty/',
];

describe('listing sources: the folder walk, the glob and what they show of sidecars', () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('walks a folder to the same files as its glob, name for name', async () => {
    root = tree(TRICKY);
    const names = new ListedNames();
    const walked = walkFolder(join(root, 'sources').split('\\').join('/'), EXTENSIONS, names);
    assert.ok(walked, 'a tree without links is walked');
    const expected = await globbed(root, 'sources');
    assert.deepEqual([...walked].sort(), expected);
    assert.ok(expected.length >= 15, `${expected.length} files`);
    // findSourceFiles walks the folder given as one: the same list.
    assert.deepEqual(await findSourceFiles(['sources'], root), expected);
  });

  it('lists FIFOs as the glob does (to be refused when read)', async function () {
    if (!hasMkfifo) this.skip();
    root = tree(['sources/a.txt']);
    spawnSync('mkfifo', [join(root, 'sources/pipe.txt')]);
    const walked = await findSourceFiles(['sources'], root);
    assert.deepEqual(walked, await globbed(root, 'sources'));
    assert.ok(walked.some((f) => f.endsWith('pipe.txt')));
  });

  it('leaves a tree holding a symbolic link to the glob, which follows it', async function () {
    if (process.platform === 'win32') this.skip();
    root = tree(['sources/a.txt', 'elsewhere/b.txt', 'elsewhere/more/c.md']);
    symlinkSync(join(root, 'elsewhere/b.txt'), join(root, 'sources/linked.txt'));
    symlinkSync(join(root, 'elsewhere/more'), join(root, 'sources/linked-folder'));
    symlinkSync(join(root, 'nowhere.txt'), join(root, 'sources/dangling.txt'));
    assert.equal(walkFolder(join(root, 'sources'), EXTENSIONS, new ListedNames()), undefined);
    const listed = await findSourceFiles(['sources'], root);
    assert.deepEqual(listed, await globbed(root, 'sources'));
    assert.ok(listed.some((f) => f.endsWith('sources/linked.txt')) && listed.some((f) => f.endsWith('sources/linked-folder/c.md')));
  });

  it('globs a folder whose path reads as a glob, as before', async () => {
    root = tree(['src [old]/a.txt', 'src o/a.txt']);
    assert.deepEqual(await findSourceFiles(['src [old]'], root), await findSourceFiles([`src [old]/**/*.${SOURCE_EXTENSIONS}`], root));
  });

  it('lists each file once when folders overlap, walked or globbed', async () => {
    root = tree(['sources/a.txt', 'sources/sub/b.txt']);
    const once = await findSourceFiles(['sources'], root);
    assert.deepEqual(await findSourceFiles(['sources', 'sources/sub', `sources/**/*.txt`], root), once);
  });

  it('knows which sources have no sidecar, from a walk or a glob; a folder not listed is not known', async function () {
    root = tree(['sources/a.txt', 'sources/a.meta.json', 'sources/b.md', 'sources/c.pdf', 'sources/sub/c.meta.json', 'sources/sub/c.txt', 'sources/d.tar.md', 'sources/d.tar.meta.json']);
    for (const patterns of [['sources'], [`sources/**/*.${SOURCE_EXTENSIONS}`]]) {
      const names = new ListedNames();
      const files = await findSourceFiles(patterns, root, names);
      const without = files.filter((f) => names.hasNoSidecar(f)).map((f) => f.slice(root.length + 1));
      assert.deepEqual(without, ['sources/b.md', 'sources/c.pdf'], patterns.join());
      assert.equal(names.hasNoSidecar(join(root, 'other/x.txt')), false, 'a folder not listed: asked of the disk');
    }
  });
});
