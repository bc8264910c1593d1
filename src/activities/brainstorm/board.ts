import { BrainstormBoard } from './definition';
import { readBoard as readStoredBoard } from '../board-versions';

/** Pure moves on the facilitator's brainstorm board. Each returns a whole new board. */

export type Board = BrainstormBoard;
export type Cluster = Board['clusters'][number];

export function readBoard(board: unknown): Board {
  return readStoredBoard('brainstorm', { board }, { schema: BrainstormBoard, initial: (): Board => ({ clusters: [] }) });
}

export function clusterOf(board: Board, cardKey: string): Cluster | undefined {
  return board.clusters.find((c) => c.cardKeys.includes(cardKey));
}

/** Put a card into a cluster (null = ungrouped), at the end. */
export function moveCard(board: Board, cardKey: string, clusterId: string | null): Board {
  return {
    clusters: board.clusters.map((c) => {
      const without = c.cardKeys.filter((k) => k !== cardKey);
      return c.id === clusterId ? { ...c, cardKeys: [...without, cardKey] } : { ...c, cardKeys: without };
    }),
  };
}

/** "Group 3": the first free number; `named` writes it in the console's language ("Gruppe 3"). */
export function nextGroupName(board: Board, named: (n: number) => string): string {
  const names = new Set(board.clusters.map((c) => c.name.toLowerCase()));
  let n = board.clusters.length + 1;
  while (names.has(named(n).toLowerCase())) n += 1;
  return named(n);
}

export function addCluster(board: Board, id: string, name: string, cardKey?: string): Board {
  const moved = cardKey ? moveCard(board, cardKey, null) : board;
  return { clusters: [...moved.clusters, { id, name, cardKeys: cardKey ? [cardKey] : [] }] };
}

export function renameCluster(board: Board, id: string, name: string): Board {
  return { clusters: board.clusters.map((c) => (c.id === id ? { ...c, name } : c)) };
}

/** Move every card of `from` into `into` and drop `from`. */
export function mergeClusters(board: Board, from: string, into: string): Board {
  const source = board.clusters.find((c) => c.id === from);
  if (!source || from === into) return board;
  return {
    clusters: board.clusters
      .filter((c) => c.id !== from)
      .map((c) => (c.id === into ? { ...c, cardKeys: [...c.cardKeys, ...source.cardKeys.filter((k) => !c.cardKeys.includes(k))] } : c)),
  };
}

/** Remove a cluster; its cards go back to ungrouped. */
export function ungroup(board: Board, id: string): Board {
  return { clusters: board.clusters.filter((c) => c.id !== id) };
}

export function newClusterId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `g-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
