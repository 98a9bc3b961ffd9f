import type { Rule } from '../rule';
import { citationLocatorMismatch } from './citationLocatorMismatch';
import { citationLocatorOutOfRange } from './citationLocatorOutOfRange';
import { citationUnknownSource } from './citationUnknownSource';
import { draftOverLimit } from './draftOverLimit';
import { figureNotInCitedSource } from './figureNotInCitedSource';
import { figureSubjectMismatch } from './figureSubjectMismatch';
import { figureUncited } from './figureUncited';
import { figureUnmatched } from './figureUnmatched';
import { quoteUnmatched } from './quoteUnmatched';

/** Every rule that runs over a draft (source-unreadable runs over the library: sourceUnreadable.ts). */
export const RULES: readonly Rule[] = [
  figureUnmatched,
  figureNotInCitedSource,
  figureSubjectMismatch,
  citationLocatorMismatch,
  figureUncited,
  citationUnknownSource,
  citationLocatorOutOfRange,
  quoteUnmatched,
  draftOverLimit,
];
