// What a card's item key looks like. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** A card's item key: "card-" and an id the author's device made up. */
export const CARD_KEY = /^card-[A-Za-z0-9_-]{4,40}$/;
