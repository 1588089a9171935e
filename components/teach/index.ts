export { TeachPanel } from './teach-panel';
export { Highlight, type Box } from './highlight';
export { PreviewTable } from './preview-table';
export { TEACH_STEPS, type TeachField, type TeachStep, type TeachState, type TeachPreview, type TeachPanelProps, type Translate } from './types';
export { TeachLaunch } from './teach-launch';
