export { goalProgress, elapsedShare, type GoalInputs } from './progress';
export { resolveTarget } from './target';
export { smartCheck, ACHIEVABLE_FACTOR, type SmartInputs } from './smart-check';
export { suggestTarget } from './suggest';
