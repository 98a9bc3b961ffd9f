import { formatNumber } from '../figures/formatNumber';
import { baseName } from '../sources/loadSource';
import { locatorOf } from '../sources/locate';
import type { Paragraph } from '../sources/source';
import type { MessageId } from '../messages/catalogue';
import { english, message, render, type Translate } from '../messages/message';
import { renderReason } from '../messages/reasons';
import type { Figure, Lang } from '../types';
import type { FigureHover, HoverInfo } from './hoverAt';
import { countedAs } from '../lint/rules/figureSubjectMismatch';
import { markdownText, markdownWithBold } from './markdownText';
import { matchedClaim } from './matchedClaim';
import { sourceDate } from './sourceDate';
import type { QuickFix } from './quickFixes';

/** A hover card as Markdown, and the only commands its links may run (the host trusts just these). */
export interface HoverMarkdown {
  markdown: string;
  commands: string[];
}

export const OPEN_SOURCE = 'backcheck.openSource';
export const APPLY_FIX = 'backcheck.applyFix';

/**
 * A link that runs one of Backcheck's commands. The label is inert text; the arguments are JSON,
 * percent-encoded including the parentheses and marks encodeURIComponent leaves (a ")" from a
 * source key would end the link early and let the rest render as Markdown).
 */
function commandLink(label: string, command: string, args: unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${markdownText(label)}](command:${command}?${encoded})`;
}

const citation = (key: string, paragraph: number) => `[@${key}, para. ${paragraph}]`;

/**
 * The card on a citation key: per cited key the source's title, outlet, date and language, and
 * the cited paragraphs with the sentence's figures in bold, each with a link that opens it.
 * Every word from the source is inert text (markdownText). The date is written in `locale`.
 */
export function citationHoverMarkdown(info: Extract<HoverInfo, { kind: 'citation' }>, translate: Translate = english, locale?: string): HoverMarkdown {
  const say = (id: Parameters<typeof message>[0], args: Parameters<typeof message>[1]) => render(message(id, args), translate);
  const parts: string[] = [];
  for (const section of info.sections) {
    if (!section.source) {
      const key = markdownText('@' + section.key);
      const { unreadable } = section;
      // A file that would have the key but cannot be read: the key is right, so say what is wrong.
      parts.push(unreadable ? say('hover.unreadableKey', { key, file: markdownText(baseName(unreadable.path)), reason: markdownText(renderReason(unreadable, translate)) }) : say('hover.unknownKey', { key }));
      continue;
    }
    const { meta, lang } = section.source;
    let part = `**${markdownText(meta.title ?? section.key)}**  \n`;
    part += [meta.outlet, meta.date && sourceDate(meta.date, locale), lang.toUpperCase(), section.key].filter(Boolean).map((s) => markdownText(String(s))).join(' · ');
    if (section.outOfRange) {
      part += `\n\n${markdownText(render(section.outOfRange.problem, translate))}`;
    }
    for (const paragraph of section.paragraphs) {
      part += `\n\n> ${markdownWithBold(paragraph.text, sharedFigureSpans(paragraph, info.figuresInSentence))}`;
      part += `\n\n${commandLink(say('hover.open', { locator: locatorOf(paragraph) }), OPEN_SOURCE, [section.key, paragraph.index])}`;
    }
    parts.push(part);
  }
  return { markdown: parts.join('\n\n---\n\n'), commands: [OPEN_SOURCE] };
}

/**
 * The card on a figure, as the lint judged it (hoverAt.ts): where it matches in the cited source;
 * or that the cited source (or passage) lacks it and where it is; or, on a miss, the nearest
 * source figures (or, for a number about something else, what the sources count with it), each
 * a link to its passage, and the quick fix's first offer as a link that applies it (the same
 * edit as the light bulb's preferred fix). `fixArgs` turns a fix into the arguments of APPLY_FIX.
 */
export function figureHoverMarkdown(
  info: FigureHover,
  lang: Lang,
  fix?: QuickFix,
  fixArgs?: (fix: QuickFix) => unknown[],
  // How a source paragraph is cited: the host knows a PDF's pages ("[@key, p. 4, para. 2]").
  cite: (key: string, paragraph: number) => string = citation,
  translate: Translate = english,
): HoverMarkdown {
  const say = (id: Parameters<typeof message>[0], args: Parameters<typeof message>[1]) => render(message(id, args), translate);
  const shown = markdownText(`${formatNumber(info.figure.value, lang)}${info.figure.unit ? ' ' + info.figure.unit : ''}`);
  const passage = (f: { figure: Figure; sourceKey: string; paragraph: number }) => say('hover.passage', { text: markdownText(f.figure.text), link: commandLink(cite(f.sourceKey, f.paragraph), OPEN_SOURCE, [f.sourceKey, f.paragraph]) });
  if (info.match) {
    const { source } = info.match;
    const link = commandLink(cite(source.sourceKey, source.paragraph), OPEN_SOURCE, [source.sourceKey, source.paragraph]);
    const claim = matchedClaim(info.figure, info.match);
    const text = markdownText(source.figure.text);
    const parts = [matchLine(info, shown, text, link, say)];
    if (claim) parts.push(markdownText(render(claim, translate)));
    if (info.verdict === 'uncited') parts.push(say('hover.uncited', {}));
    return { markdown: parts.join('\n\n'), commands: [OPEN_SOURCE] };
  }
  const others = info.otherSubjects ?? [];
  if (others.length > 0) {
    const what = countedAs(others[0]);
    const counted = typeof what === 'string' ? what : render(what, translate);
    return { markdown: say('hover.subjectMismatch', { figure: shown, counted: markdownText(counted), passages: others.map(passage).join(' · ') }), commands: [OPEN_SOURCE] };
  }
  let markdown = say('hover.unmatched', { figure: shown });
  if (info.nearest.length > 0) {
    markdown += `\n\n${say('hover.nearest', { passages: info.nearest.map(passage).join(' · ') })}`;
  }
  const commands = [OPEN_SOURCE];
  if (fix && fixArgs) {
    markdown += `\n\n${commandLink(fix.title, APPLY_FIX, fixArgs(fix))}`;
    commands.push(APPLY_FIX);
  }
  return { markdown, commands };
}

/**
 * The card's first line where a source has the figure: the match, where the verdict says it is
 * where the sentence cites; else that the cited source (or passage) lacks it, and where it is.
 */
function matchLine(info: FigureHover, figure: string, text: string, link: string, say: (id: MessageId, args: Record<string, string>) => string): string {
  if (info.verdict === 'not-in-cited-source') return say('hover.notInCitedSource', { figure, cited: markdownText(info.cited.map((k) => `[@${k}]`).join(', ')), text, link });
  if (info.verdict === 'locator-mismatch') return say('hover.locatorMismatch', { figure, cited: markdownText(`[@${info.match!.source.sourceKey}]`), text, link });
  return say(`hover.match.${info.match!.kind}`, { figure, text, link });
}

/** The spans (in the paragraph's own text) of its figures that have a value of the sentence's. */
function sharedFigureSpans(paragraph: Paragraph, draftFigures: Figure[]) {
  const wanted = new Set(draftFigures.map((f) => f.value));
  return paragraph.figures
    .filter((f) => wanted.has(f.value))
    .map((f) => ({ start: f.span.start - paragraph.span.start, end: f.span.end - paragraph.span.start }));
}
