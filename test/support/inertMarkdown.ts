import MarkdownIt from 'markdown-it';

// A permissive renderer: raw HTML passes through, bare URLs become links, every link scheme is
// kept. Whatever a card's Markdown could turn into anywhere, this shows it.
const renderer = new MarkdownIt({ html: true, linkify: true });
renderer.validateLink = () => true;

const ALLOWED_TAGS = new Set(['p', 'strong', 'blockquote', 'hr', 'br', 'a']);

/** The card's Markdown rendered to HTML. */
export function renderCard(markdown: string): string {
  return renderer.render(markdown);
}

/** The rendered card's text as a reader sees it (tags dropped, entities decoded). */
export function cardText(markdown: string): string {
  return renderCard(markdown)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * What in a card is not inert: every tag but paragraphs, bold, quotes, rules and links to
 * Backcheck's own commands; every link elsewhere; a codicon "$(…)" left unescaped.
 */
export function liveParts(markdown: string): string[] {
  const live: string[] = [];
  for (const tag of renderCard(markdown).matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
    const name = tag[1].toLowerCase();
    if (!ALLOWED_TAGS.has(name)) live.push(tag[0]);
    else if (name === 'a' && !tag[0].startsWith('</') && !/^ href="command:backcheck\.[A-Za-z]+(\?[^"]*)?"$/.test(tag[2])) live.push(tag[0]);
  }
  for (const icon of markdown.matchAll(/(?<!\\)\$\(/g)) live.push(`codicon at ${icon.index}`);
  return live;
}
