/**
 * How deep a saved web page's elements may nest before it is not extracted. Readability walks
 * the tree again and again per level: 2,000 nested <div> took 75 s, 5,000 over 300 s; news
 * pages nest 20 to 40 deep. Pages past the limit are `source-unreadable`, saying so.
 */
export const MAX_HTML_DEPTH = 200;

// Elements that never hold others (void) or close themselves when a sibling opens (optional end
// tags: an unclosed <p> or <li> is no deeper nesting, however many there are).
const NO_DEPTH = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

/**
 * More elements than any news page has (they have 1,000 to 5,000). Readability has such a limit
 * (maxElemsToParse), but it counts with getElementsByTagName('*'), which linkedom answers with
 * none, so the scan below counts.
 */
export const MAX_HTML_ELEMENTS = 50_000;

/**
 * How many element levels a page may have in all: each element counts the elements it is nested
 * in. Readability's time grows with elements times their depth (it reads an ancestor's text for
 * each candidate), so the two limits above alone let a page of 200 levels and 50,000 paragraphs
 * take 80 s; past this one a page is not extracted either. A news page of 5,000 elements about
 * 15 deep has 75,000; a page at this limit took 3 to 5 s of CPU here (README, Limits).
 */
export const MAX_HTML_LEVELS = 1_000_000;

export interface HtmlShape {
  depth: number;
  elements: number;
  /** The sum over elements of how deep each is nested. */
  levels: number;
}

/**
 * The deepest element nesting of an HTML text, its number of elements and their levels in all,
 * by a linear scan of its tags (comments and the text of <script>/<style> skipped); stops once
 * past any limit.
 */
export function htmlShape(html: string, limits = { depth: MAX_HTML_DEPTH, elements: MAX_HTML_ELEMENTS, levels: MAX_HTML_LEVELS }): HtmlShape {
  const lower = html.toLowerCase();
  let depth = 0;
  let max = 0;
  let elements = 0;
  let levels = 0;
  let i = lower.indexOf('<');
  while (i >= 0 && max <= limits.depth && elements <= limits.elements && levels <= limits.levels) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end < 0) break;
      i = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[i + 1] === '/';
    let j = i + (closing ? 2 : 1);
    const nameStart = j;
    while (j < lower.length && /[a-z0-9-]/.test(lower[j])) j++;
    const name = lower.slice(nameStart, j);
    const end = lower.indexOf('>', j);
    // No `>` after this `<`: no later tag can be closed either.
    if (end < 0) break;
    if (name && /[a-z]/.test(name[0]) && !closing) {
      elements++;
      levels += depth;
    }
    if (name && /[a-z]/.test(name[0]) && !NO_DEPTH.has(name)) {
      const selfClosing = lower[end - 1] === '/';
      if (closing) depth = Math.max(0, depth - 1);
      else if (!selfClosing) max = Math.max(max, ++depth);
    }
    let next = end + 1;
    if (!closing && RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, next);
      next = close < 0 ? lower.length : close;
    }
    i = lower.indexOf('<', next);
  }
  return { depth: max, elements, levels };
}
