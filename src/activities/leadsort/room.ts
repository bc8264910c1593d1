import type { CardSortTally } from '../cardsort/logic';
import { distribution, type Distribution } from '../team-divergence';

type Item = { id: string; text: string };

// The whole room's sort, for when the teams cannot be compared (a team below the anonymity
// threshold, or one that has not answered): no team anywhere, only everyone together.

export interface RoomRow {
  id: string;
  text: string;
  /** Each column's share of the people who placed this signal, or null when nobody did. */
  d: Distribution;
  /** The column most people chose, or null when two columns tie for the most (or nobody placed it). */
  top: string | null;
  /** The largest share (0..1): low means the room is divided. */
  topShare: number;
}

export interface RoomView {
  /** Every signal, the most divided first (ties keep the planned order); unplaced ones last. */
  rows: RoomRow[];
  /** How many signals each column is the room's choice for, in the columns' order. */
  verdicts: { id: string; text: string; count: number }[];
  /** Signals with two columns tied for the most. */
  tied: number;
}

export function roomView(config: { columns: readonly Item[]; cards: readonly Item[] }, overall: CardSortTally): RoomView {
  const rows = config.cards.map((card): RoomRow => {
    const d = distribution(
      config.columns,
      overall.cards.find((c) => c.id === card.id),
    );
    const topShare = d ? Math.max(...config.columns.map((c) => d[c.id] ?? 0)) : 0;
    const leaders = d ? config.columns.filter((c) => (d[c.id] ?? 0) === topShare) : [];
    return { id: card.id, text: card.text, d, top: leaders.length === 1 ? leaders[0]!.id : null, topShare };
  });
  const placed = rows.filter((r) => r.d);
  const ordered = [...placed].sort((a, b) => a.topShare - b.topShare);
  return {
    rows: [...ordered, ...rows.filter((r) => !r.d)],
    verdicts: config.columns.map((c) => ({ id: c.id, text: c.text, count: placed.filter((r) => r.top === c.id).length })),
    tied: placed.filter((r) => r.top === null).length,
  };
}
