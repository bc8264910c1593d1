// What the item key of dots on a theme looks like. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

export const VOTE_PREFIX = 'vote-';
export const VOTE_KEY = /^vote-[A-Za-z0-9_-]{1,58}$/;
/** The item key of dots on one theme: "vote-<theme id>". */
export const voteKey = (themeId: string) => `${VOTE_PREFIX}${themeId}`;
