import type { Rule } from '../rule';
import { figureUnmatched } from './figureUnmatched';

/** Every rule, in the order their findings are reported for the same position. */
export const RULES: readonly Rule[] = [figureUnmatched];
