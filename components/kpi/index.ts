export { KpiCard, type KpiCardProps } from './kpi-card';
