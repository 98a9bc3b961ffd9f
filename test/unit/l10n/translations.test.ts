import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { CATALOGUE } from '../../../src/core/messages/catalogue';

/**
 * Every string a writer sees has its German: the manifest's (package.nls.json and its German),
 * the extension's `vscode.l10n.t` calls and the core's message catalogue (l10n/bundle.l10n.de.json,
 * keyed by the English). A translation keeps the English one's placeholders, command links and
 * bold marks, as VS Code fills and renders them the same in either language.
 */
const root = resolve(__dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifest = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsDe: Record<string, string> = readJson('package.nls.de.json');
const bundleDe: Record<string, string> = readJson('l10n/bundle.l10n.de.json');

/** What must survive translation: `{0}`/`{name}` placeholders, `(command:…)` links, `**` marks. */
export function shape(text: string): string[] {
  const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`).sort();
  const links = [...text.matchAll(/\]\((command:[^)]*)\)/g)].map((m) => m[1]).sort();
  const bold = `** x${(text.match(/\*\*/g) ?? []).length}`;
  return [...placeholders, ...links, bold];
}

/** The manifest's %key% references, wherever they stand. */
function nlsReferences(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') for (const m of value.matchAll(/^%([^%]+)%$/g)) out.push(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => nlsReferences(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => nlsReferences(v, out));
  return out;
}

/** Each string the manifest shows a writer, with where it stands. */
function shownStrings(): Array<[string, string]> {
  const c = manifest.contributes;
  const out: Array<[string, string]> = [['description', manifest.description], ['capabilities', manifest.capabilities.virtualWorkspaces.description]];
  for (const v of c.views.backcheck) out.push([`view ${v.id}`, v.name]);
  for (const cmd of c.commands) out.push([`command ${cmd.command}`, cmd.title]);
  for (const [id, p] of Object.entries<Record<string, string>>(c.configuration.properties)) out.push([`setting ${id}`, p.markdownDescription ?? p.description]);
  for (const w of c.viewsWelcome) out.push([`viewsWelcome ${w.view}`, w.contents]);
  for (const walk of c.walkthroughs) {
    out.push([`walkthrough ${walk.id} title`, walk.title], [`walkthrough ${walk.id} description`, walk.description]);
    for (const s of walk.steps) out.push([`step ${s.id} title`, s.title], [`step ${s.id} description`, s.description]);
  }
  return out;
}

/** The source of the extension's files, comments left out. */
function extensionSources(): Array<[string, string]> {
  const dir = join(root, 'src/extension');
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(join(dir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')]);
}

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (s: string) => s.replace(/\\(.)/g, '$1');

/**
 * The English keys the extension looks up: the string literals given to `l10n.t`, and the
 * constants given to it by name (`const NAME = '…'` in the same file). A call with anything else
 * (a template literal, an expression) fails the test, as no bundle check could see its key.
 */
export function l10nKeysIn(file: string, source: string): { keys: string[]; unchecked: string[] } {
  const keys: string[] = [];
  const unchecked: string[] = [];
  for (const call of source.matchAll(new RegExp(String.raw`l10n\.t\(\s*(${STRING}|\w+|[^,)]+)`, 'g'))) {
    const argument = call[1].trim();
    const literal = new RegExp(`^${STRING}$`).exec(argument);
    if (literal) {
      keys.push(unquote(literal[1]));
      continue;
    }
    const constant = /^[A-Z_][A-Z0-9_]*$/.test(argument) && new RegExp(`const ${argument} = ${STRING};`).exec(source);
    if (constant) keys.push(unquote(constant[1]));
    else if (!/^template$/.test(argument)) unchecked.push(`${file}: l10n.t(${argument}`);
  }
  return { keys, unchecked };
}

describe('German translations', () => {
  it('every string the manifest shows is a %key% of package.nls.json, and every key is used', () => {
    const literal = shownStrings().filter(([, text]) => !/^%[^%]+%$/.test(text));
    assert.deepEqual(literal, [], 'strings written into package.json instead of package.nls.json');
    const references = nlsReferences(manifest);
    assert.deepEqual(references.filter((k) => !(k in nls)), [], 'references with no English');
    assert.deepEqual(Object.keys(nls).filter((k) => !references.includes(k)), [], 'English nobody uses');
  });

  it('package.nls.de.json translates every manifest string, keeping placeholders, links and bold', () => {
    assert.deepEqual(Object.keys(nls).filter((k) => !(k in nlsDe)), [], 'keys without German');
    assert.deepEqual(Object.keys(nlsDe).filter((k) => !(k in nls)), [], 'German for keys that are gone');
    for (const [key, english] of Object.entries(nls)) {
      assert.deepEqual(shape(nlsDe[key]), shape(english), `${key}: German and English differ in placeholders, links or bold`);
      assert.notEqual(nlsDe[key].trim(), '', `${key}: empty German`);
    }
  });

  it('the l10n bundle translates every catalogue message and every vscode.l10n.t string, and nothing else', () => {
    const fromCode = extensionSources().map(([file, source]) => l10nKeysIn(file, source));
    assert.deepEqual(fromCode.flatMap((c) => c.unchecked), [], 'l10n.t calls whose key the test cannot read');
    const wanted = new Set([...Object.values(CATALOGUE), ...fromCode.flatMap((c) => c.keys)]);
    assert.ok(wanted.size > 80, `${wanted.size} strings found: the scan is reading the code`);
    assert.deepEqual([...wanted].filter((k) => !(k in bundleDe)), [], 'strings without German');
    assert.deepEqual(Object.keys(bundleDe).filter((k) => !wanted.has(k)), [], 'German for strings no code uses');
  });

  it('each bundle translation keeps its English placeholders and bold marks', () => {
    for (const [english, german] of Object.entries(bundleDe)) {
      assert.deepEqual(shape(german), shape(english), `"${english}" -> "${german}"`);
      assert.notEqual(german.trim(), '', `"${english}": empty German`);
    }
  });

  it('catches a missing translation and a lost placeholder (the checks can fail)', () => {
    assert.notDeepEqual(shape('{figure} steht in keiner Quelle'), shape('{figure} is in no source; nearest: {nearest}'));
    assert.notDeepEqual(shape('**{figure}** steht nirgends.'), shape('{figure} is in no source.'));
    assert.notDeepEqual(shape('[Öffnen](command:a)'), shape('[Open](command:b)'));
    const probe = "const A = 'x';\nvscode.l10n.t('One {0}', n); vscode.l10n.t(A); vscode.l10n.t(`late ${n}`);";
    assert.deepEqual(l10nKeysIn('probe.ts', probe), { keys: ['One {0}', 'x'], unchecked: ['probe.ts: l10n.t(`late ${n}`'] });
  });
});
