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
  'citation-unknown-source.unreadable': 'the source "{key}" ({file}) cannot be read: {reason}',
  'citation-locator-out-of-range': '[@{key}] {problem}',
  'quote-unmatched': 'quotation not found in any source',
  'quote-unmatched.closest': 'quotation not found in any source; closest: [@{key}, {locator}]',
  'draft-over-limit.nesting': 'blockquotes and lists nest {depth} deep here; Backcheck reads Markdown to a depth of {max} and skipped what is deeper',
  'draft-over-limit.marks': 'this paragraph has {marks} brackets and emphasis marks; over {max}, Backcheck reads its links and emphasis as plain text',
  'draft-over-limit.findings': '{left} more findings in this file are not listed (at most {max} a file): {errors} errors, {warnings} warnings, {infos} info',
  // A rule that threw (src/core/lint/lint.ts); the error's own text follows.
  'rule-failed': 'rule {rule} failed: {error}',
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
  'hover.unreadableKey': '**{key}**: the source {file} cannot be read: {reason}',
  'hover.outOfRange': 'The source {problem}.',
  'hover.open': 'Open {locator}',
  'hover.match.exact': '**{figure}** — exact match: {text} in {link}',
  'hover.match.rounded': '**{figure}** — rounded match: {text} in {link}',
  'hover.match.converted': '**{figure}** — converted match: {text} in {link}',
  // What was matched to what (src/core/features/matchedClaim.ts), under a hover card and in This
  // Draft; both figures as their documents write them.
  'claim.exact': '{draft} ↔ {source}, exact',
  'claim.rounded': '{draft} ↔ {source}, rounded',
  'claim.converted': '{draft} ↔ {source}, converted',
  'claim.same.exact': '{claim}, exact',
  'claim.same.rounded': '{claim}, rounded',
  'claim.same.converted': '{claim}, converted',
  'hover.unmatched': '**{figure}** is in no source.',
  // The card where the lint's verdict is not a plain match (src/core/lint/figureVerdicts.ts).
  'hover.notInCitedSource': '**{figure}** is not in {cited}; found elsewhere: {text} in {link}',
  'hover.locatorMismatch': '**{figure}** is not in the cited passage of {cited}; found elsewhere in it: {text} in {link}',
  'hover.uncited': 'The sentence cites no source for it.',
  'hover.subjectMismatch': '**{figure}** is in no source; the sources have the number only as {counted}: {passages}',
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
  // The CLI's help (src/cli/**): {locales} is "en|de", {langs} "en|de|fr", padded where a column lines up.
  'cli.help': `Usage: backcheck <command> [options]

Commands:
  lint       check the figures in Markdown drafts against the sources
  figures    print the figures Backcheck reads in a document
  sources    list the sources, and those that cannot be read
  bib        print the sources as CSL-JSON for pandoc --citeproc

Run "backcheck <command> --help" for a command's options.`,
  'cli.help.lint': `Usage: backcheck lint [--sources PATH]... [--drafts GLOB]... [--config FILE]
                      [--format stylish|json|sarif|github] [--max-warnings N] [--locale {locales}]
                      [--cache] [--cache-location PATH] [FILE|GLOB...]

Checks every figure in the Markdown drafts against the figures in the sources.

Options:
  --sources PATH     a folder or glob of source documents (repeatable); default: "sources"
                     from .backcheckrc.json, else {sourcesGlob}
  --drafts GLOB      the drafts to lint when no FILE is given (repeatable); default: "drafts"
                     from .backcheckrc.json, else every Markdown file in its folder (without
                     one, here). Source files are never linted as drafts.
  --config FILE      a .backcheckrc.json to use instead of the nearest one
  --format NAME      stylish (default), json (ESLint's JSON shape), sarif (SARIF 2.1.0,
                     for code scanning) or github (workflow annotations)
  --max-warnings N   exit 1 when there are more than N warnings
  --locale {locales}     the language of the findings' messages; default: from LC_ALL,
                     LC_MESSAGES or LANG, else English
  --cache            keep what was read of each source in a cache, and read unchanged
                     sources from it next time (keyed by content and engine version)
  --cache-location PATH
                     the cache file, or a folder for it; default: ./{cacheFile}
  -h, --help         this help

Exit codes: 0 no errors and warnings within --max-warnings; 1 findings over that; 2 usage or runtime error.`,
  'cli.help.figures': `Usage: backcheck figures [--lang {langs}] [--format text|json] [--explain] [--locale {locales}] FILE...

Prints the figures Backcheck reads in a document: Markdown drafts (.md) by their prose,
HTML pages (.html) by their article text, as sources are read (lines and columns are then
those of that text), any other file as plain text (UTF-8 or UTF-16 with a BOM). Use it to
see what the checks compare.

Options:
  --lang {langsPadded} the document's language (default: detected)
  --format NAME     text (default) or json
  --explain         name the context rules that decided each figure ("label", "belowZero", ...)
  --locale {locales}    the language of the help and the messages; default: from LC_ALL,
                    LC_MESSAGES or LANG, else English
  -h, --help        this help`,
  'cli.help.sources': `Usage: backcheck sources [--sources PATH]... [--config FILE] [--format text|json] [--locale {locales}]

Lists the sources: key, title, language, paragraphs and figure count of each, and every
source that could not be read, with why. Exit 1 when a source could not be read.
--locale names the language of the listing and the messages; default: from LC_ALL,
LC_MESSAGES or LANG, else English.`,
  'cli.help.bib': `Usage: backcheck bib [--sources PATH]... [--config FILE] [--locale {locales}]

Prints the sources as CSL-JSON, for pandoc --citeproc:
  backcheck bib > sources.json && pandoc draft.md --citeproc --bibliography sources.json
--locale names the language of the help and the messages; default: from LC_ALL,
LC_MESSAGES or LANG, else English.`,
  // The CLI's usage errors (exit 2), after "backcheck: ".
  'cli.usage.command': 'unknown command "{command}"\n\n{help}',
  'cli.usage.locale': '--locale takes {locales}, not "{value}"',
  'cli.usage.lang': '--lang takes {langs}, not "{value}"',
  'cli.usage.format': 'unknown format "{format}": use one of {formats}',
  'cli.usage.formatText': 'unknown format "{format}": use text or json',
  'cli.usage.maxWarnings': '--max-warnings takes a whole number, not "{value}"',
  'cli.usage.noMatch': 'no file matches "{pattern}"',
  'cli.usage.noFile': 'no file given: backcheck figures FILE',
  'cli.usage.cannotRead': 'cannot read {file}: {reason}',
  'cli.usage.cannotDecode': 'cannot decode {file}: {reason}',
  'cli.usage.noConfig': 'config file {file} does not exist',
  'cli.usage.noSources': 'no sources found under {patterns}: pass --sources or set "sources" in .backcheckrc.json',
  // A usage error that is already text (a .backcheckrc.json problem, as config.ts writes it).
  'cli.usage.text': '{text}',
  // A .backcheckrc.json problem (src/node/config.ts): where, the key, then why.
  'config.at': '{file}:{line}:{column}: {reason}',
  'config.atKey': '{file}:{line}:{column}: "{key}": {reason}',
  'config.json': 'not valid JSON ({error})',
  'config.object': 'expected a JSON object, e.g. { "sources": ["sources"] }',
  'config.unknownKey': 'unknown key; use {keys}',
  'config.lang': 'must be one of {langs}, not {value}',
  'config.bytes': 'must be a whole number of bytes, not {value}',
  'config.paths': 'must be a string or an array of strings (folders or globs)',
  'config.outside': '{path} is outside the folder of {file}; a config file may only name paths inside it (pass --sources on the command line for others)',
  'config.rules': 'must be an object of rule id to severity, e.g. { "figure-uncited": "off" }',
  'config.unknownRule': 'unknown rule "{id}"; rules: {rules}',
  'config.severity': 'rule "{id}" has severity {value}; use off, information, warning or error',
  // The cache (--cache), on stderr.
  'cli.cache.unusable': 'the cache {file} is not usable ({problem}); rebuilding it',
  'cli.cache.unwritable': 'could not write the cache {file}: {problem}',
  'cli.progress': 'linted {done}/{total} drafts',
  'cli.progress.sources': 'loaded {done}/{total} sources',
  // backcheck sources: one line a source, then each unreadable one on stderr.
  'cli.sources.row': '{key}\t{lang}\t{paragraphs}{pages}\t{figures}\t{title}',
  'cli.sources.paragraphs': '{count} paragraphs',
  'cli.sources.pages': ' on {count} pages',
  'cli.sources.figures': '{count} figures',
  'cli.sources.unreadable': 'unreadable: {path}: {reason}',
  // Why a file cannot be read (src/node readers, src/core/sources/decode.ts), after "cannot be
  // read: "; carried as a message with its English (reasons.ts). {kind} is one of reason.kind.*.
  'reason.binary': 'binary file (contains NUL bytes)',
  'reason.notUtf8': 'not valid UTF-8 text (save it as UTF-8 or UTF-16 with a BOM)',
  'reason.notRegular': 'is not a regular file ({kind})',
  'reason.kind.fifo': 'a FIFO',
  'reason.kind.characterDevice': 'a character device',
  'reason.kind.blockDevice': 'a block device',
  'reason.kind.directory': 'a directory',
  'reason.kind.socket': 'a socket',
  'reason.kind.other': 'not a file',
  'reason.notReadable': 'is not readable (permission denied)',
  'reason.missing': 'does not exist',
  'reason.overLimit': 'is {size}, over the limit of {max} (maxSourceBytes)',
  'reason.overDraftLimit': 'is {size}, over the limit of {max} MiB for a draft',
  'reason.grew': 'grew past the limit of {max} (maxSourceBytes) while it was read',
  'reason.pdfEncrypted': 'encrypted: the PDF opens only with a password; save a copy without one',
  'reason.pdfInvalid': 'not a readable PDF: {error}',
  'reason.pdfNoText': 'no text layer: scanned pages need OCR',
  'reason.docxInvalid': 'not a readable Word document (.docx): {error}; if it is protected, save a copy without a password',
  'reason.docxNoBody': 'not a Word document: it has no word/document.xml',
  'reason.htmlDepth': 'its HTML nests elements more than {max} deep, past the limit for extracting an article',
  'reason.htmlElements': 'the page has more than {max} elements, past the limit for extracting an article',
  'reason.htmlLevels': "the page's elements are nested more than {max} levels in all (elements times their depth), past the limit for extracting an article",
  'reason.htmlNoText': 'no article text was found in the page (no paragraphs in what Readability extracted)',
  'reason.htmlFailed': 'its article could not be extracted: {error}',
  'reason.htmlNone': 'no article was found in the page (Readability found none)',
  'reason.duplicateKey': 'duplicate key {key}',
  'reason.noText': 'it has no text',
  // A reason about the sidecar NAME.meta.json beside a source, not the source itself.
  'reason.sidecar': 'its .meta.json {reason}',
  'reason.notJson': 'is not valid JSON: {error}',
  'reason.notJsonObject': 'is not a JSON object',
  'reason.webDocument': 'PDF and Word sources are not read in VS Code for the Web; open the folder in VS Code on the desktop, or run the CLI',
} as const satisfies Record<string, string>;

export type MessageId = keyof typeof CATALOGUE;
