/** Window event after teach mode saved a mapping: the reader fetches it and reads again. */
export const MAPPING_SAVED_EVENT = 'pacer:mapping-saved';
