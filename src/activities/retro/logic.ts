import { msg, plural } from '@lingui/core/macro';
import { z } from 'zod';
import { dotCount } from '../dots';
import type { Team } from '../../shared/domain';
import { say } from '../../shared/api/say';
import { defineResponses, dotsLeftMessage } from '../types';
import { boardKey, CARD_KEY, CardText } from '../brainstorm/logic';
import type { RetroConfig } from './definition';
import { VOTE_PREFIX, VOTE_KEY, voteKey } from './keys';

/** A card (item key "card-…") under one of the questions. */
export const RetroCard = z
  .object({
    text: CardText,
    prompt: z.string().min(1).max(64),
  })
  .strict();
/** Dots on one theme (item key "vote-<theme id>"). */
export const RetroVote = z.object({ dots: dotCount(10) }).strict();
export const RetroValue = z.union([RetroCard, RetroVote]);
export type RetroValue = z.infer<typeof RetroValue>;

export { VOTE_PREFIX, VOTE_KEY, voteKey };

const isCard = (v: RetroValue): v is z.infer<typeof RetroCard> => 'text' in v;
/** Dots already spent, except on `except`; with a ballot, only dots on themes still on it count (dots on a merged-away theme are free again). */
const dotsOf = (mine: ReadonlyMap<string, RetroValue>, except: string, onBallot?: (key: string) => boolean) =>
  [...mine].reduce((sum, [k, v]) => (k !== except && !isCard(v) && (!onBallot || onBallot(k)) ? sum + v.dots : sum), 0);

export interface RetroTally {
  /** Cards in a stable order, with their question; author only when not anonymous. */
  cards: { key: string; text: string; team: Team; authorId: string | null; prompt: string }[];
  /** Cards per question. */
  perPrompt: Record<string, number>;
  /** Dots per theme id (the board names them), most first. */
  votes: { themeId: string; dots: number; voters: number }[];
}

export const retroResponses = defineResponses<RetroConfig, RetroValue, RetroTally>({
  valueSchema: RetroValue,
  check(config, itemKey, value, mine, context) {
    if (VOTE_KEY.test(itemKey)) {
      if (value === null) return null;
      if (isCard(value)) return say(msg`That is not a vote.`);
      const ballot = context?.ballot;
      if (ballot && context?.live !== false) {
        if (!ballot.open) return say(msg`The vote on themes is not open.`);
        if (!ballot.has(itemKey)) return say(msg`That theme is no longer on the ballot.`);
      }
      // A kept vote on a theme that left the ballot counts nowhere (its dots are free again).
      if (ballot && !ballot.has(itemKey)) return null;
      const left = config.dotsPerPerson - dotsOf(mine, itemKey, ballot ? (key) => ballot.has(key) : undefined);
      return value.dots > left ? dotsLeftMessage(context, left, config.dotsPerPerson) : null;
    }
    if (!CARD_KEY.test(itemKey)) return say(msg`That card id is not valid.`);
    if (value === null) return null;
    if (!isCard(value)) return say(msg`That is not a card.`);
    if (!config.prompts.some((p) => p.id === value.prompt)) return say(msg`That question is not part of this retrospective.`);
    const cards = [...mine].filter(([k, v]) => k !== itemKey && isCard(v)).length;
    const max = config.maxCardsPerPerson;
    return cards >= max ? say(msg`${plural(max, { one: 'You can add up to # card.', other: 'You can add up to # cards.' })}`) : null;
  },
  tally(config, responses) {
    const cards = responses
      .filter((r) => isCard(r.value) && CARD_KEY.test(r.itemKey))
      .map((r) => {
        const v = r.value as z.infer<typeof RetroCard>;
        return { key: boardKey(r.participantId, r.itemKey), text: v.text, team: r.team, authorId: config.anonymous ? null : r.participantId, prompt: v.prompt };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const perPrompt = Object.fromEntries(config.prompts.map((p) => [p.id, cards.filter((c) => c.prompt === p.id).length]));
    const byTheme = new Map<string, { dots: number; voters: number }>();
    for (const r of responses) {
      if (!VOTE_KEY.test(r.itemKey) || isCard(r.value)) continue;
      const id = r.itemKey.slice(VOTE_PREFIX.length);
      const t = byTheme.get(id) ?? { dots: 0, voters: 0 };
      byTheme.set(id, { dots: t.dots + r.value.dots, voters: t.voters + 1 });
    }
    const votes = [...byTheme].map(([themeId, t]) => ({ themeId, ...t })).sort((a, b) => b.dots - a.dots || (a.themeId < b.themeId ? -1 : 1));
    return { cards, perPrompt, votes };
  },
  isComplete: (_config, mine) => mine.size > 0,
});
