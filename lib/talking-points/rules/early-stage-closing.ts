import { EVIDENCE_MAX, largest } from '../deals';
import type { Rule } from '../types';
import { param } from '../types';

/** Below this probability (explicit or the stage's default) a deal is "early stage". */
export const EARLY_STAGE_BELOW = 30;

/** early-stage-closing: open, not slipped deals closing in P with a probability < 30. */
export const earlyStageClosing: Rule = {
  id: 'early-stage-closing',
  category: 'challenge',
  evaluate(ctx) {
    const early = ctx.detail.pipeline
      .filter((d) => d.probability !== null && d.probability < EARLY_STAGE_BELOW)
      .map((deal) => ({ deal, days: null }));
    if (early.length === 0) return [];
    return [{
      subject: 'pipeline',
      category: 'challenge',
      priority: 2,
      message: { key: 'tpr.earlyStage', params: { count: param.count(early.length), threshold: param.percent(EARLY_STAGE_BELOW / 100) } },
      question: { key: 'tpr.q.earlyStage' },
      list: { itemKey: 'tpr.item.probability', deals: largest(early, 3) },
      deals: largest(early, EVIDENCE_MAX),
      values: { count: early.length, threshold: EARLY_STAGE_BELOW },
    }];
  },
};
