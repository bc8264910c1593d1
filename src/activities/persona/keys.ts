// What the item keys of a persona's answers look like. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** A note on the canvas: "note-" and an id the author's device made up. */
export const NOTE_KEY = /^note-[A-Za-z0-9_-]{4,40}$/;
/** Dots on a note put to the vote: "v-n<id>". */
export const VOTE_KEY = /^v-n\d{1,4}$/;
