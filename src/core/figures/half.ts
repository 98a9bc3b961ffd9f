import type { Figure, Lang } from '../types';
import { letterRunEnd } from './chars';
import { hedgeBefore } from './lexicon/hedges';
import { UNIT_AFTER_RE, unitSense } from './lexicon/units';
import { make } from './makeFigure';

/**
 * "half" on its own, as news writes a share: "half of voters", "half the town", "nearly half
 * were children", "fell by half", "mehr als die Hälfte der Wähler"; and as half a duration:
 * "half an hour". It is a figure of 0.5, so it matches "die Hälfte" exactly and "52 percent" as
 * a share. A half that names a part of something is none: "the second half of 2024", "the other
 * half", "cut in half", "half-time", "in der ersten Hälfte".
 */
export function halfAt(text: string, at: number, lang: Lang): Figure | undefined {
  return lang === 'en' ? englishHalf(text, at, lang) : germanHalf(text, at, lang);
}

function englishHalf(text: string, at: number, lang: Lang): Figure | undefined {
  const end = letterRunEnd(text, at);
  if (end - at !== 4 || text.slice(at, end).toLowerCase() !== 'half' || text[end] === '-') return undefined;
  if (PART_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return undefined;
  // "half an hour", "half a year": half of a duration.
  const article = /[\s\u00a0]+an?[\s\u00a0]+/iy;
  article.lastIndex = end;
  if (article.exec(text)) {
    UNIT_AFTER_RE.lastIndex = article.lastIndex - 1;
    const u = UNIT_AFTER_RE.exec(text);
    const sense = u ? unitSense(u[1]) : undefined;
    if (u && sense?.kind === 'duration' && u[1].length >= 3) return make(text, at, UNIT_AFTER_RE.lastIndex, 0.5, 'duration', lang, sense.unit);
    return undefined;
  }
  SHARE_AFTER.lastIndex = end;
  if (SHARE_AFTER.test(text) || hedgeBefore(text, at) || BY_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return make(text, at, end, 0.5, 'count', lang);
  return undefined;
}

function germanHalf(text: string, at: number, lang: Lang): Figure | undefined {
  const c = text[at];
  if (c !== 'd' && c !== 'D' && c !== 'z') return undefined;
  DIE_HAELFTE.lastIndex = at;
  const m = DIE_HAELFTE.exec(text);
  return m ? make(text, at, at + m[0].length, 0.5, 'count', lang) : undefined;
}

/** Words before "half" that make it a part, not a share: "the second half", "the other half". */
const PART_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|each|every|one|first|second|third|last|other|latter|former|final|opening|back|front|top|bottom)[\s\u00a0]+$/iu;
/** What follows a share: "half of", "half the", "half their", "half were". */
const SHARE_AFTER = /[\s\u00a0]+(?:of|the|their|its|his|her|our|my|your|these|those|all|them|us)(?![\p{L}])/iuy;
/** "fell by half", "cut by half": a change of 50 percent. */
const BY_BEFORE = /(?:^|[^\p{L}])by[\s\u00a0]+$/iu;
/** "die Hälfte", "der Hälfte", "zur Hälfte", also spelled "Haelfte". */
const DIE_HAELFTE = /(?:die|der|zur)[\s\u00a0]+(?:Hälfte|Haelfte)(?![\p{L}])/iuy;
