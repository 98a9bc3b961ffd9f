import type { Lang } from '../../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { LanguagePack } from './pack';

export type { LanguagePack } from './pack';

/** The language packs, one a language: adding a language adds its folder and one line here. */
const PACKS: Readonly<Record<Lang, LanguagePack>> = { en, de, fr };

/** The languages Backcheck reads, in the order detection prefers them when undecided. */
export const LANGS = Object.keys(PACKS) as Lang[];

export function packFor(lang: Lang): LanguagePack {
  return PACKS[lang];
}

/** Is `value` a language Backcheck reads ("en", "de", ...)? For metadata, options and flags. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PACKS, value);
}
