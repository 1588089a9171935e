export { generateTalkingPoints, scopeId } from './generate';
export { RULES } from './rules/index';
export type { Rule, RuleContext, PointDraft, PeerStat, Param, RuleDeal } from './types';
