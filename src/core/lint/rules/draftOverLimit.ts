import type { Rule } from '../rule';
import { says } from '../../messages/message';

/**
 * `draft-over-limit`: part of the draft was not read as Markdown because it passes a reading
 * limit (containers nested deeper than 32, a paragraph with over 2,000 brackets and emphasis
 * marks), so its figures and citations there are not, or not fully, checked. The rest of the
 * draft is. data: { limit: 'nesting' | 'marks' }
 */
export const draftOverLimit: Rule = {
  id: 'draft-over-limit',
  defaultSeverity: 'warning',
  description: 'Part of the draft passes a reading limit (nesting depth, marks per paragraph) and was read only in part.',
  check({ draft }) {
    return draft.limits.map((limit) => ({ span: limit.span, ...says(limit.problem), data: { limit: limit.kind } }));
  },
};
