export { GoalRow, paceShare, type GoalRowProps } from './goal-row';
export { GoalList } from './goal-list';
