import type { z } from 'zod';
import { latestVersion, readVersioned, versionHistory, warnOnce, type VersionHistory, type VersionedRead } from './versioned';
import { brainstormBoardHistory } from './brainstorm/migrations';
import { buyingmapBoardHistory } from './buyingmap/migrations';
import { commitmentsBoardHistory } from './commitments/migrations';
import { compBoardHistory } from './comp/migrations';
import { kpisortBoardHistory } from './kpisort/migrations';
import { leadsortBoardHistory } from './leadsort/migrations';
import { messagingBoardHistory } from './messaging/migrations';
import { personaBoardHistory } from './persona/migrations';
import { retroBoardHistory } from './retro/migrations';
import { reviewBoardHistory } from './review/migrations';

// The facilitator's boards, versioned: each kind with a board lists how its stored shape
// changed (<kind>/migrations.ts). The core stores a board with its version (boardVersion),
// brings it up to date when it reads it, and never writes over one that does not read.

/** Every kind that has a board, with the steps its stored board went through. */
export const BOARD_HISTORIES = {
  brainstorm: brainstormBoardHistory,
  buyingmap: buyingmapBoardHistory,
  commitments: commitmentsBoardHistory,
  comp: compBoardHistory,
  kpisort: kpisortBoardHistory,
  leadsort: leadsortBoardHistory,
  messaging: messagingBoardHistory,
  persona: personaBoardHistory,
  retro: retroBoardHistory,
  review: reviewBoardHistory,
} satisfies Record<string, VersionHistory>;
export type BoardKind = keyof typeof BOARD_HISTORIES;

const NO_STEPS = versionHistory('board', []);

export function boardHistory(kind: string): VersionHistory {
  return (BOARD_HISTORIES as Record<string, VersionHistory | undefined>)[kind] ?? NO_STEPS;
}

/** The version a board of this kind is stored at now (0 for kinds whose board never changed shape, or that have none). */
export const currentBoardVersion = (kind: string): number => latestVersion(boardHistory(kind));

/** A board as stored: its version (absent: a board already at the current version, e.g. one in memory) and, for messages, whose it is. */
export interface StoredBoard {
  board: unknown;
  boardVersion?: number;
  activityId?: string;
}

/** An engine's board: its schema, and the board a new activity starts with. */
export interface BoardShape<B> {
  schema: z.ZodType<B>;
  initial(): B;
}

/** Brought up to date and parsed; when it does not read, a warning naming the activity and what is wrong (once per board). */
function read<B>(kind: string, stored: StoredBoard, shape: BoardShape<B>): VersionedRead<B> {
  const history = boardHistory(kind);
  const result = readVersioned(history, shape.schema, stored.boardVersion ?? latestVersion(history), stored.board);
  if (!result.ok) {
    const whose = stored.activityId ? `activity ${stored.activityId}` : 'an activity';
    warnOnce(
      `${kind}\u0000${JSON.stringify(stored.board)}`,
      `Common Ground: the ${history.what} of ${whose} does not read (${result.why}). It is shown as a new board; ` +
        'what is stored stays as it was (and in the JSON export) until the facilitator edits the board.',
    );
  }
  return result;
}

const isEmpty = (board: unknown) => board === null || board === undefined;

/**
 * The one way to read a stored board: migrated from its version and parsed by the engine's
 * schema. A board that does not read is never dropped silently: a warning says which and why,
 * and the engine's initial board is returned for display while the stored one stays untouched.
 * No board yet (null) reads as the initial board, quietly.
 */
export function readBoard<B>(kind: BoardKind, stored: StoredBoard, shape: BoardShape<B>): B {
  if (isEmpty(stored.board)) return shape.initial();
  const result = read(kind, stored, shape);
  return result.ok ? result.value : shape.initial();
}

/**
 * A stored board at the current version, for the core to hand out and store again: migrated
 * when it reads (as the steps left it, not re-parsed, so saving it back changes nothing else);
 * when it does not, exactly as stored, at its stored version (readers then show the initial
 * board, and nothing writes over the stored one until the facilitator edits the board).
 */
export function upgradeStoredBoard(kind: string, stored: StoredBoard, shape: BoardShape<unknown>): { board: unknown; boardVersion: number } {
  const latest = currentBoardVersion(kind);
  if (isEmpty(stored.board)) return { board: null, boardVersion: latest };
  // Stored without a version: saved before boards had versions.
  const version = stored.boardVersion ?? 0;
  const result = read(kind, { ...stored, boardVersion: version }, shape);
  return result.ok ? { board: result.migrated, boardVersion: latest } : { board: stored.board, boardVersion: version };
}
