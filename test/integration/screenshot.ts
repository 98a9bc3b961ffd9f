import { existsSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Asks the driver (scripts/vscode/run-integration.mjs) for a screenshot of the workbench as it is
 * now, saved as screenshots-out/NAME, and waits until it is taken. The request is a file the
 * driver polls; the path comes in the environment. Under a runner that takes none
 * (npm run test:electron) this returns at once.
 */
export async function screenshot(name: string, ms = 10_000): Promise<void> {
  const request = process.env.BACKCHECK_SCREENSHOT_REQUEST;
  if (!request) return;
  // Let the workbench paint what the test just did.
  await new Promise((r) => setTimeout(r, 400));
  writeFileSync(`${request}.tmp`, JSON.stringify({ name }));
  renameSync(`${request}.tmp`, request);
  const until = Date.now() + ms;
  while (existsSync(request)) {
    if (Date.now() > until) throw new Error(`the driver took no screenshot ${name} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
