import type { Locator } from '../citations/citation';
import type { Draft } from '../draft';
import { formatNumber } from '../figures/formatNumber';
import { parseLocaleNumber } from '../figures/parseNumber';
import { coveringCitation } from '../lint/figureVerdicts';
import { describeLocator } from '../sources/locate';
import { citationInsertPoint, sentenceAt } from '../text/sentences';
import type { MessageId } from '../messages/catalogue';
import { english, message, render, type MessageArg, type Translate } from '../messages/message';
import type { Figure, Finding, Span } from '../types';

export interface TextEdit {
  span: Span;
  newText: string;
}

/** One fix a writer can choose; all its edits apply as one undoable change. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

interface Located {
  value: number;
  text: string;
  sourceKey: string;
  paragraph: number;
  /** `p. 4, para. 2` in a PDF, `para. 7` elsewhere (src/core/lint/withLocator.ts). */
  locator?: string;
}

/** How a fix cites a place: its locator, or `para. N` for a finding from before findings had one. */
function locatorText(at: Located): string {
  return at.locator ?? `para. ${at.paragraph}`;
}

/**
 * The fixes for one finding, computed from its `data` and the draft: replace an unmatched figure
 * with a near source figure (and cite it), cite the passage an uncited figure comes from, switch
 * a citation to the source or paragraph that has the figure, correct an unknown key, and always
 * suppress the rule on that line.
 */
export function quickFixes(finding: Finding, draft: Draft, translate: Translate = english): QuickFix[] {
  const say = (id: MessageId, args: Record<string, MessageArg>) => render(message(id, args), translate);
  // A title that names the citation's line when the edit is on another line than the finding.
  const sayWhere = (id: 'fix.replace' | 'fix.citeInstead' | 'fix.citeParagraph', args: Record<string, MessageArg>, span?: Span) => {
    const line = span && otherLine(draft, finding, span);
    return line === undefined ? say(id, args) : say(`${id}.otherLine`, { ...args, line });
  };
  const data = (finding.data ?? {}) as Record<string, unknown>;
  const fixes: QuickFix[] = [];
  switch (finding.ruleId) {
    case 'figure-unmatched': {
      const figure = data.figure as Figure;
      for (const [i, candidate] of ((data.candidates as Located[]) ?? []).slice(0, 3).entries()) {
        const replacement = rewriteFigure(figure, candidate.value, draft);
        const cite = citeFor(draft, figure.span, candidate);
        fixes.push({
          title: sayWhere('fix.replace', { replacement, key: candidate.sourceKey, locator: locatorText(candidate) }, cite[0]?.span),
          edits: [{ span: figure.span, newText: replacement }, ...cite],
          preferred: i === 0,
        });
      }
      break;
    }
    case 'figure-uncited': {
      const found = data.found as Located;
      fixes.push({ title: say('fix.cite', { key: found.sourceKey, locator: locatorText(found) }), edits: [{ span: { start: data.sentenceEnd as number, end: data.sentenceEnd as number }, newText: ` [@${found.sourceKey}, ${locatorText(found)}]` }], preferred: true });
      break;
    }
    case 'figure-not-in-cited-source': {
      const found = data.found as Located;
      const span = 'citationSpan' in data ? (data.citationSpan as Span | undefined) : coveringSpan(draft, (data.figure as Figure).span);
      if (span) {
        fixes.push({
          title: sayWhere('fix.citeInstead', { key: found.sourceKey, locator: locatorText(found) }, span),
          edits: [{ span, newText: `[@${found.sourceKey}, ${locatorText(found)}]` }],
          preferred: true,
        });
      }
      break;
    }
    case 'citation-locator-mismatch': {
      const found = data.found as Located;
      const keySpan = data.citationSpan as Span;
      const cited = draft.citations.flatMap((c) => c.keys).find((k) => k.span.start === keySpan.start);
      const edit = cited?.locator ? { span: cited.locator.span, newText: locatorText(found) } : { span: { start: keySpan.end, end: keySpan.end }, newText: `, ${locatorText(found)}` };
      fixes.push({ title: sayWhere('fix.citeParagraph', { key: found.sourceKey, locator: locatorText(found) }, edit.span), edits: [edit], preferred: true });
      break;
    }
    case 'citation-unknown-source':
      for (const [i, key] of ((data.candidates as string[]) ?? []).entries()) {
        fixes.push({ title: say('fix.changeKey', { key }), edits: [{ span: finding.span, newText: key }], preferred: i === 0 });
      }
      break;
  }
  const lineStart = draft.lines.offsetAt({ line: finding.range.start.line, character: 0 });
  fixes.push({ title: say('fix.suppress', { rule: finding.ruleId }), edits: [{ span: { start: lineStart, end: lineStart }, newText: `<!-- backcheck-disable-next-line ${finding.ruleId} -->\n` }] });
  return fixes;
}

/**
 * The draft figure rewritten with another value, keeping how it is written: its scale word and
 * unit ("3.2 million euros" → "2.3 million euros"), in the draft's number format.
 */
export function rewriteFigure(figure: Figure, value: number, draft: Draft): string {
  const number = /[\d][\d.,'\u00a0\u202f\u2009 ]*\d|\d/.exec(figure.text);
  if (!number) return formatNumber(value, draft.lang);
  const written = parseLocaleNumber(number[0].trim(), draft.lang) ?? parseLocaleNumber(number[0].trim(), draft.lang === 'en' ? 'de' : 'en') ?? figure.value;
  const scale = written !== 0 ? figure.value / written : 1;
  const formatted = formatNumber(Number((value / scale).toPrecision(12)), draft.lang);
  return figure.text.slice(0, number.index) + formatted + figure.text.slice(number.index + number[0].trim().length);
}

/**
 * The 1-based line of the edit when it is on another line than the finding: the writer should
 * know which citation changes when it is not the one beside the squiggle.
 */
function otherLine(draft: Draft, finding: Finding, span: Span): number | undefined {
  const line = draft.lines.positionAt(span.start).line;
  return line === finding.range.start.line ? undefined : line + 1;
}

/** The covering citation's span, for findings from before `citationSpan` was in their data. */
function coveringSpan(draft: Draft, figure: Span): Span | undefined {
  const covering = coveringCitation(draft.citations, sentenceAt(draft.sentences, figure.start), figure);
  return covering && !covering.inText ? covering.span : undefined;
}

/**
 * The edit that makes a replaced figure cited by its new passage: a citation at the sentence's
 * end when nothing covers the figure; when a bracketed citation covers it and does not cite
 * that passage yet, "; @key, para. N" added to that citation (its other keys may vouch for other
 * words, so none is dropped); nothing when it already cites the passage.
 */
function citeFor(draft: Draft, figure: Span, at: Located): TextEdit[] {
  const sentence = sentenceAt(draft.sentences, figure.start);
  const covering = coveringCitation(draft.citations, sentence, figure);
  if (!covering) {
    const end = citationInsertPoint(draft.text, sentence);
    return [{ span: { start: end, end }, newText: ` [@${at.sourceKey}, ${locatorText(at)}]` }];
  }
  const cites = covering.keys.some((k) => k.key === at.sourceKey && (!k.locator || citesParagraph(k.locator, at)));
  if (cites || covering.inText) return [];
  const close = covering.span.end - 1;
  return [{ span: { start: close, end: close }, newText: `; @${at.sourceKey}, ${locatorText(at)}` }];
}

/**
 * Whether a locator names the place: `para. N` counts through the whole source; a PDF's
 * `p. 4, para. 2` counts on its page, so it is compared as written.
 */
function citesParagraph(locator: Locator, at: Located): boolean {
  if (locator.page) return at.locator === describeLocator(locator);
  return locator.label === 'para' && locator.from <= at.paragraph && at.paragraph <= locator.to;
}
