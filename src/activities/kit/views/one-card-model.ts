import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

// The one-card-at-a-time sort's pure parts: what a placement is, where the deck goes next,
// and what is said aloud. Shared by every card sort kind (card sort, lead sort, KPI sort).

/** A card's answer, exactly as the board saves it: a column, and an optional note. */
export interface Placement {
  column: string;
  note?: string | undefined;
}

export interface DeckCard {
  id: string;
  text: string;
  description?: string;
}

export interface DeckColumn {
  id: string;
  name: string;
}

/**
 * The card to show after `from`: the next one not yet placed, else the first not yet placed
 * from the start, else `cards.length` (the review). `justPlaced` counts as placed already
 * (its save is still on its way when this is asked).
 */
export function nextToSort(cards: readonly DeckCard[], isPlaced: (id: string) => boolean, from: number, justPlaced?: string): number {
  const open = (i: number) => cards[i]!.id !== justPlaced && !isPlaced(cards[i]!.id);
  for (let i = from + 1; i < cards.length; i++) if (open(i)) return i;
  for (let i = 0; i <= Math.min(from, cards.length - 1); i++) if (open(i)) return i;
  return cards.length;
}

/** The placement a tap on `column` saves: the note stays only when the card stays in its column. */
export function placementFor(before: Placement | null, column: string): Placement {
  return before?.column === column && before.note ? { column, note: before.note } : { column };
}

/** The placement with a note: trimmed, and left out when empty (as the board saves it). */
export function withNote(column: string, note: string): Placement {
  const clean = note.trim();
  return clean ? { column, note: clean } : { column };
}

/** What a card is called aloud and above the card: "Signal 7 of 26" for a lead sort, "KPI 3 of 9", "Card 2 of 12". */
export type CardNoun = 'card' | 'signal' | 'kpi';

/** "Signal 7 of 26", in the screen's language. */
export function cardOf(i18n: I18n, noun: CardNoun, index: number, total: number): string {
  const number = index + 1;
  if (noun === 'signal') return i18n._(msg`Signal ${number} of ${total}`);
  if (noun === 'kpi') return i18n._(msg`KPI ${number} of ${total}`);
  return i18n._(msg`Card ${number} of ${total}`);
}

/** "Signal 7 of 26: Requested a demo. Placed in Quality lead." */
export function placedMessage(i18n: I18n, noun: CardNoun, index: number, total: number, text: string, column: string): string {
  const card = cardOf(i18n, noun, index, total);
  return i18n._(msg`${card}: ${text}. Placed in ${column}.`);
}

/** "Signal 8 of 26: Visited the pricing page." */
export function showingMessage(i18n: I18n, noun: CardNoun, index: number, total: number, text: string): string {
  const card = cardOf(i18n, noun, index, total);
  return i18n._(msg`${card}: ${text}.`);
}
