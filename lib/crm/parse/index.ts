/** Value parsers shared by every CRM adapter (pure: strings and nodes in, values out). */
export { parseMoney, type Money, type MoneyContext } from './money';
export { parseDate, type DateContext } from './date';
export { parseProbability } from './probability';
export { stageToStatus, statusFromLabel, statusByTable, DEFAULT_STAGE_STATUS } from './stage';
export { cleanText, normLabel } from './text';
export { safeRecordUrl } from './url';
export { salesforceId18, normalizeGuid, numericId } from './ids';
export { columnField, mapColumns, type DealColumn } from './columns';
export { commaDecimal, dateOrder } from './locale';
