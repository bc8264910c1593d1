import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import type { Team } from '../../shared/domain';
import { say, says } from '../../shared/api/say';
import { defineResponses } from '../types';
import { boardKey, CARD_KEY } from '../brainstorm/logic';
import type { MessagingConfig } from './definition';
import { MESSAGE_MAX, VOTE_PREFIX, VOTE_KEY, voteKey } from './keys';

// Two kinds of answers under one activity:
//   "card-<random>": { text }          a message a person wrote (the brainstorm's card keys)
//   "vote-m<id>":    { picked: true }  one vote for a message on the ballot

export { MESSAGE_MAX, VOTE_PREFIX, VOTE_KEY, voteKey };

export const MessageValue = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, says(msg`Write a message first`))
      .max(MESSAGE_MAX, says(msg`Keep a message to ${MESSAGE_MAX} characters`)),
  })
  .strict();
export const VoteValue = z.object({ picked: z.literal(true) }).strict();
export const MessagingValue = z.union([MessageValue, VoteValue]);
export type MessagingValue = z.infer<typeof MessagingValue>;

const isMessage = (v: MessagingValue): v is z.infer<typeof MessageValue> => 'text' in v;

export interface MessagingTally {
  /** Every message, in a stable order; author only when not anonymous. */
  messages: { key: string; text: string; team: Team; authorId: string | null }[];
  /** People who voted for each ballot id ("m3"). */
  votes: Record<string, number>;
}

export const messagingResponses = defineResponses<MessagingConfig, MessagingValue, MessagingTally>({
  valueSchema: MessagingValue,
  check(config, itemKey, value, mine, context) {
    const ballot = context?.ballot;
    const live = context?.live !== false;
    if (VOTE_KEY.test(itemKey)) {
      if (value === null) return null;
      if (isMessage(value)) return say(msg`That is not a vote.`);
      if (ballot && live) {
        if (!ballot.open) return say(msg`The vote on messages is not open yet.`);
        if (!ballot.has(itemKey)) return say(msg`That message is no longer on the ballot.`);
      }
      // A kept vote on a message that left the ballot counts nowhere (the vote is free again).
      if (ballot && !ballot.has(itemKey)) return null;
      if (mine.has(itemKey)) return null;
      const used = [...mine.keys()].filter((k) => VOTE_KEY.test(k) && (!ballot || ballot.has(k))).length;
      if (used < config.votesPerPerson) return null;
      const votes = config.votesPerPerson;
      return live
        ? say(
            msg`${plural(votes, {
              one: 'You have used your # vote. Take it back to vote for this message.',
              other: 'You have used all # of your votes. Take one back to vote for this message.',
            })}`,
          )
        : say(
            msg`${plural(votes, { one: 'That gives one person more than the # vote each person has.', other: 'That gives one person more than the # votes each person has.' })}`,
          );
    }
    if (!CARD_KEY.test(itemKey)) return say(msg`That message id is not valid.`);
    if (value === null) return null;
    if (!isMessage(value)) return say(msg`That is not a message.`);
    if (ballot?.open && live) return say(msg`Writing is closed while the vote is open.`);
    const written = [...mine.keys()].filter((k) => CARD_KEY.test(k) && k !== itemKey).length;
    const max = config.messagesPerPerson;
    return written >= max ? say(msg`${plural(max, { one: 'You can write up to # message.', other: 'You can write up to # messages.' })}`) : null;
  },
  tally(config, responses) {
    const messages = responses
      .filter((r) => CARD_KEY.test(r.itemKey) && isMessage(r.value))
      .map((r) => ({
        key: boardKey(r.participantId, r.itemKey),
        text: (r.value as z.infer<typeof MessageValue>).text,
        team: r.team,
        authorId: config.anonymous ? null : r.participantId,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const votes: Record<string, number> = {};
    for (const r of responses) {
      if (!VOTE_KEY.test(r.itemKey) || isMessage(r.value)) continue;
      const id = r.itemKey.slice(VOTE_PREFIX.length);
      votes[id] = (votes[id] ?? 0) + 1;
    }
    return { messages, votes };
  },
  isComplete: (_config, mine) => mine.size > 0,
});
