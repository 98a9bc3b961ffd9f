import assert from 'node:assert/strict';

import { globBase, globWithin } from '../../../src/extension/folderScan';

describe('a folder made under the sources location: which of its files are sources', () => {
  it('finds the literal folder a sources glob lies in', () => {
    assert.equal(globBase('sources/**/*.{txt,md}'), 'sources');
    assert.equal(globBase('archive/2026/**/*.txt'), 'archive/2026');
    assert.equal(globBase('**/*.txt'), '');
    assert.equal(globBase('{a,b}/**/*.txt'), '');
    assert.equal(globBase('notes.txt'), '');
  });

  it('moves the glob into a folder inside its base, as "**/" and the file pattern', () => {
    assert.equal(globWithin('sources/**/*.{txt,md}', 'sources/2026/june'), '**/*.{txt,md}');
    assert.equal(globWithin('sources/**/*.txt', 'sources'), '**/*.txt');
    assert.equal(globWithin('**/*.txt', 'drafts/new'), '**/*.txt');
  });

  it('does not say where the shape leaves it open, or outside the base', () => {
    assert.equal(globWithin('sources/**/*.txt', 'sourcesold/a'), undefined, 'a folder whose name only starts like the base');
    assert.equal(globWithin('sources/**/*.txt', 'drafts'), undefined);
    assert.equal(globWithin('sources/*/*.txt', 'sources/a'), undefined, 'a fixed depth');
    assert.equal(globWithin('sources/**/reports/*.txt', 'sources/reports'), undefined, 'the folder may be the named one');
    assert.equal(globWithin('{a,b}/**/*.txt', 'a/x'), undefined);
  });
});
