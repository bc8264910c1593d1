import type { CardSortTally } from '../cardsort/logic';
import { distribution, topOf } from '../team-divergence';
import { KpiSortBoard, OWNERS, type KpiRow, type KpiSortConfig, type Owner } from './definition';
import { readBoard } from '../board-versions';

export function readKpiBoard(board: unknown): KpiSortBoard {
  return readBoard('kpisort', { board }, { schema: KpiSortBoard, initial: (): KpiSortBoard => ({ rows: [], onScreen: 'results' }) });
}

/** Where most of the room put a KPI (ties: the first column), or null when nobody placed it. */
export function suggestedOwner(config: KpiSortConfig, overall: CardSortTally | undefined, kpiId: string): Owner | null {
  const top = topOf(
    config.columns,
    distribution(
      config.columns,
      overall?.cards.find((c) => c.id === kpiId),
    ),
  );
  return top && (OWNERS as readonly string[]).includes(top) ? (top as Owner) : null;
}

/**
 * The KPI table, one row per KPI in planned order: what the facilitator set
 * on the board, and where nothing is set yet, the room's choice of owner and
 * the KPI's planned unit.
 */
export function kpiTable(
  config: KpiSortConfig,
  board: KpiSortBoard,
  overall: CardSortTally | undefined,
): (KpiRow & { text: string; suggested: Owner | null })[] {
  return config.cards.map((kpi) => {
    const saved = board.rows.find((r) => r.kpiId === kpi.id);
    const suggested = suggestedOwner(config, overall, kpi.id);
    return {
      kpiId: kpi.id,
      text: kpi.text,
      suggested,
      owner: saved ? saved.owner : suggested,
      person: saved?.person ?? '',
      target: saved?.target ?? '',
      unit: saved ? saved.unit : kpi.unit,
    };
  });
}

/** Replace one row of the board (adding it if new), keeping the others. */
export function setRow(board: KpiSortBoard, row: KpiRow): KpiSortBoard {
  const rows = board.rows.some((r) => r.kpiId === row.kpiId) ? board.rows.map((r) => (r.kpiId === row.kpiId ? row : r)) : [...board.rows, row];
  return { ...board, rows };
}
