// The entry of the browser bundle (package.json `browser`, dist/web/extension.js) for VS Code for
// the Web's web worker extension host: the same extension, built with src/web/host.ts in place of
// the Node host module (scripts/build.mjs), so sources are read through vscode.workspace.fs.
export { activate, deactivate } from '../extension/extension';
export type { BackcheckApi } from '../extension/extension';
