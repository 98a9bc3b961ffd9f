import * as vscode from 'vscode';

import type { Draft } from '../core/draft';
import { claimText } from '../core/figures/claimText';
import type { FigureVerdict } from '../core/lint/figureVerdicts';
import type { Backcheck } from '../core/service';
import type { SourceLibrary } from '../core/sources/library';
import { citationOf, describeLocator, locatorOf } from '../core/sources/locate';
import type { Finding, Lang, Severity } from '../core/types';
import { toVsRange } from './convert';
import { localized } from './localize';
import { checkedOnce } from './walkthroughProgress';

type Group = 'unmatched' | 'mismatched' | 'cited' | 'uncited';
type Row = { verdict: FigureVerdict; finding?: Finding };
type Node = { kind: 'group'; group: Group; items: Row[] } | { kind: 'figure'; row: Row };

const GROUP_OF: Record<FigureVerdict['verdict'], Group> = {
  unmatched: 'unmatched',
  'locator-mismatch': 'mismatched',
  'not-in-cited-source': 'mismatched',
  'subject-mismatch': 'mismatched',
  ok: 'cited',
  uncited: 'uncited',
};
const GROUPS: Group[] = ['unmatched', 'mismatched', 'cited', 'uncited'];
const GROUP_ICONS: Record<Group, string> = { unmatched: 'warning', mismatched: 'warning', cited: 'pass', uncited: 'info' };
const SEVERITY_ICONS: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'light-bulb' };
/** The figure rules, whose findings sit on a figure's span. */
const FIGURE_RULES = new Set(['figure-unmatched', 'figure-not-in-cited-source', 'figure-subject-mismatch', 'citation-locator-mismatch', 'figure-uncited']);

// English, as tests compare them; shown through vscode.l10n.t.
export const NO_DRAFT_MESSAGE = 'Open a Markdown draft to see its figures.';
export const NO_FIGURES_MESSAGE = 'This draft has no figures yet.';

/** A group's heading in the display language (each string literal, so the bundle test finds it). */
function groupTitle(group: Group): string {
  switch (group) {
    case 'unmatched':
      return vscode.l10n.t('Unmatched');
    case 'mismatched':
      return vscode.l10n.t('Cited, but not there');
    case 'cited':
      return vscode.l10n.t('Cited');
    default:
      return vscode.l10n.t('Uncited');
  }
}

/** How a figure matched, as the view's row says it. */
function matchKindLabel(kind: string): string {
  switch (kind) {
    case 'exact':
      return vscode.l10n.t('exact');
    case 'rounded':
      return vscode.l10n.t('rounded');
    case 'converted':
      return vscode.l10n.t('converted');
    default:
      return kind;
  }
}

/**
 * The This Draft view: the active draft's figures grouped as unmatched, cited but not there
 * (a locator or source mismatch), cited and uncited. It reads the same verdicts as the
 * diagnostics, and each figure's icon and tooltip come from the diagnostic on it, so the view
 * never says "cited" with a tick where Problems warns. A click selects the figure in the editor.
 */
export class DraftFiguresView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private document: vscode.TextDocument | undefined;
  private draft: Draft | undefined;
  private rows: Row[] = [];
  private treeView: vscode.TreeView<Node> | undefined;

  constructor(
    private readonly backcheck: Backcheck,
    private readonly findingsFor: (document: vscode.TextDocument) => Finding[] = () => [],
    /** The options the diagnostics analyse with, so the view reads the very draft they linted. */
    private readonly draftOptions: () => { lang?: Lang } = () => ({}),
    /** No sources once loaded: then the view's welcome content (package.json) says so, with the configure command. */
    private readonly noSources: () => boolean = () => false,
  ) {}

  update(document: vscode.TextDocument | undefined): void {
    this.document = document;
    const { draft, verdicts } = document ? this.backcheck.verdicts(document.getText(), this.draftOptions()) : { draft: undefined, verdicts: [] };
    this.draft = draft;
    const findings = document ? this.findingsFor(document).filter((f) => FIGURE_RULES.has(f.ruleId)) : [];
    // By span, the first finding of each: a long draft's thousands of figures each searched every finding before.
    const bySpan = new Map<string, Finding>();
    for (const f of findings) if (!bySpan.has(`${f.span.start}:${f.span.end}`)) bySpan.set(`${f.span.start}:${f.span.end}`, f);
    this.rows = verdicts.map((verdict) => ({ verdict, finding: bySpan.get(`${verdict.figure.span.start}:${verdict.figure.span.end}`) }));
    this.describeView();
    if (document && this.rows.length > 0) checkedOnce(document);
    this.changed.fire();
  }

  /** The figures the view lists (those that get a verdict; ordinals get none): the status bar counts the same. */
  get figureCount(): number {
    return this.rows.length;
  }

  get view(): vscode.TreeView<Node> | undefined {
    return this.treeView;
  }

  /** The view this provider fills; it gets its empty-state message at once. */
  set view(view: vscode.TreeView<Node> | undefined) {
    this.treeView = view;
    this.describeView();
  }

  private describeView(): void {
    if (!this.treeView) return;
    const count = (g: Group) => this.rows.filter((r) => GROUP_OF[r.verdict.verdict] === g).length;
    const summary = count('mismatched') > 0
      ? vscode.l10n.t('{0} figures · {1} unmatched · {2} mismatched · {3} uncited', this.rows.length, count('unmatched'), count('mismatched'), count('uncited'))
      : vscode.l10n.t('{0} figures · {1} unmatched · {2} uncited', this.rows.length, count('unmatched'), count('uncited'));
    const description = this.document ? summary : undefined;
    // No message without sources: a message hides the welcome content, and "open a draft" would not help.
    const message = !this.document ? (this.noSources() ? undefined : vscode.l10n.t(NO_DRAFT_MESSAGE)) : this.rows.length === 0 ? vscode.l10n.t(NO_FIGURES_MESSAGE) : undefined;
    // Each assignment is a message to the workbench, and a load updates the view at every batch.
    if (this.treeView.description !== description) this.treeView.description = description;
    if (this.treeView.message !== message) this.treeView.message = message;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      return GROUPS.map((group) => ({ kind: 'group' as const, group, items: this.rows.filter((r) => GROUP_OF[r.verdict.verdict] === group) })).filter((g) => g.items.length > 0);
    }
    return node.kind === 'group' ? node.items.map((row) => ({ kind: 'figure', row })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(groupTitle(node.group), vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      return item;
    }
    const { verdict, finding } = node.row;
    // Named as the diagnostics name it: with what it counts ("1,800 workers"), not the number alone.
    const item = new vscode.TreeItem(claimText(verdict.figure));
    item.description = describe(verdict, this.backcheck.library);
    item.iconPath = new vscode.ThemeIcon(finding ? SEVERITY_ICONS[finding.severity] : GROUP_ICONS[GROUP_OF[verdict.verdict]]);
    // The tooltip is the Problems text itself, so both say the same.
    item.tooltip = finding && localized(finding);
    if (this.document && this.draft) {
      const range = toVsRange(this.draft.lines.rangeOf(verdict.figure.span));
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Reveal'), arguments: [this.document.uri, { selection: range }] };
    }
    return item;
  }
}

/**
 * One short line on where the figure is, as the verdict says it (the tooltip has the rest). The
 * row's label is already the draft's claim: the line names the source's only where it differs.
 */
function describe({ verdict, match, cited, figure, otherSubjects }: FigureVerdict, library: SourceLibrary): string {
  const other = otherSubjects?.[0];
  if (verdict === 'subject-mismatch' && other) {
    return `≠ ${claimText(other.figure)} · ${citationOf(library.byKey(other.sourceKey), other.sourceKey, other.paragraph)}`;
  }
  if (!match) return vscode.l10n.t('in no source');
  // A PDF's paragraph is named by its page: "[@key, p. 4, para. 2]".
  const where = citationOf(library.byKey(match.source.sourceKey), match.source.sourceKey, match.source.paragraph);
  switch (verdict) {
    case 'locator-mismatch': {
      const locator = cited.find((k) => k.key === match.source.sourceKey)?.locator;
      const paragraph = library.byKey(match.source.sourceKey)?.paragraphs[match.source.paragraph - 1];
      const foundWhere = paragraph ? locatorOf(paragraph) : `para. ${match.source.paragraph}`;
      return locator ? vscode.l10n.t('locator mismatch: in {0}, not {1}', foundWhere, describeLocator(locator)) : vscode.l10n.t('locator mismatch: in {0}, not the cited passage', foundWhere);
    }
    case 'not-in-cited-source':
      return vscode.l10n.t('not in {0}; in {1}', [...new Set(cited.map((k) => `[@${k.key}]`))].join(', '), where);
    default: {
      const said = claimText(match.source.figure);
      const kind = matchKindLabel(match.kind);
      // As matchedClaim: the source's figure only where either names what it counts, and writes it otherwise.
      const named = (figure.subjectWord || match.source.figure.subjectWord) && said !== claimText(figure);
      return `${named ? vscode.l10n.t('↔ {0}, {1}', said, kind) : kind} · ${where}`;
    }
  }
}
