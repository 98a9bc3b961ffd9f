import * as vscode from 'vscode';

import { formatNumber } from '../core/figures/formatNumber';
import type { HoverInfo } from '../core/features/hoverAt';
import { hoverAt } from '../core/features/hoverAt';
import type { Backcheck } from '../core/service';
import type { Paragraph } from '../core/sources/source';
import type { Figure, Lang } from '../core/types';
import { toVsRange } from './convert';

/**
 * Hover cards on citation keys (the cited passage itself) and on figures (where in the sources
 * they come from). The content is decided in the core (hoverAt); this file only renders it.
 */
export class BackcheckHoverProvider implements vscode.HoverProvider {
  constructor(private readonly backcheck: Backcheck) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!vscode.workspace.getConfiguration('backcheck').get<boolean>('hovers', true)) return undefined;
    const draft = this.backcheck.analyze(document.getText());
    const info = hoverAt(draft, this.backcheck.library, document.offsetAt(position));
    if (!info) return undefined;
    const range = toVsRange(draft.lines.rangeOf(info.span));
    return new vscode.Hover(info.kind === 'citation' ? citationCard(info) : figureCard(info, draft.lang), range);
  }
}

function citationCard(info: Extract<HoverInfo, { kind: 'citation' }>): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: ['backcheck.openSource'] };
  info.sections.forEach((section, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    if (!section.source) {
      md.appendMarkdown(`**@${section.key}**: no source has this key`);
      return;
    }
    const { meta, lang } = section.source;
    md.appendMarkdown(`**${escape(meta.title ?? section.key)}**  \n`);
    md.appendMarkdown([...[meta.outlet, meta.date, lang.toUpperCase()].filter(Boolean).map((s) => escape(String(s))), `\`${section.key}\``].join(' · '));
    if (section.outOfRange) {
      md.appendMarkdown(`\n\nThe source has ${section.source.paragraphs.length} paragraphs; para. ${section.outOfRange.from} does not exist.`);
      return;
    }
    for (const paragraph of section.paragraphs) {
      md.appendMarkdown(`\n\n> ${boldFigures(paragraph, info.figuresInSentence)}`);
      const args = encodeURIComponent(JSON.stringify([section.key, paragraph.index]));
      md.appendMarkdown(`\n\n[Open para. ${paragraph.index}](command:backcheck.openSource?${args})`);
    }
  });
  return md;
}

function figureCard(info: Extract<HoverInfo, { kind: 'figure' }>, lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  const shown = `${formatNumber(info.figure.value, lang)}${info.figure.unit ? ' ' + info.figure.unit : ''}`;
  if (info.match) {
    const { source, kind } = info.match;
    md.appendMarkdown(`**${escape(shown)}** — ${kind} match: ${escape(source.figure.text)} in [@${source.sourceKey}, para. ${source.paragraph}]`);
  } else {
    md.appendMarkdown(`**${escape(shown)}** is in no source.`);
    if (info.nearest.length > 0) {
      md.appendMarkdown('\n\nNearest: ' + info.nearest.map((n) => `${escape(n.figure.text)} in [@${n.sourceKey}, para. ${n.paragraph}]`).join('; '));
    }
  }
  return md;
}

/** The passage with the draft sentence's figures in bold where the same value occurs. */
function boldFigures(paragraph: Paragraph, draftFigures: Figure[]): string {
  const { text, figures } = paragraph;
  const wanted = new Set(draftFigures.map((f) => f.value));
  let out = '';
  let at = 0;
  for (const figure of figures) {
    // Figure spans point into the whole source text; the paragraph's text starts at its span.
    const start = figure.span.start - paragraph.span.start;
    const end = figure.span.end - paragraph.span.start;
    if (!wanted.has(figure.value) || start < at) continue;
    out += escape(text.slice(at, start)) + `**${escape(text.slice(start, end))}**`;
    at = end;
  }
  return out + escape(text.slice(at));
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|<>]/g, '\\$&');
}
