// Messaging brainstorm (#18): where a starting point came from. Plain code, so the phone bundle
// need not load the seeds' schemas (messaging-seeds.ts re-exports it).

export const SEED_SOURCES = ['persona', 'buyingmap', 'typed'] as const;
export type SeedSource = (typeof SEED_SOURCES)[number];

/** Where a seed came from, in words for the room. */
export const SEED_SOURCE_LABEL: Record<SeedSource, string> = {
  persona: 'Sales persona',
  buyingmap: 'Buying-process map',
  typed: 'Added by the facilitator',
};
