import assert from 'node:assert/strict';
import { dirname, posix, win32 } from 'node:path';

import { folderOf, parseConfig } from '../../../src/node/config';

// The config is parsed without node:path (the web bundle has none), so the folder a config file
// is in is computed there; it must be the folder path.dirname gives, on POSIX and Windows paths.
describe('the config file without Node built-ins (src/node/config.ts, which the web bundle uses)', () => {
  const cases = ['/work/project/.backcheckrc.json', '/.backcheckrc.json', 'relative/dir/.backcheckrc.json', '.backcheckrc.json', '/a/b/c/d.json'];
  for (const file of cases) {
    it(`puts ${file} in the folder path.dirname names`, () => {
      assert.equal(folderOf(file), posix.dirname(file));
    });
  }

  for (const file of ['C:\\Users\\ana\\story\\.backcheckrc.json', 'C:\\.backcheckrc.json']) {
    it(`puts the Windows path ${file} in the folder path.win32.dirname names`, () => {
      assert.equal(folderOf(file), win32.dirname(file));
    });
  }

  it('gives a parsed config its root', () => {
    const file = '/work/story/.backcheckrc.json';
    assert.equal(parseConfig('{ "sources": ["sources"] }', file).root, dirname(file));
  });
});
