import { RULES } from './rules';
import { DRAFT_UNREADABLE } from './rules/draftUnreadable';
import { SOURCE_UNREADABLE } from './rules/sourceUnreadable';
import type { Severity } from '../types';

/** Every rule id with its description and default severity, for help, SARIF and settings. */
export const RULE_DESCRIPTIONS: Record<string, { description: string; defaultSeverity: Severity }> = Object.fromEntries(
  [...RULES, SOURCE_UNREADABLE, DRAFT_UNREADABLE].map((r) => [r.id, { description: r.description, defaultSeverity: r.defaultSeverity }]),
);
