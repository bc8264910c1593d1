// The item key a ranking is stored under. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** One person's whole order is one answer, under this item key. */
export const ORDER_KEY = 'order';
