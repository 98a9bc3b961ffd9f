/* global document */
// What a person sees in the browser VS Code, as small steps over a Playwright page. Each waits
// for something visible (never a fixed sleep) and fails with a message saying what was missing.

const WAIT = 30_000;

export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench .activitybar', { timeout: 60_000 });
}

/** Opens the Backcheck view container and returns the labels of the Sources view's rows. */
export async function openSourcesView(page, expectedKeys) {
  await page.locator('.activitybar .action-item a[aria-label^="Backcheck"]').click({ timeout: WAIT });
  const rows = page.locator('.pane-body .monaco-list-row');
  for (const key of expectedKeys) await rows.filter({ hasText: key }).first().waitFor({ timeout: WAIT });
  return rows.allInnerTexts();
}

/** Opens a workspace file through Quick Open, as a person would, and waits for its editor. */
export async function openFile(page, name) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab[aria-label^="${name}"]`).waitFor({ timeout: WAIT });
  await page.locator('.editor-instance .view-lines').first().waitFor({ timeout: WAIT });
}

/** Waits for at least one warning squiggle in the visible editor. */
export async function waitForSquiggle(page) {
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: WAIT });
  return page.locator('.editor-instance .squiggly-warning').count();
}

/** Opens the Problems panel and returns the text of its rows. */
export async function openProblems(page, expectedText) {
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.filter({ hasText: expectedText }).first().waitFor({ timeout: WAIT });
  return rows.allInnerTexts();
}

/** Hovers the first rendered occurrence of `text` in the editor and returns the hover's text. */
export async function hoverOver(page, text, expectedInHover) {
  await page.locator('.editor-instance .view-line', { hasText: text }).first().waitFor({ timeout: WAIT });
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: expectedInHover });
  // Aimed again every few seconds, as a writer moves the mouse again: a hover asked while the
  // editor still lays its lines out (a first wrap, the diagnostics' decorations) may never open
  // (seen once in a clean-clone CI run), and the point is measured anew each time.
  const deadline = Date.now() + WAIT;
  for (;;) {
    const point = await pointOf(page, text);
    if (!point) throw new Error(`"${text}" is not rendered in the editor`);
    await page.mouse.move(0, 0);
    await page.mouse.move(point.x, point.y);
    try {
      await hover.first().waitFor({ timeout: Math.min(5000, Math.max(1, deadline - Date.now())) });
      return hover.first().innerText();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
  }
}

/** The middle of `text` where the editor renders it: a rendered token may hold more than `text` ("[@key,"). */
function pointOf(page, text) {
  return page.evaluate((wanted) => {
    for (const span of document.querySelectorAll('.editor-instance .view-line span span')) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + Math.floor(wanted.length / 2));
      range.setEnd(node, at + Math.floor(wanted.length / 2) + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    return undefined;
  }, text);
}
