import assert from 'node:assert/strict';
import { resolve } from 'node:path';

import { ESLint } from 'eslint';

// The core must run anywhere (CLI, extension host, browser): the lint config forbids it from
// importing `vscode` or Node built-ins. These tests lint probe text as if it were a core file.
describe('core import boundary (npm run lint)', function () {
  // The first lint loads ESLint's TypeScript parser: seconds on a loaded 2-core machine.
  this.timeout(60_000);
  const eslint = new ESLint({ cwd: resolve(__dirname, '../..') });
  const lintAs = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath: resolve(__dirname, '../..', filePath) });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports');
  };

  for (const module of ['vscode', 'fs', 'node:fs', 'path', 'node:child_process']) {
    it(`rejects an import of ${module} in src/core`, async () => {
      const messages = await lintAs(`import * as x from '${module}';\nexport const y = x;\n`, 'src/core/probe.ts');
      assert.equal(messages.length, 1, `expected one no-restricted-imports error for ${module}`);
      assert.equal(messages[0].severity, 2);
    });
  }

  it('allows Node built-ins outside the core (src/node)', async () => {
    const messages = await lintAs(`import * as fs from 'node:fs';\nexport const y = fs;\n`, 'src/node/probe.ts');
    assert.equal(messages.length, 0);
  });

  it('allows library imports in the core', async () => {
    const messages = await lintAs(`import { unified } from 'unified';\nexport const y = unified;\n`, 'src/core/probe.ts');
    assert.equal(messages.length, 0);
  });
});
