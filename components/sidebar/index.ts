export { Sidebar, type SidebarProps } from './sidebar';
export type { ReadRow, SidebarReaderStatus } from './types';
