// Run as a child process by redos.test.ts: records every RegExp that the code builds at run time
// (`new RegExp(…)` / `RegExp(…)`), then drives the code that builds them from every language pack
// (extraction over each pack's example files, a lint against sources in each language, a Word
// file's properties), and prints each distinct built pattern with where it was built. A child,
// so that no module is loaded before the recorder is in place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface Built {
  pattern: string;
  flags: string;
  /** Repository-relative file and line of the `new RegExp` that built it. */
  site: string;
  /** The first caller outside the site's file, as `file function` (listRegex's caller, say). */
  via?: string;
}

const root = resolve(__dirname, '../..').split('\\').join('/');
const built = new Map<string, Built>();
const NativeRegExp = RegExp;

interface Frame {
  file: string;
  line: string;
  fn: string;
}

function framesOf(stack: string | undefined): Frame[] {
  const frames: Frame[] = [];
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /^at (?:(.+?) \()?((?:[A-Za-z]:)?[^()\s]+?):(\d+):\d+\)?$/.exec(line.trim());
    if (m) frames.push({ fn: m[1] ?? '', file: m[2].split('\\').join('/').replace(/^file:\/\//, ''), line: m[3] });
  }
  return frames;
}

const inSrc = (f: Frame) => f.file.startsWith(`${root}/src/`);
const short = (f: Frame) => relative(root, f.file).split('\\').join('/');

function record(pattern: unknown, flags: unknown): void {
  const source = pattern instanceof NativeRegExp ? pattern.source : String(pattern);
  const flagText = flags === undefined ? (pattern instanceof NativeRegExp ? pattern.flags : '') : String(flags);
  // The first frame outside this file is the code that built the regex. Regexes that
  // libraries build (linkedom, mammoth, JSZip) are theirs, not src/'s.
  const here = __filename.split('\\').join('/');
  const frames = framesOf(new Error().stack).filter((f) => f.file !== here);
  if (!frames[0] || !inSrc(frames[0])) return;
  const site = `${short(frames[0])}:${frames[0].line}`;
  const caller = frames.find((f) => inSrc(f) && f.file !== frames[0].file);
  const via = caller ? `${short(caller)} ${caller.fn.replace(/^Object\./, '') || '(top level)'}` : undefined;
  const key = `${site}\u0000${via}\u0000${flagText}\u0000${source}`;
  if (!built.has(key)) built.set(key, { pattern: source, flags: flagText, site, ...(via ? { via } : {}) });
}

globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args: [string | RegExp, string?]) {
    record(args[0], args[1]);
    return new target(...args);
  },
  apply(target, _this, args: [string | RegExp, string?]) {
    record(args[0], args[1]);
    return target(...args);
  },
});

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

async function drive(): Promise<void> {
  const { LANGS } = await import('../../src/core/figures/lang');
  const { extractFigures } = await import('../../src/core/figures/extractFigures');
  const { Backcheck } = await import('../../src/core/service');
  const { extractDocx } = await import('../../src/node/documentReaders');
  const backcheck = new Backcheck();
  for (const lang of LANGS) {
    const examples = join(root, 'src/core/figures/lang', lang, 'examples');
    const text = filesUnder(examples, '.txt').map((f) => readFileSync(f, 'utf8')).join('\n\n');
    extractFigures(text, lang);
    backcheck.library.set({ path: `sources/${lang}.md`, bytes: new TextEncoder().encode(`---\nlang: ${lang}\n---\n${text.slice(0, 20_000)}\n`) });
    backcheck.lint(`${text.slice(0, 20_000)}\n\nAbout 12 people came [@${lang}, para. 2]. "One two three four five six" [@x].\n`, { lang });
  }
  await extractDocx(readFileSync(join(root, 'test/fixtures/documents/memo.docx')));
}

void drive().then(() => process.stdout.write(JSON.stringify([...built.values()]) + '\n'));
