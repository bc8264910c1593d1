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

/** "Signal 7 of 26: Requested a demo. Placed in Quality lead." */
export function placedMessage(noun: string, index: number, total: number, text: string, column: string): string {
  return `${noun} ${index + 1} of ${total}: ${text}. Placed in ${column}.`;
}

/** "Signal 8 of 26: Visited the pricing page." */
export function showingMessage(noun: string, index: number, total: number, text: string): string {
  return `${noun} ${index + 1} of ${total}: ${text}.`;
}
