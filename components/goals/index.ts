export { GoalRow, type GoalRowProps } from './goal-row';
export { GoalList } from './goal-list';
