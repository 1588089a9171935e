export { KpiCard, type KpiCardProps } from './kpi-card';
export { KPI_META, formatKpi, formatUnit, type FormatContext, type KpiMeta, type KpiUnit } from './kpi-meta';
export { basisText, daysBetween } from './basis-text';
