// `npm start`: builds Backcheck and opens the example workspace in VS Code with it loaded.
// Desktop VS Code (`code` on the PATH) gets a development window; elsewhere a browser VS Code
// (the one the tests use) starts on 127.0.0.1 and the URL to open is printed. Ctrl-C stops it.
import { execFileSync, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { startServer } from './vscode/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = resolve(root, process.argv[2] ?? 'examples/workspace');

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

function hasDesktopCode() {
  if (process.env.BACKCHECK_BROWSER === '1') return false;
  try {
    execFileSync('which', ['code'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (hasDesktopCode()) {
  spawn('code', ['--extensionDevelopmentPath', root, workspace], { stdio: 'inherit', detached: true }).unref();
  console.log(`opened ${workspace} in VS Code with Backcheck loaded from ${root}`);
} else {
  const port = process.env.BACKCHECK_PORT ? Number(process.env.BACKCHECK_PORT) : undefined;
  const server = await startServer({ port });
  const payload = [['extensionDevelopmentPath', `vscode-remote://localhost:${server.port}${root}`]];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  console.log('\nNo desktop VS Code (`code`) on the PATH: started a browser VS Code with Backcheck loaded.');
  console.log(`Open this URL in a browser on this machine (Ctrl-C here stops it):\n\n  ${url}\n`);
  // Stay up until Ctrl-C; server.mjs stops the server on SIGINT/SIGTERM.
  setInterval(() => {}, 1 << 30);
}
