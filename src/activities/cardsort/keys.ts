// How an open sort names a person's own column. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** A column a person made up in an open sort is stored as "custom:<name>". */
export const CUSTOM_PREFIX = 'custom:';
