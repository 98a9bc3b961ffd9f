import { letterRunEnd } from '../../chars';
import { hedgeBefore } from '../../hedgeBefore';
import { unitAfter } from '../../unitsOf';
import type { LanguagePack } from '../pack';

/**
 * "half" on its own as a share: "half of voters", "half the town", "nearly half were children",
 * "fell by half"; and half a duration: "half an hour". A half that names a part of something is
 * none: "the second half of 2024", "the other half", "cut in half", "half-time".
 */
export function readEnglishShare(text: string, at: number, pack: LanguagePack) {
  const end = letterRunEnd(text, at);
  if (end - at !== 4 || text.slice(at, end).toLowerCase() !== 'half' || text[end] === '-') return undefined;
  if (PART_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return undefined;
  // "half an hour", "half a year": half of a duration.
  const article = /[\s\u00a0]+an?[\s\u00a0]+/iy;
  article.lastIndex = end;
  if (article.exec(text)) {
    const u = unitAfter(text, article.lastIndex - 1, pack);
    if (u && u.sense.kind === 'duration' && u.form.length >= 3) return { end: u.end, value: 0.5, kind: 'duration' as const, unit: u.sense.unit };
    return undefined;
  }
  SHARE_AFTER.lastIndex = end;
  if (SHARE_AFTER.test(text) || hedgeBefore(text, at, pack) || BY_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return { end, value: 0.5, kind: 'count' as const };
  return undefined;
}

/** Words before "half" that make it a part, not a share: "the second half", "the other half". */
const PART_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|this|that|each|every|one|first|second|third|last|other|latter|former|final|opening|back|front|top|bottom)[\s\u00a0]+$/iu;
/** What follows a share: "half of", "half the", "half their", "half were". */
const SHARE_AFTER = /[\s\u00a0]+(?:of|the|their|its|his|her|our|my|your|these|those|all|them|us)(?![\p{L}])/iuy;
/** "fell by half", "cut by half": a change of 50 percent. */
const BY_BEFORE = /(?:^|[^\p{L}])by[\s\u00a0]+$/iu;
