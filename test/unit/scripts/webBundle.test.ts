import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'esbuild';

const ROOT = resolve(__dirname, '../../..');

interface WebBundle {
  webBuildOptions(options?: { production?: boolean }): Record<string, unknown>;
  checkWebBundle(result: unknown, file?: string): unknown;
  externalModules(metafile: unknown): string[];
}
const load = async (): Promise<WebBundle> => import(pathToFileURL(resolve(ROOT, 'scripts/web-bundle.mjs')).href);

/** Builds `contents` as a module of src/web with the web bundle's options, in memory. */
async function buildProbe(contents: string) {
  const { webBuildOptions } = await load();
  return build({ ...webBuildOptions(), stdin: { contents, resolveDir: resolve(ROOT, 'src/web'), sourcefile: 'probe.ts', loader: 'ts' }, write: false, logLevel: 'silent', sourcemap: false });
}

describe('the web bundle check (scripts/web-bundle.mjs)', function () {
  this.timeout(60_000);

  for (const module of ['node:fs', 'fs', 'path', 'worker_threads', 'node:buffer']) {
    it(`fails the build on an import of ${module}, naming it`, async () => {
      await assert.rejects(buildProbe(`import * as x from '${module}';\nexport const y = x;\n`), (error: Error) => error.message.includes(`"${module}" is a Node built-in`));
    });
  }

  it('fails on a module left to be loaded at run time, other than vscode', async () => {
    const { checkWebBundle } = await load();
    const result = await build({ stdin: { contents: "import * as x from 'some-native-module';\nimport * as vscode from 'vscode';\nexport const y = [x, vscode];\n", resolveDir: ROOT }, bundle: true, format: 'cjs', external: ['some-native-module', 'vscode'], write: false, metafile: true, logLevel: 'silent' });
    assert.throws(() => checkWebBundle(result, 'probe.js'), /probe\.js loads some-native-module at run time/);
  });

  it('builds the extension for the worker: the Node host module swapped for the web one, vscode the only module it loads', async () => {
    const { externalModules } = await load();
    const result = await buildProbe("export { activate } from '../extension/extension';\n");
    assert.deepEqual(externalModules(result.metafile), ['vscode']);
    const inputs = Object.keys(result.metafile!.inputs);
    assert.ok(inputs.some((i) => i.endsWith('src/web/host.ts')), 'src/web/host.ts is in the bundle');
    assert.ok(!inputs.some((i) => /src\/node\/(sourceFiles|documentSources|configFile)\.ts$|src\/extension\/host\.ts$/.test(i)), `no Node host module: ${inputs.filter((i) => i.includes('src/')).join(', ')}`);
  });

  it('refuses the Node host module itself (it reads files with node:fs)', async () => {
    await assert.rejects(buildProbe("export { readSourceFile } from '../node/sourceFiles';\n"), /is a Node built-in/);
  });
});
