import type { Rule } from '../types';
import { winRateChange } from './win-rate-change';

/** win-rate-up: winRate rose ≥ 10 points vs the previous period (≥ 5 closed deals in each). */
export const winRateUp: Rule = { id: 'win-rate-up', category: 'recognition', evaluate: (ctx) => winRateChange(ctx, 'up') };
