import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import type { Team } from '../../shared/domain';
import { say, says } from '../../shared/api/say';
import { defineResponses } from '../types';
import type { BrainstormConfig } from './definition';
import { CARD_KEY } from './keys';

/** A card's text, as every card-writing exercise keeps it (the brainstorm's, the retro's). */
export const CardText = z
  .string()
  .trim()
  .min(1, says(msg`Write something on the card`))
  .max(200, says(msg`Keep a card under 200 characters`));

/** One card a person wrote (item key = a card id the device made up). */
export const CardValue = z.object({ text: CardText }).strict();
export type CardValue = z.infer<typeof CardValue>;

export { CARD_KEY };

export interface BrainstormTally {
  /** In a stable order; author only when the activity is not anonymous. */
  cards: { key: string; text: string; team: Team; authorId: string | null }[];
}

/** The key of a card across the room: its author plus the key the author's device made. */
export const boardKey = (participantId: string, itemKey: string) => `${participantId}/${itemKey}`;

export const brainstormResponses = defineResponses<BrainstormConfig, CardValue, BrainstormTally>({
  valueSchema: CardValue,
  check(config, itemKey, value, mine) {
    if (!CARD_KEY.test(itemKey)) return say(msg`That card id is not valid.`);
    if (value === null || mine.has(itemKey)) return null;
    const max = config.maxCardsPerPerson;
    if (mine.size >= max) return say(msg`${plural(max, { one: 'You can add up to # card.', other: 'You can add up to # cards.' })}`);
    return null;
  },
  tally(config, responses) {
    const cards = responses
      .map((r) => ({
        key: boardKey(r.participantId, r.itemKey),
        text: r.value.text,
        team: r.team,
        authorId: config.anonymous ? null : r.participantId,
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { cards };
  },
  isComplete: (_config, mine) => mine.size > 0,
});
