import { describe, expect, it } from 'vitest';
import { findDefinition } from '../registry';
import { aggregate } from '../aggregate';
import type { StoredResponse } from '../types';
import type { CardSortTally } from '../cardsort/logic';
import { compareTeams } from '../team-divergence';
import type { KpiSortConfig } from './definition';
import { kpiTable, readKpiBoard, setRow, suggestedOwner } from './board';
import type { Team } from '../../shared/domain';

const def = findDefinition('kpisort')!;
const config = def.defaultConfig() as KpiSortConfig;
const r = (participantId: string, team: Team, itemKey: string, column: string): StoredResponse => ({ participantId, team, itemKey, value: { column } });

describe('KPI sort', () => {
  it('ships the usual KPIs with units and the three owner columns; refuses other columns', () => {
    expect(config.cards.map((k) => k.text)).toEqual(
      expect.arrayContaining(['Leads created', 'MQL → SQL conversion', 'Pipeline created', 'Win rate', 'Sales cycle length', 'New revenue']),
    );
    expect(config.cards.every((k) => k.unit.length > 0)).toBe(true);
    expect(config.columns.map((c) => c.id)).toEqual(['marketing', 'sales', 'shared']);
    expect(def.configSchema.safeParse({ ...config, columns: [...config.columns].reverse() }).success).toBe(false);
    expect(def.board!.schema.safeParse({ rows: [{ kpiId: 'kpi1', owner: 'nobody', person: '', target: '', unit: '' }] }).success).toBe(false);
  });

  it('shows each team’s placement and flags the KPIs the teams give different owners (worked example)', () => {
    const responses = [
      // kpi3 (MQL → SQL conversion): Sales 3× shared; Marketing 2× marketing + 1× shared
      //   Sales (0, 0, 1) vs Marketing (2/3, 0, 1/3): |0−2/3| + 0 + |1−1/3| = 4/3; half = 2/3. Tops differ → flagged.
      ...['s1', 's2', 's3'].map((p) => r(p, 'sales', 'kpi3', 'shared')),
      r('m1', 'marketing', 'kpi3', 'marketing'),
      r('m2', 'marketing', 'kpi3', 'marketing'),
      r('m3', 'marketing', 'kpi3', 'shared'),
      // kpi6 (Win rate): everyone says Sales owns it → gap 0, same top.
      ...['s1', 's2', 's3'].map((p) => r(p, 'sales', 'kpi6', 'sales')),
      ...['m1', 'm2', 'm3'].map((p) => r(p, 'marketing', 'kpi6', 'sales')),
    ];
    const agg = aggregate(def, config, responses, 3)!;
    const sales = agg.teams.find((t) => t.team === 'sales')!.result as CardSortTally;
    const marketing = agg.teams.find((t) => t.team === 'marketing')!.result as CardSortTally;
    const cmp = compareTeams(config.columns, config.cards, sales, marketing);
    const conv = cmp.cards.find((c) => c.id === 'kpi3')!;
    expect(conv.divergence).toBeCloseTo(2 / 3, 10);
    expect(conv.sameTop).toBe(false);
    expect(cmp.cards.find((c) => c.id === 'kpi6')).toMatchObject({ divergence: 0, sameTop: true });
    expect(cmp.compared).toBe(2);
    // Overall for kpi3: shared 4 of 6, marketing 2 of 6 → the room suggests Shared.
    expect(suggestedOwner(config, agg.overall as CardSortTally, 'kpi3')).toBe('shared');
    expect(suggestedOwner(config, agg.overall as CardSortTally, 'kpi1')).toBeNull();
  });

  it('builds the KPI table from the board, falling back to the room’s choice and the planned unit', () => {
    const overall = aggregate(def, config, [r('s1', 'sales', 'kpi6', 'sales')], 3)!.overall as CardSortTally;
    let board = readKpiBoard(def.board!.initial());
    let table = kpiTable(config, board, overall);
    expect(table).toHaveLength(config.cards.length);
    expect(table.find((t) => t.kpiId === 'kpi6')).toMatchObject({ owner: 'sales', suggested: 'sales', person: '', target: '', unit: '%' });
    board = setRow(board, { kpiId: 'kpi6', owner: 'shared', person: 'Tomás', target: '28', unit: '%' });
    board = setRow(board, { kpiId: 'kpi6', owner: 'shared', person: 'Tomás Ferreira', target: '30', unit: '%' });
    expect(board.rows).toHaveLength(1);
    table = kpiTable(config, board, overall);
    expect(table.find((t) => t.kpiId === 'kpi6')).toMatchObject({ owner: 'shared', suggested: 'sales', person: 'Tomás Ferreira', target: '30' });
    expect(def.board!.schema.safeParse(board).success).toBe(true);
    // A stored board with an undecided owner stays undecided (null), not the suggestion.
    board = setRow(board, { kpiId: 'kpi6', owner: null, person: '', target: '', unit: '%' });
    expect(kpiTable(config, board, overall).find((t) => t.kpiId === 'kpi6')!.owner).toBeNull();
  });
});
