import type { Lang } from '../../types';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';
import type { LanguagePack } from './pack';

export type { LanguagePack } from './pack';

/**
 * The language packs, one a language: adding a language adds its folder, one line here and its
 * code in codes.ts (which the compiler asks for).
 */
const PACKS: Readonly<Record<Lang, LanguagePack>> = { en, de, fr };

/** The languages Backcheck reads, in the order detection prefers them when undecided. */
export const LANGS = Object.keys(PACKS) as Lang[];

export function packFor(lang: Lang): LanguagePack {
  return PACKS[lang];
}

// Checked against the codes, not the packs, so the HTML reader's bundle need not hold the packs.
export { isLang } from './codes';
