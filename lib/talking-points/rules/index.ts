import type { Rule } from '../types';
import { belowTeam } from './below-team';
import { bigWin } from './big-win';
import { cycleLonger } from './cycle-longer';
import { dealSizeDown } from './deal-size-down';
import { earlyStageClosing } from './early-stage-closing';
import { goalAchieved } from './goal-achieved';
import { goalPace } from './goal-pace';
import { rank } from './rank';
import { setNextGoal } from './set-next-goal';
import { slippedDeals } from './slipped-deals';
import { stalledDeals } from './stalled-deals';
import { winRateDown } from './win-rate-down';
import { winRateUp } from './win-rate-up';

/** Every rule. Adding one = one file in this folder + one line here (and its messages). */
export const RULES: readonly Rule[] = [
  goalPace, bigWin, goalAchieved, winRateUp, winRateDown, dealSizeDown, cycleLonger,
  slippedDeals, stalledDeals, earlyStageClosing, belowTeam, rank, setNextGoal,
];
