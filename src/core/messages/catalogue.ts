/**
 * Every message the core writes, in English, by id: rule findings, the problems a locator can
 * have, hover cards and quick fixes. This is the one place their wording lives. A finding keeps
 * its English `message` (what the CLI prints and the spec fixes) and also carries the id and the
 * arguments, so a host can render it in the writer's language: the extension through
 * `vscode.l10n.t`, the CLI through the same bundle (l10n/bundle.l10n.<lang>.json, whose keys are
 * these templates). Placeholders are `{name}`, as `vscode.l10n.t(message, args)` fills them.
 */
export const CATALOGUE = {
  // Rules (src/core/lint/rules).
  'figure-unmatched': '{figure} is in no source',
  'figure-unmatched.nearest': '{figure} is in no source; nearest: {nearest} in [@{key}, {locator}]',
  'figure-not-in-cited-source': '{figure} is not in {cited}; it is in [@{key}, {locator}]',
  'citation-locator-mismatch': '{figure} is not in {locator} of [@{key}]; it is in {found}',
  'citation-locator-mismatch.anywhere': '{figure} is not in the cited passage of [@{key}]; it is in {found}',
  'figure-subject-mismatch': '{claim}: the sources have {figure} only as {counted} [@{key}, {locator}]',
  'figure-subject-mismatch.age': 'an age',
  'figure-subject-mismatch.other': 'something else',
  'related.countedAs': '{figure} {counted} in {locator}',
  'figure-uncited': '{figure} is in [@{key}, {locator}] but not cited',
  'citation-unknown-source': 'no source has the key "{key}"',
  'citation-unknown-source.candidate': 'no source has the key "{key}"; did you mean "{candidate}"?',
  'citation-locator-out-of-range': '[@{key}] {problem}',
  'quote-unmatched': 'quotation not found in any source',
  'quote-unmatched.closest': 'quotation not found in any source; closest: [@{key}, {locator}]',
  'draft-over-limit.nesting': 'blockquotes and lists nest {depth} deep here; Backcheck reads Markdown to a depth of {max} and skipped what is deeper',
  'draft-over-limit.marks': 'this paragraph has {marks} brackets and emphasis marks; over {max}, Backcheck reads its links and emphasis as plain text',
  'source-unreadable': 'cannot be read: {reason}',
  'source-unreadable.duplicate': 'has the key "{key}", which {other} has too: rename one or give it an "id"',
  // A file's problem as the CLI reports it, the file first (source-unreadable, draft-unreadable).
  'file.problem': '{file} {problem}',
  // A place in a source as prose names it (related notes; citations keep their locator).
  'place.paragraph': 'para. {paragraph}',
  'place.pageParagraph': 'p. {page}, para. {paragraph}',
  // Related information: where a source figure is.
  'related.figure': '{figure} in {locator}',
  // What a locator names that does not exist (src/core/sources/locate.ts), after "the source".
  'range.page': 'has 1 page; p. {missing} does not exist',
  'range.pages': 'has {count} pages; p. {missing} does not exist',
  'range.paragraph': 'has 1 paragraph; para. {missing} does not exist',
  'range.paragraphs': 'has {count} paragraphs; para. {missing} does not exist',
  'range.paragraphOnPage': 'has 1 paragraph on p. {page}; para. {missing} does not exist',
  'range.paragraphsOnPage': 'has {count} paragraphs on p. {page}; para. {missing} does not exist',
  // Hover cards (src/core/features/hoverMarkdown.ts); arguments are Markdown already made inert.
  'hover.unknownKey': '**{key}**: no source has this key',
  'hover.outOfRange': 'The source {problem}.',
  'hover.open': 'Open {locator}',
  'hover.match.exact': '**{figure}** — exact match: {text} in {link}',
  'hover.match.rounded': '**{figure}** — rounded match: {text} in {link}',
  'hover.match.converted': '**{figure}** — converted match: {text} in {link}',
  'hover.unmatched': '**{figure}** is in no source.',
  'hover.nearest': 'Nearest passages: {passages}',
  'hover.passage': '{text} in {link}',
  // Quick fixes (src/core/features/quickFixes.ts).
  'fix.replace': 'Replace with {replacement} from [@{key}, {locator}]',
  'fix.replace.otherLine': 'Replace with {replacement} from [@{key}, {locator}] (citation on line {line})',
  'fix.cite': 'Cite [@{key}, {locator}]',
  'fix.citeInstead': 'Cite [@{key}, {locator}] instead',
  'fix.citeInstead.otherLine': 'Cite [@{key}, {locator}] instead (citation on line {line})',
  'fix.citeParagraph': 'Cite {locator} of [@{key}]',
  'fix.citeParagraph.otherLine': 'Cite {locator} of [@{key}] (citation on line {line})',
  'fix.changeKey': 'Change to @{key}',
  'fix.suppress': 'Suppress {rule} on this line',
  // The CLI's stylish output (src/cli/formats/stylish.ts): severity labels and the summary line.
  'cli.label.error': 'error',
  'cli.label.warning': 'warning',
  'cli.label.info': 'info',
  'cli.summary': '✖ {problems} ({errors}, {warnings}, {infos})',
  'cli.problems.one': '1 problem',
  'cli.problems.many': '{count} problems',
  'cli.errors.one': '1 error',
  'cli.errors.many': '{count} errors',
  'cli.warnings.one': '1 warning',
  'cli.warnings.many': '{count} warnings',
  'cli.infos.one': '1 info',
  'cli.infos.many': '{count} info',
} as const satisfies Record<string, string>;

export type MessageId = keyof typeof CATALOGUE;
