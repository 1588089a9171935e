import type { Rule } from '../types';
import { winRateChange } from './win-rate-change';

/** win-rate-down: winRate fell ≥ 10 points vs the previous period (≥ 5 closed deals in each). */
export const winRateDown: Rule = { id: 'win-rate-down', category: 'improvement', evaluate: (ctx) => winRateChange(ctx, 'down') };
