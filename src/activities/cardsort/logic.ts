import { msg } from '@lingui/core/macro';
import { z } from 'zod';
import { say } from '../../shared/api/say';
import { defineResponses, type ResponseEngine } from '../types';
import type { CardSortConfig } from './definition';
import { CUSTOM_PREFIX } from './keys';

/** Where one person put one card (item key = card id). */
export const PlacementValue = z
  .object({
    /** A planned column id, or (open sort) "custom:<name>". */
    column: z.string().min(1).max(90),
    /** Optional short note, e.g. "depends on what?". */
    note: z.string().trim().max(200).optional(),
  })
  .strict();
export type PlacementValue = z.infer<typeof PlacementValue>;

export { CUSTOM_PREFIX };

export interface CardSortTally {
  columns: { id: string; text: string }[];
  cards: {
    id: string;
    text: string;
    /** How many people placed it: the denominator of every share. */
    total: number;
    counts: Record<string, number>;
    notes: string[];
  }[];
}

export function columnLabel(config: CardSortConfig, column: string): string {
  return config.columns.find((c) => c.id === column)?.text ?? column.slice(CUSTOM_PREFIX.length);
}

export const cardSortResponses = defineResponses<CardSortConfig, PlacementValue, CardSortTally>({
  valueSchema: PlacementValue,
  check(config, itemKey, value) {
    if (!config.cards.some((c) => c.id === itemKey)) return say(msg`That card is not part of this sort.`);
    if (value === null) return null;
    if (config.columns.some((c) => c.id === value.column)) return null;
    if (config.open && value.column.startsWith(CUSTOM_PREFIX) && value.column.length > CUSTOM_PREFIX.length + 1) return null;
    return config.open ? say(msg`Pick one of the columns or name a new one.`) : say(msg`Pick one of the columns.`);
  },
  tally(config, responses) {
    const columns = config.columns.map((c) => ({ id: c.id, text: c.text }));
    const custom = [...new Set(responses.map((r) => r.value.column).filter((c) => c.startsWith(CUSTOM_PREFIX)))].sort();
    for (const id of custom) columns.push({ id, text: id.slice(CUSTOM_PREFIX.length) });
    const cards = config.cards.map((card) => {
      const mine = responses.filter((r) => r.itemKey === card.id);
      const counts = Object.fromEntries(columns.map((c) => [c.id, 0]));
      for (const r of mine) counts[r.value.column] = (counts[r.value.column] ?? 0) + 1;
      const notes = mine
        .map((r) => r.value.note?.trim() ?? '')
        .filter(Boolean)
        .sort();
      return { id: card.id, text: card.text, total: mine.length, counts, notes };
    });
    return { columns, cards };
  },
  isComplete: (config, mine) => config.cards.every((c) => mine.has(c.id)),
});

/** The card sort's answers for a kind whose settings are a card sort's (lead sort, KPI sort). */
export function cardSortResponsesFor<Config extends CardSortConfig>(): ResponseEngine<Config, PlacementValue, CardSortTally> {
  return cardSortResponses;
}
