import type { LanguagePack } from '../lang/pack';
import { letterRunEnd } from '../chars';
import { decided } from './trace';

/** A set phrase split at its number word: "at {one} point" is "at ", "one", " point"; `*` stands for letters ("the *est"). */
interface Phrase {
  before: RegExp;
  word: string;
  after: RegExp;
}
const PHRASES = new WeakMap<readonly string[], Phrase[]>();
const WORDS = new WeakMap<readonly string[], ReadonlySet<string>>();
function wordsOf(list: readonly string[]): ReadonlySet<string> {
  let words = WORDS.get(list);
  if (!words) WORDS.set(list, (words = new Set(phrasesOf(list).map((p) => p.word))));
  return words;
}
const part = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '\\p{L}*').replace(/ /g, '[\\s\\u00a0]+');
function phrasesOf(list: readonly string[]): Phrase[] {
  let phrases = PHRASES.get(list);
  if (!phrases) {
    phrases = list.map((p) => {
      const open = p.indexOf('{');
      const close = p.indexOf('}');
      const before = p.slice(0, open);
      const after = p.slice(close + 1);
      return {
        before: new RegExp(String.raw`${/^\p{L}/u.test(before) ? String.raw`(?:^|[^\p{L}])` : ''}${part(before)}$`, 'iu'),
        word: p.slice(open + 1, close).toLowerCase(),
        after: new RegExp(String.raw`^${part(after)}${/\p{L}$/u.test(after) ? String.raw`(?![\p{L}])` : ''}`, 'iu'),
      };
    });
    PHRASES.set(list, phrases);
  }
  return phrases;
}

/**
 * setPhrase: a number word inside a set phrase counts nothing: "one of the worst", "at one point",
 * "net-zero", "a one-off payment", "einer der größten". Returns where the number word ends, so the
 * scanner steps over it; undefined when no phrase of the pack holds the word at `at`.
 */
export function setPhraseEnd(text: string, at: number, pack: LanguagePack): number | undefined {
  const list = pack.context.setPhrases;
  if (!list || list.length === 0 || /[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && text[at - 1] !== '-') return undefined;
  // Most tokens are no number word of any phrase: one look at the word decides.
  const word = text.slice(at, letterRunEnd(text, at)).toLowerCase();
  if (!wordsOf(list).has(word)) return undefined;
  for (const p of phrasesOf(list)) {
    const end = at + p.word.length;
    if (text.slice(at, end).toLowerCase() !== p.word || /[\p{L}\p{N}]/u.test(text[end] ?? ' ')) continue;
    if (!p.before.test(text.slice(Math.max(0, at - 24), at)) || !p.after.test(text.slice(end, end + 40))) continue;
    decided('setPhrase');
    return end;
  }
  return undefined;
}
