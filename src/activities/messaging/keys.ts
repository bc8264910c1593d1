// The item key of a vote and how long a message may be. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** Messages are short: what fits on a slide or a subject line. */
export const MESSAGE_MAX = 140;
export const VOTE_PREFIX = 'vote-';
export const VOTE_KEY = /^vote-m\d{1,4}$/;
/** The item key of one vote for a message on the ballot: "vote-m<id>". */
export const voteKey = (ballotId: string) => `${VOTE_PREFIX}${ballotId}`;
